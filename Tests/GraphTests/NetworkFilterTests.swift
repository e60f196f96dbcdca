import Testing

@testable import Graph

/// Relations over a few months, with persons, for the filter tests.
private let relations: [Relation] = [
  rel("TUR", .supports, "GNA", "2020-01-10", source: "ERDOGAN"),
  rel("TUR", .supports, "GNA", "2020-02-01", source: "CAVUSOGLU"),
  rel("RUS", .supports, "LNA", "2020-03-15", source: "PUTIN", target: "HAFTAR"),
  rel("LNA", .strikes, "GNA", "2020-04-20", target: "SARRAJ"),
  rel("EGY", .supports, "LNA", "2020-06-30"),
  rel("TUR", .negotiatesWith, "RUS", "2020-06-01"),
  rel("FRA", .opposes, "TUR", nil),
  rel("ARE", .supports, "EGY", "2020-05-05"),
]

private func rel(
  _ s: String, _ t: RelationType, _ o: String, _ date: String?, source: String? = nil,
  target: String? = nil, confidence: Double = 0.8
) -> Relation {
  Relation(
    doc: "d", sentence: 1, source: s, relation: t, target: o, cue: "c", evidence: "e",
    span: [0, 1], sourceText: s, targetText: o, confidence: confidence, sourceActor: source,
    targetActor: target, date: date)
}

private func names(_ code: String) -> Actor? {
  code == "ERDOGAN"
    ? Actor(code: code, name: "Erdogan", nameAr: "أردوغان", kind: .person, affiliation: "TUR")
    : nil
}

@Test func typesAndDatesScopeTheRelations() throws {
  let filter = GraphFilter(
    types: [.supports], dates: try DateRange.parse(from: "2020-02", to: "2020-05"))
  let scope = filter.relations(relations)
  #expect(scope.relations.map(\.source) == ["TUR", "RUS", "ARE"])
  #expect(scope.undated == 0)  // the undated one is an "opposes", dropped by type first
  let all = GraphFilter(dates: try DateRange.parse(from: "2020", to: nil)).relations(relations)
  #expect(all.relations.count == 7)
  #expect(all.undated == 1)
}

@Test func dateBoundsMatchAtTheirOwnPrecision() throws {
  let june = try DateRange.parse(from: "2020-06", to: "2020-06")
  #expect(june.contains("2020-06-01"))
  #expect(june.contains("2020-06-30T23:59:00Z"))
  #expect(!june.contains("2020-07-01"))
  #expect(!june.contains("2020-05-31"))
  #expect(throws: DateRangeError.self) { try DateRange.parse(from: "2020-13", to: nil) }
  #expect(throws: DateRangeError.self) { try DateRange.parse(from: "June", to: nil) }
  #expect(throws: DateRangeError.self) { try DateRange.parse(from: "2021", to: "2020-12-31") }
  #expect(try DateRange.parse(from: "2020-12", to: "2020-12").isBounded)
}

@Test func personLevelShowsPersonsAsThemselves() {
  let rolled = GraphFilter().graph(relations, actorInfo: names)
  #expect(rolled.actors.map(\.code).contains("TUR"))
  #expect(!rolled.actors.map(\.code).contains("ERDOGAN"))
  let tur = rolled.edges.first { $0.source == "TUR" && $0.type == .supports }
  #expect(tur?.count == 2)

  let persons = GraphFilter(level: .person).graph(relations, actorInfo: names)
  let codes = Set(persons.actors.map(\.code))
  #expect(codes.isSuperset(of: ["ERDOGAN", "CAVUSOGLU", "PUTIN", "HAFTAR", "SARRAJ"]))
  #expect(persons.actors.first { $0.code == "ERDOGAN" }?.kind == .person)
  // Relations without a person keep their organisation.
  #expect(persons.edges.contains { $0.source == "EGY" && $0.target == "LNA" })
}

@Test func minWeightDropsLightEdgesAndTheirLoneActors() {
  let graph = GraphFilter(minWeight: 1.0).graph(relations, actorInfo: names)
  #expect(graph.edges.map { "\($0.source)>\($0.target)" } == ["TUR>GNA"])
  #expect(graph.actors.map(\.code) == ["GNA", "TUR"])
}

@Test func topAndEgoChooseTheActorsShown() throws {
  let graph = GraphFilter().graph(relations, actorInfo: names)
  let report = Analyzer.analyze(graph)
  let top = try GraphFilter(top: 3).view(graph: graph, report: report)
  let expected = report.actors.prefix(3).map(\.code)  // report is sorted by PageRank
  #expect(Set(top.0.actors.map(\.code)) == Set(expected))
  #expect(top.0.edges.allSatisfy { expected.contains($0.source) && expected.contains($0.target) })
  #expect(top.1.actors.count == 3)
  // Scores are those of the whole graph.
  let before = report.actors.first { $0.code == expected[0] }?.scores
  #expect(top.1.actors.first { $0.code == expected[0] }?.scores == before)

  let ego1 = try GraphFilter(actor: "EGY", depth: 1).view(graph: graph, report: report)
  #expect(Set(ego1.0.actors.map(\.code)) == ["EGY", "LNA", "ARE"])
  let ego2 = try GraphFilter(actor: "EGY", depth: 2).view(graph: graph, report: report)
  #expect(Set(ego2.0.actors.map(\.code)) == ["EGY", "LNA", "ARE", "RUS", "GNA"])
  let ego0 = try GraphFilter(actor: "EGY", depth: 0).view(graph: graph, report: report)
  #expect(ego0.0.actors.map(\.code) == ["EGY"])
  #expect(ego0.0.edges.isEmpty)
  #expect(throws: FilterError.self) {
    try GraphFilter(actor: "egy_x").view(graph: graph, report: report)
  }
  let message = FilterError.unknownActor("EG", suggestions: GraphFilter.similar("EG", in: ["EGY"]))
  #expect(message.description.contains("EGY"))
}

@Test func automaticEngineFollowsSizeAndDensity() {
  #expect(LayoutEngine.automatic(nodeCount: 12, edgeCount: 40) == .dot)
  #expect(LayoutEngine.automatic(nodeCount: 40, edgeCount: 60) == .dot)
  #expect(LayoutEngine.automatic(nodeCount: 40, edgeCount: 274) == .neato)
  #expect(LayoutEngine.automatic(nodeCount: 301, edgeCount: 10) == .sfdp)
}
