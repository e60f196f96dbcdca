/// Entry point of the analysis stage: influence scores, alliance blocs and balance of an
/// actor graph.
public struct Analyzer: Sendable {
  /// Analyses `graph`. Actors are listed by PageRank descending, ties by code (PageRank is
  /// computed for the order even when not requested). Every actor gets a bloc when blocs are
  /// requested; unrequested measures are absent from `scores`, `bloc` is then nil.
  public static func analyze(_ graph: ActorGraph, options: AnalysisOptions = AnalysisOptions())
    -> AnalysisReport
  {
    let digraph = SignedDigraph(graph, weights: options.weights)
    let csr = CSRGraph(digraph)
    let codes = digraph.nodes
    let wants = options.measures
    let pagerank = PageRank().scores(csr)
    let degrees = DegreeMeasures(csr)
    let total = degrees.degree
    var scores = [[String: Double]](repeating: [:], count: codes.count)
    for v in codes.indices {
      var s: [String: Double] = [:]
      if wants.contains(Measure.degree.rawValue) { s[Measure.degree.rawValue] = total[v] }
      if wants.contains(Measure.inDegree.rawValue) {
        s[Measure.inDegree.rawValue] = Double(degrees.inDegree[v])
      }
      if wants.contains(Measure.outDegree.rawValue) {
        s[Measure.outDegree.rawValue] = Double(degrees.outDegree[v])
      }
      if wants.contains(Measure.inStrength.rawValue) {
        s[Measure.inStrength.rawValue] = degrees.inStrength[v]
      }
      if wants.contains(Measure.outStrength.rawValue) {
        s[Measure.outStrength.rawValue] = degrees.outStrength[v]
      }
      if wants.contains(Measure.pagerank.rawValue) { s[Measure.pagerank.rawValue] = pagerank[v] }
      scores[v] = s
    }

    let wantBlocs = wants.contains(Measure.blocs.rawValue)
    let wantBalance = wants.contains(Measure.balance.rawValue)
    var blocs: [Bloc] = []
    var nodeBloc: [Int]? = nil
    var balance: BalanceReport? = nil
    if wantBlocs || wantBalance {
      // Each edge once: `negotiates-with` is not doubled by its two arcs in `digraph`.
      let projection = SignedProjection(graph, weights: options.weights)
      let optimiser = SignedModularity(resolution: options.resolution, seed: options.seed)
      let partition = optimiser.optimise(projection)
      if wantBlocs {
        let numbered = Bloc.numbered(partition: partition, codes: codes)
        blocs = numbered.blocs
        nodeBloc = numbered.nodeBloc
      }
      if wantBalance { balance = Balance.report(projection, partition: partition) }
    }

    let order = codes.indices.sorted { a, b in
      if pagerank[a] != pagerank[b] { return pagerank[a] > pagerank[b] }
      return (codes[a], a) < (codes[b], b)
    }
    let actors = order.map { v -> ActorReport in
      let actor = graph.actors[v]
      return ActorReport(
        code: actor.code, name: actor.name, nameAr: actor.nameAr, kind: actor.kind,
        bloc: nodeBloc?[v], scores: scores[v])
    }
    return AnalysisReport(actors: actors, blocs: blocs, balance: balance)
  }
}
