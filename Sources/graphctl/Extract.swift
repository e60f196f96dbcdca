import ArgumentParser
import Foundation
import Graph

struct Extract: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "extract",
    abstract: "Extract relations from text and write them as JSONL to standard output.",
    discussion: """
      Each line is one relation with its evidence: document, sentence number, character span \
      (Unicode scalar offsets into the original text), cue and the sentence itself.

      --explain prints, for each relation, the rule and the dictionary entries behind it. \
      --unmatched prints what was not understood (two actors and no cue, a cue with one actor, \
      a cue whose actors no rule could place, a name after a title with no known affiliation, a \
      relation the sentence denies), to grow the dictionaries. Add --json to get either as JSON lines.
      """)

  @OptionGroup var input: InputOptions

  @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
  var output: String?

  @Flag(help: "Explain each relation: rule, cue and the dictionary entries that produced it.")
  var explain = false

  @Flag(help: "List what was not understood instead of the relations.")
  var unmatched = false

  @Flag(help: "With --explain or --unmatched: JSON lines instead of text.")
  var json = false

  func run() throws {
    try CLI.guarded {
      try Outputs.checkNotAnInput(output, inputs: input.inputs)
      let pipeline = Pipeline(extractor: try input.extractor())
      KeptToExit.keep(pipeline)
      let reader = input.reader()
      if unmatched || explain {
        // Reports are grouped or formatted at the end: documents stream, results are kept.
        let stream = reader.stream(input.inputs)
        let progress = input.progress("extract", stream: stream, summary: nil)
        var text = ""
        if unmatched {
          var items: [Unmatched] = []
          try pipeline.forEachBatch(stream, map: { $0.trace($1).unmatched }) { _, results in
            items += results.joined()
            progress.update(documents: stream.documents, bytes: stream.bytesRead)
          }
          // Text for people: control and bidi characters of the input made inert.
          text = json ? Self.jsonLines(items) : InertText.block(Self.describe(items))
        } else {
          var relations: [Relation] = []
          try pipeline.forEachBatch(stream, map: { $0.extract($1) }) { _, results in
            relations += results.joined()
            progress.update(documents: stream.documents, bytes: stream.bytesRead)
          }
          let ex = Explainer(gazetteer: pipeline.gazetteer)
          text =
            json
            ? Self.jsonLines(relations.map(ex.explanation))
            : InertText.block(relations.map(ex.text).joined(separator: "\n"))
        }
        progress.finish(documents: stream.documents, bytes: stream.bytesRead)
        if let output {
          try AtomicFile.write(text, to: output)
        } else {
          FileHandle.standardOutput.write(Data(text.utf8))
        }
        return
      }
      // Relations stream out a batch at a time. On standard output nothing can be taken back,
      // so every input is checked first: bad input stops the run before anything is written.
      let summary = output == nil ? try reader.check(input.inputs) : nil
      let stream =
        summary.map { reader.stream(input.inputs, checkedBy: $0) } ?? reader.stream(input.inputs)
      let progress = input.progress("extract", stream: stream, summary: summary)
      let file = try output.map { try AtomicFile.Writer(path: $0) }
      try pipeline.forEachBatch(stream, map: { RelationsJSONL.encodedBytes($0.extract($1)) }) {
        _, lines in
        var bytes: [UInt8] = []
        bytes.reserveCapacity(lines.reduce(0) { $0 + $1.count })
        for l in lines { bytes += l }
        if let file {
          try file.write(bytes)
        } else {
          try Console.writeOut(bytes)
        }
        progress.update(documents: stream.documents, bytes: stream.bytesRead)
      }
      progress.finish(documents: stream.documents, bytes: stream.bytesRead)
      try file?.commit()
    }
  }

  static func jsonLines<T: Encodable>(_ items: [T]) -> String {
    let enc = JSONEncoder()
    enc.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return items.compactMap { try? enc.encode($0) }.map {
      String(decoding: $0, as: UTF8.self) + "\n"
    }.joined()
  }

  static func describe(_ items: [Unmatched]) -> String {
    var out = ""
    let kinds: [Unmatched.Kind] = [
      .cueWithoutArguments, .negated, .unknownNameAfterTitle, .actorsWithoutCue, .cueWithOneActor,
    ]
    for kind in kinds {
      let group = items.filter { $0.kind == kind }
      guard !group.isEmpty else { continue }
      out += "== \(kind.rawValue) (\(group.count))\n"
      for u in group {
        let actors = u.actors.isEmpty ? "" : " [\(u.actors.joined(separator: " "))]"
        out +=
          "\(u.doc) #\(u.sentence) \"\(u.text)\"\(actors)\n    \(Explainer.clip(u.evidence, 220))\n"
      }
      out += "\n"
    }
    if out.isEmpty { out = "nothing unmatched\n" }
    // A count of the most frequent unmatched words helps to decide what to add first.
    let counted = Dictionary(grouping: items.filter { $0.kind != .actorsWithoutCue }, by: \.text)
      .map { ($0.key, $0.value.count) }.filter { $0.1 > 1 }
      // Ties in text order: the same report on every run (dictionary order is random).
      .sorted {
        $0.1 != $1.1
          ? $0.1 > $1.1 : $0.0.unicodeScalars.lexicographicallyPrecedes($1.0.unicodeScalars)
      }
      .prefix(20)
    if !counted.isEmpty {
      out +=
        "== most frequent\n" + counted.map { "\($0.1)\t\($0.0)" }.joined(separator: "\n") + "\n"
    }
    return out
  }
}
