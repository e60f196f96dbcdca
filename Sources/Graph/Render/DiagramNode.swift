/// One node as the DOT writer draws it: the actor's names and kind merged with its analysis
/// line (bloc, scores). Actors that only appear as edge endpoints get a placeholder.
struct DiagramNode: Sendable, Hashable {
  var code: String
  var name: String
  var nameAr: String
  var kind: ActorKind?
  var bloc: Int?
  var scores: [String: Double]

  /// The nodes of `graph`, one per code, sorted by code so that output does not depend on
  /// input order. Names come from the graph, else the report, else the code (also when the
  /// name has nothing printable).
  static func collect(graph: ActorGraph, report: AnalysisReport) -> [DiagramNode] {
    var reports: [String: ActorReport] = [:]
    for line in report.actors where reports[line.code] == nil { reports[line.code] = line }
    var nodes: [String: DiagramNode] = [:]
    func add(code: String, actor: Actor?) {
      guard nodes[code] == nil else { return }
      let line = reports[code]
      let name = actor?.name ?? line?.name ?? ""
      nodes[code] = DiagramNode(
        code: code,
        name: DOTEscaping.sanitized(name).isEmpty ? code : name,
        nameAr: actor?.nameAr ?? line?.nameAr ?? "",
        kind: actor?.kind ?? line?.kind,
        bloc: line?.bloc,
        scores: line?.scores ?? [:])
    }
    for actor in graph.actors { add(code: actor.code, actor: actor) }
    for edge in graph.edges {
      add(code: edge.source, actor: nil)
      add(code: edge.target, actor: nil)
    }
    return nodes.values.sorted { $0.code < $1.code }
  }
}
