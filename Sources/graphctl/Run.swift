import ArgumentParser
import Foundation
import Graph

struct Run: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Run the whole pipeline: text in; relations, scores, blocs and the diagram out.",
    discussion: """
      Writes into the output folder: relations.jsonl (every relation with its evidence), \
      actors.csv (code, names, kind, bloc, scores), graph.json (nodes, edges, blocs, balance), \
      alliances.dot and alliances.svg (the alliance diagram). Prints a short summary.
      """)

  @OptionGroup var input: InputOptions
  @OptionGroup var analysis: AnalysisFlags

  @Option(help: "Output folder (created when missing).")
  var out: String = "out"

  @Option(help: "Diagram title.")
  var title: String = "Alliance diagram"

  @Flag(help: "Print the summary as JSON.")
  var json = false

  func run() throws {
    try CLI.guarded {
      Interrupts.install()
      let pipeline = Pipeline(
        extractor: try input.extractor(), analysis: try analysis.analysisOptions(),
        includeHypothetical: analysis.includeHypothetical)
      // Documents stream through extraction a batch at a time; only relations are kept.
      let stream = input.reader().stream(input.inputs)
      let progress = input.progress("run", stream: stream, summary: nil)
      var relations: [Relation] = []
      var firstDate: String?
      var lastDate: String?
      try pipeline.forEachBatch(stream, map: { $0.extract($1) }) { docs, results in
        for d in docs {
          guard let date = d.date.map({ String($0.prefix(10)) }) else { continue }
          if firstDate.map({ date < $0 }) ?? true { firstDate = date }
          if lastDate.map({ date > $0 }) ?? true { lastDate = date }
        }
        relations += results.joined()
        progress.update(documents: stream.documents, bytes: stream.bytesRead)
      }
      progress.finish(documents: stream.documents, bytes: stream.bytesRead)
      let result = pipeline.analyze(relations, documents: stream.documents)
      var dotOptions = DOTOptions()
      dotOptions.title = title
      if let first = firstDate, let last = lastDate {
        dotOptions.title += first == last ? " (\(first))" : " (\(first) – \(last))"
      }
      let dot = DOTWriter(options: dotOptions).write(graph: result.graph, report: result.report)
      let svg = try GraphvizRenderer().render(dot: dot, format: .svg)
      let files: [(String, Data)] = [
        ("relations.jsonl", Data(RelationsJSONL.encode(result.relations).utf8)),
        ("actors.csv", Data(CSV.actors(result.report).utf8)),
        (
          "graph.json",
          try GraphJSON(graph: result.graph, report: result.report, documents: result.documents)
            .encoded()
        ),
        ("alliances.dot", Data(dot.utf8)),
        ("alliances.svg", Data(svg)),
      ]
      do {
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
      } catch {
        throw InputError(file: out, message: "cannot create output folder")
      }
      for (name, data) in files {
        try AtomicFile.write(data, to: (out as NSString).appendingPathComponent(name))
      }
      let summary = Summary(result: result, outDir: out, files: files.map(\.0))
      print(json ? summary.json() : summary.text())
    }
  }
}
