import ArgumentParser
import Foundation
import Graph

struct Export: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Write the actor graph of relation files for other tools: GraphML, GEXF, JSON, CSV.",
    discussion: """
      Nodes carry code, name, name_ar, kind, affiliation, bloc and every analysis score; edges \
      carry type, directed, count, weight, signed_weight, sign, first_date, last_date and \
      evidence. The filters of `render` apply.

      graphml  GraphML for NetworkX (read_graphml), igraph, Gephi, yEd, Cytoscape.
      gexf     GEXF 1.3 for Gephi, with bloc colours and sizes (NetworkX: read_gexf(f, version="1.3")).
      json     NetworkX node-link JSON (node_link_graph(json.load(f)) in NetworkX 3.4+).
      graphjson  graphctl's own graph.json (as `run` writes it).
      csv      Two files: nodes and edges. -o DIR/ (or an existing folder) writes DIR/nodes.csv \
      and DIR/edges.csv; -o NAME or NAME.csv writes NAME-nodes.csv and NAME-edges.csv. Text \
      that a spreadsheet would run as a formula (= + - @ first) gets a leading apostrophe.

      negotiates-with holds both ways: it is one edge with directed=false (GEXF: type="mutual").
      """)

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case graphml, gexf, json, csv, graphjson
  }

  @OptionGroup var input: RelationInput
  @OptionGroup var analysis: AnalysisFlags
  @OptionGroup var filters: FilterFlags

  @Option(help: "Output format: graphml, gexf, json, csv or graphjson.")
  var format: Format

  @Option(
    name: .shortAndLong,
    help: "Write to this file (csv: a folder or a name prefix) instead of standard output.")
  var output: String?

  @Option(help: "Score that sizes nodes in GEXF and ranks --top.")
  var sizeBy: String = "pagerank"

  func validate() throws {
    if format == .csv, output == nil {
      throw ValidationError("csv writes two files (nodes and edges): give -o FOLDER/ or -o NAME")
    }
  }

  func run() throws {
    try CLI.guarded {
      try Outputs.checkNotAnInput(output, inputs: input.files)
      let gaz = try input.gazetteer()
      let options = try analysis.analysisOptions()
      let filtered = try FilteredGraph.make(
        relations: try input.relations(),
        filter: try filters.filter(
          includeHypothetical: analysis.includeHypothetical, rankBy: sizeBy),
        options: options, actorInfo: { gaz.actor($0) }, sizeBy: sizeBy)
      let json = GraphJSON(graph: filtered.graph, report: filtered.report, weights: options.weights)
      let graph = ExportGraph(json, sizeBy: sizeBy)
      switch format {
      case .graphml: try emit(Data(GraphMLWriter.write(graph).utf8))
      case .gexf:
        try emit(Data(GEXFWriter.write(graph, description: "graphctl actor graph").utf8))
      case .json: try emit(try NodeLinkJSON.write(graph) + Data("\n".utf8))
      case .graphjson: try emit(try json.encoded() + Data("\n".utf8))
      case .csv:
        let (nodes, edges) = try Self.csvPaths(output ?? "graph")
        try AtomicFile.write([
          (path: nodes, data: Data(GraphCSV.nodes(graph).utf8)),
          (path: edges, data: Data(GraphCSV.edges(graph).utf8)),
        ])
        Console.warn("wrote \(nodes), \(edges)")
      }
    }
  }

  private func emit(_ data: Data) throws {
    if let output {
      try AtomicFile.write(data, to: output)
    } else {
      FileHandle.standardOutput.write(data)
    }
  }

  /// Where the two CSV files go (see the command's help); creates a folder named with a
  /// trailing slash.
  static func csvPaths(_ output: String) throws -> (String, String) {
    var isDir: ObjCBool = false
    let exists = FileManager.default.fileExists(atPath: output, isDirectory: &isDir)
    if output.hasSuffix("/") || (exists && isDir.boolValue) {
      do {
        try FileManager.default.createDirectory(
          atPath: output, withIntermediateDirectories: true)
      } catch {
        throw InputError(file: output, message: "cannot create output folder")
      }
      let dir = output as NSString
      return (dir.appendingPathComponent("nodes.csv"), dir.appendingPathComponent("edges.csv"))
    }
    let base = output.hasSuffix(".csv") ? String(output.dropLast(4)) : output
    return (base + "-nodes.csv", base + "-edges.csv")
  }
}
