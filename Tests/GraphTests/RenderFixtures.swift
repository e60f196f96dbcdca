@testable import Graph

/// Test data for the Render tests: a small graph shaped like the Libya conflict.
enum RenderFixtures {
  static let actors: [Actor] = [
    Actor(code: "ARE", name: "United Arab Emirates", nameAr: "الإمارات", kind: .state),
    Actor(code: "EGY", name: "Egypt", nameAr: "مصر", kind: .state),
    Actor(code: "FRA", name: "France", nameAr: "فرنسا", kind: .state),
    Actor(
      code: "GNA", name: "Government of National Accord", nameAr: "حكومة الوفاق",
      kind: .government),
    Actor(
      code: "LNA", name: "Libyan National Army", nameAr: "الجيش الوطني الليبي",
      kind: .armedGroup),
    Actor(code: "RUS", name: "Russia", nameAr: "روسيا", kind: .state),
    Actor(code: "TUR", name: "Turkey", nameAr: "تركيا", kind: .state),
  ]

  static func edge(
    _ source: String, _ type: RelationType, _ target: String, count: Int, weight: Double,
    cue: String = "ندعم"
  ) -> GraphEdge {
    GraphEdge(
      source: source, target: target, type: type, count: count, weight: weight,
      firstDate: "2020-01-05", lastDate: "2020-06-20",
      evidence: [EvidenceRef(doc: "001_libya.txt", sentence: 7, span: [1830, 1904], cue: cue)])
  }

  static let libya = ActorGraph(
    actors: actors,
    edges: [
      edge("TUR", .supports, "GNA", count: 14, weight: 12.1),
      edge("RUS", .supports, "LNA", count: 9, weight: 7.2, cue: "دعم"),
      edge("ARE", .supports, "LNA", count: 7, weight: 5.6),
      edge("EGY", .supports, "LNA", count: 6, weight: 5.0),
      edge("FRA", .supports, "LNA", count: 2, weight: 1.4),
      edge("TUR", .opposes, "LNA", count: 5, weight: 4.0, cue: "ندين"),
      edge("GNA", .opposes, "LNA", count: 11, weight: 9.3, cue: "نرفض"),
      edge("LNA", .opposes, "GNA", count: 8, weight: 6.8, cue: "نرفض"),
      edge("LNA", .strikes, "GNA", count: 6, weight: 5.1, cue: "قصفت"),
      edge("TUR", .strikes, "LNA", count: 3, weight: 2.4, cue: "قصفت"),
      edge("ARE", .strikes, "GNA", count: 2, weight: 1.5, cue: "غارات"),
      edge("RUS", .negotiatesWith, "TUR", count: 4, weight: 3.1, cue: "محادثات"),
      edge("EGY", .negotiatesWith, "GNA", count: 1, weight: 0.7, cue: "اتصال"),
    ])

  static let libyaReport = AnalysisReport(
    actors: [
      report("ARE", bloc: 1, pagerank: 0.08, betweenness: 0.0),
      report("EGY", bloc: 1, pagerank: 0.07, betweenness: 0.02),
      report("FRA", bloc: 1, pagerank: 0.05, betweenness: 0.0),
      report("GNA", bloc: 0, pagerank: 0.27, betweenness: 0.21),
      report("LNA", bloc: 1, pagerank: 0.31, betweenness: 0.25),
      report("RUS", bloc: 1, pagerank: 0.09, betweenness: 0.03),
      report("TUR", bloc: 0, pagerank: 0.13, betweenness: 0.12),
    ],
    blocs: [
      Bloc(id: 0, members: ["GNA", "TUR"]),
      Bloc(id: 1, members: ["ARE", "EGY", "FRA", "LNA", "RUS"]),
    ],
    balance: nil)

  static func report(_ code: String, bloc: Int?, pagerank: Double, betweenness: Double)
    -> ActorReport
  {
    let actor = actors.first { $0.code == code }
    return ActorReport(
      code: code, name: actor?.name ?? code, nameAr: actor?.nameAr ?? "",
      kind: actor?.kind ?? .other, bloc: bloc,
      scores: ["pagerank": pagerank, "betweenness": betweenness])
  }
}
