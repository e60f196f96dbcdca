import ArgumentParser
import Foundation
import Graph

struct Analyze: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "analyze",
    abstract: "Score actors' influence and find alliance blocs in relation files.",
    discussion: """
      Reads relations JSONL (from `graphctl extract`), aggregates them into the signed actor \
      graph and prints each actor's scores and bloc. With --edges it reads a plain edge list \
      instead: one arc a line, tab-separated `src dst weight sign` (weight >= 0, default 1; \
      sign + or -, default +), node names are the strings. Measures and their conventions: \
      Sources/Graph/Analysis/Measures.swift. --format json prints \
      {"actors": [{"code", "name", "kind", "bloc", "scores": {...}}], "blocs": [{"id", "members"}], \
      "balance": {...}}.
      """)

  @OptionGroup var input: RelationInput
  @OptionGroup var analysis: AnalysisFlags

  @Option(
    help: ArgumentHelp(
      "Read a tab-separated edge list (src dst weight sign) instead of relation files.",
      valueName: "file"))
  var edges: String?

  @Option(help: "Output format: table, json or csv.")
  var format: OutputFormat = .table

  @Option(
    help: ArgumentHelp(
      "Comma-separated measures to compute (default: all). Known: \(Measure.allNames.sorted().joined(separator: ", ")).",
      valueName: "list"))
  var measures: String?

  @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
  var output: String?

  enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv
  }

  func validate() throws {
    if edges != nil && !input.files.isEmpty {
      throw ValidationError("give relation files or --edges, not both")
    }
    if edges == nil && input.files.isEmpty {
      throw ValidationError("give relations.jsonl files (or - for standard input), or --edges FILE")
    }
    if let measures {
      let list = Set(measures.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
      let unknown = list.subtracting(Measure.allNames)
      guard unknown.isEmpty else {
        throw ValidationError("unknown measure(s): \(unknown.sorted().joined(separator: ", "))")
      }
    }
  }

  func run() throws {
    try CLI.guarded {
      try Outputs.checkNotAnInput(output, inputs: input.files + (edges.map { [$0] } ?? []))
      // validate() has checked the names.
      let wanted = measures.map {
        Set($0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
      }
      let options = try analysis.analysisOptions(measures: wanted)
      let report: AnalysisReport
      if let edges {
        let digraph = try EdgeList.read(edges, skipBad: input.skipBad, warn: Console.warn)
        Self.noteLongWork(nodes: digraph.nodes.count, options: options)
        report = Analyzer.analyze(digraph, options: options, progress: ProgressBar.ifTerminal())
      } else {
        let graph = try input.graph(includeHypothetical: analysis.includeHypothetical)
        Self.noteLongWork(nodes: graph.actors.count, options: options)
        report = Analyzer.analyze(graph, options: options, progress: ProgressBar.ifTerminal())
      }
      let text: String
      switch format {
      case .json:
        let enc = JSONEncoder()
        enc.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        text = String(decoding: try enc.encode(report), as: UTF8.self) + "\n"
      case .csv:
        text = CSV.actors(report)
      case .table:
        text = Self.table(report)
      }
      ProgressBar.clear()
      if let output {
        try AtomicFile.write(text, to: output)
      } else {
        FileHandle.standardOutput.write(Data(text.utf8))
      }
    }
  }

  /// One line on stderr when exact shortest-path measures will visit every source of a large
  /// graph (time grows as nodes x arcs).
  static func noteLongWork(nodes: Int, options: AnalysisOptions) {
    let exactBetweenness =
      options.measures.contains("betweenness") && (options.betweennessSamples ?? nodes) >= nodes
    let closeness = !options.measures.isDisjoint(with: ["closeness", "harmonic"])
    guard nodes > 20_000, exactBetweenness || closeness else { return }
    Console.warn(
      "graphctl: note: \(nodes) nodes: exact betweenness, closeness and harmonic search from "
        + "every node and may take long; --samples K estimates betweenness, --measures picks "
        + "measures")
  }

  static func table(_ report: AnalysisReport) -> String {
    let keys = Set(report.actors.flatMap { $0.scores.keys }).sorted()
    var rows: [[String]] = [["code", "bloc"] + keys + ["name"]]
    for a in report.actors {
      rows.append(
        [InertText.line(a.code), a.bloc.map(String.init) ?? "-"]
          + keys.map { k in a.scores[k].map { String(format: "%.4g", $0) } ?? "-" }
          + [InertText.line(a.name)])
    }
    let widths = (0..<rows[0].count).map { c in rows.map { $0[c].count }.max() ?? 0 }
    var out =
      rows.map { r in
        r.enumerated().map { c, v in
          c == r.count - 1 ? v : v.padding(toLength: widths[c], withPad: " ", startingAt: 0)
        }
        .joined(separator: "  ")
      }.joined(separator: "\n") + "\n"
    out += "\nblocs:\n"
    for b in report.blocs {
      out += "  \(b.id): \(b.members.map(InertText.line).joined(separator: " "))\n"
    }
    if let bal = report.balance {
      out += String(
        format: "balance: %@ balanced triangles of %d, frustration %.3f\n",
        bal.balancedTriangleShare.map { String(format: "%.0f%%", $0 * 100) } ?? "-", bal.triangles,
        bal.frustration)
      if let two = bal.twoCamps {
        out += String(format: "two camps (minimum frustration %.3f):\n", two.frustration)
        for (i, camp) in two.camps.enumerated() {
          out += "  \(i): \(camp.map(InertText.line).joined(separator: " "))\n"
        }
      }
    }
    return out
  }
}

/// A one-line progress bar on stderr for long analysis steps, shown only when stderr is a
/// terminal.
enum ProgressBar {
  static let isTerminal = isatty(2) != 0
  private static let lock = NSLock()

  static func ifTerminal() -> AnalysisProgress? {
    guard isTerminal else { return nil }
    return { step, done, total in
      let width = 30
      let filled = total > 0 ? width * done / total : width
      let bar =
        String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
      lock.lock()
      defer { lock.unlock() }
      FileHandle.standardError.write(Data("\r\(step) [\(bar)] \(done)/\(total)".utf8))
    }
  }

  static func clear() {
    guard isTerminal else { return }
    FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
  }
}
