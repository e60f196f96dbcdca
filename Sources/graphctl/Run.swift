import ArgumentParser
import Foundation
import Graph

struct Run: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "run",
    abstract: "Run the whole pipeline: text in; relations, scores, blocs and the diagram out.",
    discussion: """
      Writes into the output folder: relations.jsonl (every relation with its evidence), \
      actors.csv (code, names, kind, bloc, scores), graph.json (nodes, edges, blocs, balance), \
      alliances.dot and alliances.svg (the alliance diagram). Prints a short summary.

      relations.jsonl always holds every relation found. --types, --min-weight, --from/--to \
      and --level choose what goes into the graph (graph.json, actors.csv and the diagram); \
      --top and --actor/--depth only choose the actors the diagram shows.
      """)

  @OptionGroup var input: InputOptions
  @OptionGroup var analysis: AnalysisFlags
  @OptionGroup var filters: FilterFlags

  @Option(help: "Output folder (created when missing).")
  var out: String = "out"

  @Option(help: "Diagram title.")
  var title: String = "Alliance diagram"

  @Option(help: "Score that sets node size in the diagram and ranks --top.")
  var sizeBy: String = "pagerank"

  @Option(help: "Blocs as fill colour (color) or also as labelled boxes (clusters; dot and fdp).")
  var blocs: BlocStyle = .clusters

  @Option(help: "Layout engine: dot, neato, sfdp, circo or fdp (default: chosen by graph size).")
  var layout: LayoutEngine?

  @Flag(help: "Print the summary as JSON.")
  var json = false

  func run() throws {
    try CLI.guarded {
      let pipeline = Pipeline(
        extractor: try input.extractor(), analysis: try analysis.analysisOptions(),
        includeHypothetical: analysis.includeHypothetical)
      // Documents stream through extraction a batch at a time; only relations are kept.
      let stream = input.reader().stream(input.inputs)
      let progress = input.progress("run", stream: stream, summary: nil)
      var relations: [Relation] = []
      try pipeline.forEachBatch(stream, map: { $0.extract($1) }) { _, results in
        relations += results.joined()
        progress.update(documents: stream.documents, bytes: stream.bytesRead)
      }
      progress.finish(documents: stream.documents, bytes: stream.bytesRead)
      let documents = stream.documents
      let filter = try filters.filter(
        includeHypothetical: analysis.includeHypothetical, rankBy: sizeBy)
      let gazetteer = pipeline.gazetteer
      let scope = filter.relations(relations)
      if scope.undated > 0 {
        Console.warn(
          "graphctl: note: \(scope.undated) relation(s) without a date left out by --from/--to")
      }
      let graph = filter.graph(relations, actorInfo: { gazetteer.actor($0) })
      let report = Analyzer.analyze(graph, options: pipeline.analysis)
      try FilteredGraph.checkScore(sizeBy, in: report)
      let (shownGraph, shownReport) = try filter.view(graph: graph, report: report)

      var dotOptions = DOTOptions()
      dotOptions.title = title
      dotOptions.sizeBy = sizeBy
      dotOptions.blocStyle = blocs
      dotOptions.engine = layout
      let dot = DOTWriter(options: dotOptions).write(graph: shownGraph, report: shownReport)
      let svg = try GraphvizRenderer().render(dot: dot, format: .svg, engine: layout)
      let files: [(String, Data)] = [
        ("relations.jsonl", Data(RelationsJSONL.encode(relations).utf8)),
        ("actors.csv", Data(CSV.actors(report).utf8)),
        (
          "graph.json",
          try GraphJSON(
            graph: graph, report: report, documents: documents,
            weights: pipeline.analysis.weights
          ).encoded()
        ),
        ("alliances.dot", Data(dot.utf8)),
        ("alliances.svg", Data(svg)),
      ]
      do {
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
      } catch {
        throw InputError(file: out, message: "cannot create output folder")
      }
      // All five files are written to temporary names first and renamed together: a failure
      // or Ctrl-C before the renames leaves the folder as it was.
      try AtomicFile.write(
        files.map { (path: (out as NSString).appendingPathComponent($0.0), data: $0.1) })
      let summary = Summary(
        result: Summary.Result(
          documents: documents, relations: relations, graph: graph, report: report),
        outDir: out, files: files.map(\.0))
      print(json ? summary.json() : summary.text())
    }
  }
}
