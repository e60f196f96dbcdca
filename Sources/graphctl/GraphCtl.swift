import ArgumentParser
import Foundation
import Graph

@main
struct GraphCtl: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "graphctl",
    abstract: "Turn Arabic and English news into a typed graph of political actors.",
    discussion: """
      graphctl reads news text, finds who supports, opposes, negotiates with and strikes whom, \
      scores each actor's influence, finds the alliance blocs and draws the alliance diagram.

      Start with `graphctl run seeds --out out`.
      """,
    subcommands: [
      Run.self, Extract.self, Analyze.self, Render.self, Draw.self, Export.self, Import.self,
      Bench.self,
    ],
    defaultSubcommand: nil
  )
}

/// Options shared by the commands that read text.
struct InputOptions: ParsableArguments {
  @Argument(
    help: ArgumentHelp(
      "Text files, folders of .txt files, JSONL files of {\"id\",\"text\",\"date\"} lines, or - for standard input.",
      valueName: "input"))
  var inputs: [String]

  @Option(
    name: .customLong("actors"),
    help: "A gazetteer JSONL file that adds or overrides actors (repeatable).")
  var actorFiles: [String] = []

  @Flag(help: "Warn about unreadable inputs and bad lines and go on, instead of stopping.")
  var skipBad = false

  func reader() -> DocumentReader {
    DocumentReader(skipBad: skipBad, warn: Console.warn)
  }

  /// A progress bar on standard error (drawn only when that is a terminal); the ETA comes from
  /// the checked input size, else from the sizes of the input files.
  func progress(_ label: String, stream: DocumentStream, summary: InputSummary?) -> ProgressLine {
    ProgressLine(
      label: label, totalBytes: summary?.bytes ?? InputSize.bytes(inputs),
      totalDocuments: summary.map { $0.documents })
  }

  func extractor() throws -> Extractor {
    try Extractor.standard(extraActors: try ActorFiles.load(actorFiles))
  }
}

/// The user's `--actors` gazetteer files. They are configuration, not scraped data: a bad
/// line is always an error (naming the line and the field), also with --skip-bad.
enum ActorFiles {
  static func load(_ files: [String]) throws -> [GazetteerEntry] {
    var entries: [GazetteerEntry] = []
    for f in files {
      let text: String
      do { text = try InputFile.text(f) } catch let e as InputError {
        throw InputError(file: e.file, line: e.line, message: e.message + " (actor file)")
      }
      let read = try Gazetteer.parse(text, file: f)
      if read.isEmpty { throw InputError(file: f, message: "actor file has no entries") }
      entries += read
    }
    return entries
  }
}

/// Writes to standard error and standard output.
enum Console {
  /// One line on standard error. Names, paths and values from the input are in it, so it is
  /// made inert (`InertText.line`): no terminal escapes, no bidi overrides, no line breaks.
  static func warn(_ message: String) {
    // A progress line on the terminal is cleared first.
    let clear = Interrupts.progressLineOpen ? "\r\u{1B}[K" : ""
    // The library's warnings ("warning: skipped FILE:LINE: ...") get the program's name.
    let named = message.hasPrefix("warning:") ? "graphctl: " + message : message
    FileHandle.standardError.write(Data((clear + InertText.line(named) + "\n").utf8))
  }

  /// Several lines on standard error, each made inert.
  static func warn(lines: [String]) {
    for line in lines { warn(line) }
  }

  /// Writes all of `bytes` to standard output.
  static func writeOut(_ bytes: [UInt8]) throws {
    try bytes.withUnsafeBytes { b in
      var done = 0
      while done < b.count {
        let n = write(1, b.baseAddress! + done, b.count - done)
        if n < 0 && errno == EINTR { continue }
        guard n > 0 else {
          throw InputError(
            file: "<stdout>", message: "cannot write (\(String(cString: strerror(errno))))")
        }
        done += n
      }
    }
  }
}

/// The size of the inputs in bytes, when it can be known before reading (not for stdin).
enum InputSize {
  static func bytes(_ inputs: [String]) -> Int? {
    var total = 0
    let fm = FileManager.default
    for input in inputs {
      if input == "-" { return nil }
      var isDir: ObjCBool = false
      guard fm.fileExists(atPath: input, isDirectory: &isDir) else { continue }
      let files =
        isDir.boolValue
        ? ((try? fm.contentsOfDirectory(atPath: input)) ?? []).filter {
          $0.hasSuffix(".txt") && !$0.hasPrefix(".")
        }.map { (input as NSString).appendingPathComponent($0) } : [input]
      for f in files {
        total += ((try? fm.attributesOfItem(atPath: f))?[.size] as? Int) ?? 0
      }
    }
    return total
  }
}

/// Output paths checked against the inputs before anything is read.
enum Outputs {
  /// Throws when writing `output` would replace one of `inputs` (the same file, also through
  /// another path or a link): `extract corpus.jsonl -o corpus.jsonl` would have put relations
  /// where the articles were.
  static func checkNotAnInput(_ output: String?, inputs: [String]) throws {
    guard let output else { return }
    var out = stat()
    guard stat(output, &out) == 0 else { return }  // a new file replaces nothing
    for input in inputs where input != "-" {
      var info = stat()
      if stat(input, &info) == 0, info.st_dev == out.st_dev, info.st_ino == out.st_ino {
        throw InputError(
          file: output, message: "is also an input (\(input)): give another output file")
      }
    }
  }
}

/// Turns library errors into one clear line on stderr and a non-zero exit.
enum CLI {
  static func guarded(_ body: () throws -> Void) throws {
    // Ctrl-C (and SIGTERM, SIGHUP) removes the temporary files of unfinished writes.
    Interrupts.install()
    do {
      try body()
    } catch let e as InputError {
      Console.warn("graphctl: error: \(e.description)")
      throw ExitCode(2)
    } catch let e as FilterError {
      Console.warn("graphctl: error: \(e.description)")
      throw ExitCode(2)
    } catch let e as ExitCode {
      throw e
    } catch let e as ValidationError {
      throw e
    } catch {
      Console.warn("graphctl: error: \(error)")
      throw ExitCode(1)
    }
  }
}
