/// Called during long analysis steps with the step's name, the work done and the total (for the
/// shortest-path measures: source blocks); may be called from several threads.
public typealias AnalysisProgress = @Sendable (_ step: String, _ done: Int, _ total: Int) -> Void

/// Entry point of the analysis stage: influence scores, alliance blocs and balance of an
/// actor graph or of a plain signed digraph (edge list).
public struct Analyzer: Sendable {
  /// Analyses `graph`. Actors are listed by PageRank descending, ties by code (PageRank is
  /// computed for the order even when not requested). Every actor gets a bloc when blocs are
  /// requested; unrequested measures are absent from `scores`, `bloc` is then nil.
  public static func analyze(
    _ graph: ActorGraph, options: AnalysisOptions = AnalysisOptions(),
    progress: AnalysisProgress? = nil
  ) -> AnalysisReport {
    let digraph = SignedDigraph(graph, weights: options.weights)
    let needsProjection = !options.measures.isDisjoint(with: ["blocs", "balance", "pn"])
    // Each edge once: `negotiates-with` is not doubled by its two arcs in `digraph`.
    let projection = needsProjection ? SignedProjection(graph, weights: options.weights) : nil
    return analyze(
      csr: CSRGraph(digraph), projection: projection, actors: graph.actors, options: options,
      progress: progress)
  }

  /// Analyses a signed digraph whose node names are the actor codes (an edge list): every arc
  /// counts once in the undirected projection. Actors are named by their code, kind `other`.
  public static func analyze(
    _ digraph: SignedDigraph, options: AnalysisOptions = AnalysisOptions(),
    progress: AnalysisProgress? = nil
  ) -> AnalysisReport {
    let csr = CSRGraph(digraph)
    let needsProjection = !options.measures.isDisjoint(with: ["blocs", "balance", "pn"])
    let actors = digraph.nodes.map { Actor(code: $0, name: $0, nameAr: "", kind: .other) }
    return analyze(
      csr: csr, projection: needsProjection ? SignedProjection(csr) : nil, actors: actors,
      options: options, progress: progress)
  }

  static func analyze(
    csr: CSRGraph, projection: SignedProjection?, actors: [Actor], options: AnalysisOptions,
    progress: AnalysisProgress?
  ) -> AnalysisReport {
    let codes = actors.map(\.code)
    let wants = options.measures
    let pagerank = PageRank().scores(csr)
    var columns: [(String, [Double])] = []
    func want(_ m: Measure) -> Bool { wants.contains(m.rawValue) }
    let degrees = DegreeMeasures(csr)
    if want(.degree) { columns.append((Measure.degree.rawValue, degrees.degree)) }
    if want(.inDegree) {
      columns.append((Measure.inDegree.rawValue, degrees.inDegree.map(Double.init)))
    }
    if want(.outDegree) {
      columns.append((Measure.outDegree.rawValue, degrees.outDegree.map(Double.init)))
    }
    if want(.inStrength) { columns.append((Measure.inStrength.rawValue, degrees.inStrength)) }
    if want(.outStrength) { columns.append((Measure.outStrength.rawValue, degrees.outStrength)) }
    if want(.pagerank) { columns.append((Measure.pagerank.rawValue, pagerank)) }
    if want(.betweenness) || want(.closeness) || want(.harmonic) {
      var blockProgress: (@Sendable (Int, Int) -> Void)? = nil
      if let progress {
        blockProgress = { done, total in progress("shortest paths", done, total) }
      }
      let centrality = PathCentrality(
        lengths: options.lengths, threads: options.threads, samples: options.betweennessSamples,
        seed: options.seed)
      let paths = centrality.compute(
        csr, betweenness: want(.betweenness), closeness: want(.closeness) || want(.harmonic),
        progress: blockProgress)
      if want(.betweenness), let b = paths.betweenness { columns.append(("betweenness", b)) }
      if want(.closeness), let c = paths.closeness { columns.append(("closeness", c)) }
      if want(.harmonic), let h = paths.harmonic { columns.append(("harmonic", h)) }
    }
    if want(.eigenvector) { columns.append(("eigenvector", EigenvectorCentrality().scores(csr))) }
    if want(.pn), let projection { columns.append(("pn", PNCentrality().scores(projection))) }

    var scores = [[String: Double]](repeating: [:], count: codes.count)
    for v in codes.indices {
      var s: [String: Double] = [:]
      for (name, values) in columns where v < values.count { s[name] = values[v] }
      scores[v] = s
    }

    var blocs: [Bloc] = []
    var nodeBloc: [Int]? = nil
    var balance: BalanceReport? = nil
    if want(.blocs) || want(.balance), let projection {
      let optimiser = SignedModularity.scaled(
        for: projection.nodeCount, resolution: options.resolution, seed: options.seed)
      let partition = optimiser.optimise(projection)
      if want(.blocs) {
        let numbered = Bloc.numbered(partition: partition, codes: codes)
        blocs = numbered.blocs
        nodeBloc = numbered.nodeBloc
      }
      if want(.balance) {
        var report = Balance.report(projection, partition: partition)
        if projection.nodeCount > 0,
          let split = TwoCampSplit.solve(projection, maxComponent: options.twoCampLimit)
        {
          var camps: [[String]] = [[], []]
          for v in codes.indices { camps[split.camp[v]].append(codes[v]) }
          report.twoCamps = TwoCampReport(
            frustration: split.frustration, camps: camps.map { $0.sorted() })
        }
        balance = report
      }
    }

    let order = codes.indices.sorted { a, b in
      if pagerank[a] != pagerank[b] { return pagerank[a] > pagerank[b] }
      return (codes[a], a) < (codes[b], b)
    }
    let reports = order.map { v -> ActorReport in
      let actor = actors[v]
      return ActorReport(
        code: actor.code, name: actor.name, nameAr: actor.nameAr, kind: actor.kind,
        bloc: nodeBloc?[v], scores: scores[v])
    }
    return AnalysisReport(actors: reports, blocs: blocs, balance: balance)
  }
}
