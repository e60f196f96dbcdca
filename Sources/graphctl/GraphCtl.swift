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

  func documents() throws -> [Document] {
    try DocumentReader(skipBad: skipBad, warn: Console.warn).read(inputs)
  }

  func extractor() throws -> Extractor {
    try Extractor.standard(extraActors: try ActorFiles.load(actorFiles))
  }
}

/// The user's `--actors` gazetteer files.
enum ActorFiles {
  static func load(_ files: [String]) throws -> [GazetteerEntry] {
    var entries: [GazetteerEntry] = []
    for f in files {
      guard FileManager.default.fileExists(atPath: f) else {
        throw InputError(file: f, message: "no such actor file")
      }
      entries += try Gazetteer.load(contentsOf: URL(fileURLWithPath: f))
    }
    return entries
  }
}

/// Writes to standard error.
enum Console {
  static func warn(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
  }
}

/// Turns library errors into one clear line on stderr and a non-zero exit.
enum CLI {
  static func guarded(_ body: () throws -> Void) throws {
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
