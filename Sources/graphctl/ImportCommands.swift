import ArgumentParser
import Foundation
import Graph

/// `graphctl import relations`: merges relation files of several runs into one.
struct ImportRelations: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "relations",
    abstract: "Merge relations JSONL files from several runs into one (duplicates once).",
    discussion: """
      A relation is a duplicate when its document, sentence, span, evidence, source, type, \
      target and cue equal an earlier one's. render, analyze and export merge the same way when \
      given several files; this command writes the merged file.
      """)

  @Argument(help: ArgumentHelp("relations.jsonl files.", valueName: "relations"))
  var files: [String]

  @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
  var output: String?

  @Flag(help: "Warn about bad lines and go on.")
  var skipBad = false

  func run() throws {
    try CLI.guarded {
      let lists = try files.map {
        try RelationsJSONL.read([$0], skipBad: skipBad, warn: Console.warn)
      }
      let merged = RelationMerge.merge(lists)
      if merged.relations.isEmpty {
        throw InputError(
          file: files.joined(separator: " "), message: "no relations to read (empty input)")
      }
      Console.warn(
        "graphctl: \(merged.relations.count) relations from \(files.count) file(s), "
          + "\(merged.duplicates) duplicate(s) dropped")
      let text = RelationsJSONL.encode(merged.relations)
      if let output {
        try AtomicFile.write(text, to: output)
      } else {
        FileHandle.standardOutput.write(Data(text.utf8))
      }
    }
  }
}

/// `graphctl import gdelt`: GDELT event files to relations JSONL.
struct ImportGDELT: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "gdelt",
    abstract: "Turn GDELT 1.0/2.0 event files into relations JSONL.",
    discussion: """
      Reads GDELT event exports (tab-separated, 57, 58 or 61 fields a row; also the same data \
      re-saved as CSV with a header, e.g. by pandas) and writes one relation per event whose \
      CAMEO code and actors map to graphctl's types and actors. Provenance: doc is the file \
      name, sentence the line, evidence the SOURCEURL, rule the GLOBALEVENTID and GDELT codes. \
      The mapping of CAMEO event codes (04 consult -> negotiates-with, 06/07 -> supports, \
      10-17 -> opposes, 18-20 -> strikes, ...) and of actor codes is in docs/gdelt.md. A summary \
      of what was kept and dropped goes to standard error.
      """)

  @Argument(help: ArgumentHelp("GDELT event files.", valueName: "file"))
  var files: [String]

  @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
  var output: String?

  @Option(help: "Drop events with fewer mentions (NumMentions) than this.")
  var minMentions: Int = 1

  @Flag(help: "Warn about rows with the wrong number of fields or a bad date and go on.")
  var skipBad = false

  @Flag(help: "Print the summary as JSON (on standard error).")
  var json = false

  func run() throws {
    try CLI.guarded {
      try Outputs.checkNotAnInput(output, inputs: files)
      let importer = GDELTImporter(skipBad: skipBad, minMentions: minMentions)
      let result = try importer.read(files, warn: Console.warn)
      let text = RelationsJSONL.encode(result.relations)
      if let output {
        try AtomicFile.write(text, to: output)
      } else {
        FileHandle.standardOutput.write(Data(text.utf8))
      }
      if json {
        Console.warn(Self.jsonSummary(result))
      } else {
        Console.warn(lines: Self.summary(result))
      }
    }
  }

  static func summary(_ r: GDELTImporter.Result) -> [String] {
    var lines = r.layouts.keys.sorted().map { "read \($0): \(r.layouts[$0] ?? "")" }
    let hyp = r.relations.filter(\.hypothetical).count
    lines.append(
      "\(r.rows) rows, \(r.relations.count) relations"
        + (hyp > 0 ? " (\(hyp) intentions, flagged hypothetical)" : "")
        + (r.badRows > 0 ? ", \(r.badRows) bad rows skipped" : "")
        + (r.badFiles > 0 ? ", \(r.badFiles) unreadable file(s) skipped" : ""))
    for type in RelationType.allCases {
      let n = r.relations.filter { $0.relation == type }.count
      if n > 0 { lines.append("  \(type.rawValue): \(n)") }
    }
    let dropped = r.dropped.values.reduce(0, +)
    if dropped > 0 {
      lines.append("\(dropped) events left out:")
      for (reason, n) in r.dropped.sorted(by: {
        $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key
      }) {
        lines.append("  \(n)  \(reason)")
      }
    }
    return lines
  }

  static func jsonSummary(_ r: GDELTImporter.Result) -> String {
    let obj: [String: Any] = [
      "rows": r.rows, "relations": r.relations.count, "bad_rows": r.badRows,
      "bad_files": r.badFiles,
      "dropped": r.dropped, "layouts": r.layouts,
      "by_type": Dictionary(
        uniqueKeysWithValues: RelationType.allCases.map { t in
          (t.rawValue, r.relations.filter { $0.relation == t }.count)
        }),
    ]
    let data =
      (try? JSONSerialization.data(
        withJSONObject: obj, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()
    return String(decoding: data, as: UTF8.self)
  }
}
