import Foundation
import Testing

@testable import Graph

@Suite struct AnalysisAnalyzerTests {
  static let actors: [String: Actor] = [
    "TUR": Actor(code: "TUR", name: "Turkey", nameAr: "تركيا", kind: .state),
    "GNA": Actor(
      code: "GNA", name: "Government of National Accord", nameAr: "حكومة الوفاق الوطني",
      kind: .government),
    "LNA": Actor(
      code: "LNA", name: "Libyan National Army", nameAr: "الجيش الوطني الليبي", kind: .armedGroup),
    "RUS": Actor(code: "RUS", name: "Russia", nameAr: "روسيا", kind: .state),
    "EGY": Actor(code: "EGY", name: "Egypt", nameAr: "مصر", kind: .state),
    "ARE": Actor(code: "ARE", name: "United Arab Emirates", nameAr: "الإمارات", kind: .state),
    "FRA": Actor(code: "FRA", name: "France", nameAr: "فرنسا", kind: .state),
  ]

  /// The Libyan war in miniature, built the way the pipeline builds it: from relations.
  static func libya() -> ActorGraph {
    let triples: [(String, RelationType, String)] = [
      ("TUR", .supports, "GNA"), ("GNA", .strikes, "LNA"), ("RUS", .supports, "LNA"),
      ("EGY", .supports, "LNA"), ("ARE", .supports, "LNA"), ("FRA", .supports, "LNA"),
      ("TUR", .opposes, "LNA"), ("RUS", .negotiatesWith, "TUR"), ("EGY", .opposes, "TUR"),
    ]
    let relations = triples.enumerated().map { i, t in
      Relation(
        doc: "libya.txt", sentence: i, source: t.0, relation: t.1, target: t.2, cue: "",
        evidence: "", span: [0, 0], sourceText: t.0, targetText: t.2, confidence: 0.9)
    }
    return ActorGraph.build(relations: relations) { actors[$0] }
  }

  @Test func libyaBlocs() throws {
    let report = Analyzer.analyze(Self.libya(), options: AnalysisOptions())
    #expect(report.blocs.map(\.members) == [["ARE", "EGY", "FRA", "LNA", "RUS"], ["GNA", "TUR"]])
    #expect(report.blocs.map(\.id) == [0, 1])
    for actor in report.actors {
      let expected = ["GNA", "TUR"].contains(actor.code) ? 1 : 0
      #expect(actor.bloc == expected, "\(actor.code)")
      let info = try #require(Self.actors[actor.code])
      #expect(actor.name == info.name && actor.nameAr == info.nameAr && actor.kind == info.kind)
      #expect(Set(actor.scores.keys) == Measure.scoreNames)
    }
    // Signs: TUR-GNA +, RUS-TUR +, GNA-LNA -, TUR-LNA -, EGY-TUR -, four supporters of LNA +.
    // Triangles: TUR-GNA-LNA (+,-,-) balanced; TUR-RUS-LNA (+,-,+) unbalanced;
    // TUR-EGY-LNA (-,-,+) balanced. Frustration: RUS-TUR positive across = 0.3 * 0.9 (the
    // symmetric edge counts once in the projection).
    let balance = try #require(report.balance)
    #expect(balance.triangles == 3)
    #expect(balance.balancedTriangleShare == 2.0 / 3.0)
    #expect(abs(balance.frustration - 0.27) < 1e-12)
    // The blocs are also the best two-camp split here.
    let two = try #require(balance.twoCamps)
    #expect(abs(two.frustration - 0.27) < 1e-12)
    #expect(two.camps == [["ARE", "EGY", "FRA", "LNA", "RUS"], ["GNA", "TUR"]])
  }

  @Test func jsonKeepsItsShapeAndAddsBalanceCamps() throws {
    let report = Analyzer.analyze(Self.libya(), options: AnalysisOptions())
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    let object = try #require(
      try JSONSerialization.jsonObject(with: try encoder.encode(report)) as? [String: Any])
    #expect(Set(object.keys) == ["actors", "blocs", "balance"])
    let balance = try #require(object["balance"] as? [String: Any])
    #expect(
      Set(balance.keys) == ["balanced_triangle_share", "triangles", "frustration", "two_camps"])
    let actor = try #require((object["actors"] as? [[String: Any]])?.first)
    #expect(Set(actor.keys) == ["code", "name", "name_ar", "kind", "bloc", "scores"])
    // A report written before `two_camps` existed still decodes.
    let old = #"{"actors":[],"blocs":[],"balance":{"triangles":0,"frustration":0}}"#
    let decoded = try JSONDecoder().decode(AnalysisReport.self, from: Data(old.utf8))
    #expect(decoded.balance?.twoCamps == nil)
  }

  @Test func edgeListAnalysisMatchesTheActorGraph() throws {
    // The same signed arcs as an edge list: node names are the codes.
    let graph = Self.libya()
    let digraph = SignedDigraph(graph)
    var tsv = ""
    for arc in digraph.arcs {
      // negotiates-with is stored as one edge: list it once so the projection counts it once.
      if arc.from > arc.to, digraph.arcs.contains(where: { $0.from == arc.to && $0.to == arc.from })
      {
        continue
      }
      let sign = arc.weight < 0 ? "-" : "+"
      tsv += "\(digraph.nodes[arc.from])\t\(digraph.nodes[arc.to])\t\(abs(arc.weight))\t\(sign)\n"
    }
    let parsed = try EdgeList.parse(Data(tsv.utf8), file: "libya.tsv")
    let options = AnalysisOptions(measures: ["blocs", "balance", "betweenness", "pn"])
    let fromEdges = Analyzer.analyze(parsed, options: options)
    let fromGraph = Analyzer.analyze(graph, options: options)
    #expect(fromEdges.blocs == fromGraph.blocs)
    #expect(fromEdges.balance?.twoCamps == fromGraph.balance?.twoCamps)
    #expect(fromEdges.actors.allSatisfy { $0.kind == .other && $0.name == $0.code })
  }

  @Test func libyaActorsOrderedByPageRank() throws {
    let report = Analyzer.analyze(Self.libya(), options: AnalysisOptions())
    let pr = report.actors.compactMap { $0.scores["pagerank"] }
    #expect(pr.count == 7)
    #expect(zip(pr, pr.dropFirst()).allSatisfy { $0 >= $1 })
    #expect(report.actors.first?.code == "LNA")
    #expect(abs(pr.reduce(0, +) - 1) < 1e-12)
    // Equal ranks are ordered by code: ARE, EGY, FRA have no in-arcs and the same rank.
    let codes = report.actors.map(\.code)
    let tail = codes.filter { ["ARE", "EGY", "FRA"].contains($0) }
    #expect(tail == ["ARE", "EGY", "FRA"])
    let lna = try #require(report.actors.first { $0.code == "LNA" })
    // In: four supports (0.9 each), strikes 1.35, opposes 0.9; no out-arcs.
    #expect(lna.scores["in_degree"] == 6)
    #expect(lna.scores["out_degree"] == 0)
    #expect(abs((lna.scores["in_strength"] ?? 0) - (4 * 0.9 + 1.35 + 0.9)) < 1e-12)
    #expect(lna.scores["degree"] == lna.scores["in_strength"])
  }

  @Test func measuresSelectWhatIsComputed() throws {
    let options = AnalysisOptions(measures: ["pagerank", "in_degree"])
    let report = Analyzer.analyze(Self.libya(), options: options)
    #expect(report.blocs.isEmpty)
    #expect(report.balance == nil)
    #expect(report.actors.allSatisfy { $0.bloc == nil && Set($0.scores.keys) == options.measures })
    let encoded = try JSONEncoder().encode(report)
    let decoded = try JSONDecoder().decode(AnalysisReport.self, from: encoded)
    #expect(decoded == report)
  }

  @Test func sameSeedSameReport() {
    let graph = Self.libya()
    let options = AnalysisOptions(seed: 7, resolution: 1.0)
    #expect(Analyzer.analyze(graph, options: options) == Analyzer.analyze(graph, options: options))
  }

  @Test func emptyGraph() {
    let report = Analyzer.analyze(ActorGraph(actors: [], edges: []), options: AnalysisOptions())
    #expect(report.actors.isEmpty)
    #expect(report.blocs.isEmpty)
    #expect(
      report.balance == BalanceReport(balancedTriangleShare: nil, triangles: 0, frustration: 0))
  }
}

@Suite struct AnalysisOptimumTests {
  /// All set partitions of `0..<n` as label arrays (restricted growth strings).
  static func allPartitions(_ n: Int) -> [[Int]] {
    var result: [[Int]] = []
    var labels = [Int](repeating: 0, count: n)
    func extend(_ i: Int, _ maxLabel: Int) {
      if i == n {
        result.append(labels)
        return
      }
      for l in 0...(maxLabel + 1) {
        labels[i] = l
        extend(i + 1, max(maxLabel, l))
      }
    }
    if n > 0 {
      labels[0] = 0
      extend(1, 0)
    }
    return result
  }

  @Test func libyaBlocsAreTheExhaustiveOptimum() {
    let graph = AnalysisAnalyzerTests.libya()
    let projection = SignedProjection(graph, weights: .standard)
    let optimiser = SignedModularity()
    let partitions = Self.allPartitions(graph.actors.count)
    #expect(partitions.count == 877)  // Bell number B7
    let best = partitions.map { optimiser.quality(of: $0, in: projection) }.max() ?? 0
    let found = optimiser.optimise(projection)
    #expect(abs(optimiser.quality(of: found, in: projection) - best) < 1e-12)
  }

  @Test func symmetricEdgesCountOnceInTheActorGraphProjection() {
    let graph = ActorGraph(
      actors: [
        Actor(code: "A", name: "A", nameAr: "", kind: .state),
        Actor(code: "B", name: "B", nameAr: "", kind: .state),
      ],
      edges: [GraphEdge(source: "A", target: "B", type: .negotiatesWith, count: 1, weight: 1)])
    var fromGraph: [Double] = []
    SignedProjection(graph, weights: .standard).forEachPair { _, _, w in fromGraph.append(w) }
    var fromArcs: [Double] = []
    SignedProjection(SignedDigraph(graph)).forEachPair { _, _, w in fromArcs.append(w) }
    #expect(fromGraph == [0.3])
    #expect(fromArcs == [0.6])
  }
}
