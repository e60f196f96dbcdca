import ArgumentParser
import Foundation
import Graph

struct Extract: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Extract relations from text and write them as JSONL to standard output.",
    discussion: """
      Each line is one relation with its evidence: document, sentence number, character span \
      (Unicode scalar offsets into the original text), cue and the sentence itself.
      """)

  @OptionGroup var input: InputOptions

  @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
  var output: String?

  func run() throws {
    try CLI.guarded {
      let docs = try input.documents()
      let ex = try input.extractor()
      let relations = docs.flatMap { ex.extract($0) }
      let text = RelationsJSONL.encode(relations)
      if let output {
        try AtomicFile.write(text, to: output)
      } else {
        FileHandle.standardOutput.write(Data(text.utf8))
      }
    }
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
