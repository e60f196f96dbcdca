import Foundation
import Testing

@testable import Graph

@Suite("Analysis: blocs and balance on the seed articles")
struct AnalysisSeedTests {
  @Test func seedBlocsAndTwoCamps() throws {
    let out = try #require(PipelineTests.output)
    let bloc = Dictionary(uniqueKeysWithValues: out.report.actors.map { ($0.code, $0.bloc) })
    // Turkey and the GNA in one bloc; the LNA, Russia, Egypt, the UAE and France in another.
    #expect(bloc["TUR"] != nil && bloc["TUR"] == bloc["GNA"])
    for code in ["RUS", "EGY", "ARE", "FRA"] {
      #expect(bloc[code] != nil && bloc[code] == bloc["LNA"], "\(code)")
    }
    #expect(bloc["LNA"] != bloc["GNA"])
    // The exact two-camp split puts the same sides apart.
    let camps = try #require(out.report.balance?.twoCamps?.camps)
    let side = Dictionary(
      uniqueKeysWithValues: camps.enumerated().flatMap { i, c in c.map { ($0, i) } })
    #expect(side["TUR"] == side["GNA"])
    for code in ["RUS", "EGY", "ARE", "FRA"] { #expect(side[code] == side["LNA"], "\(code)") }
    #expect(side["LNA"] != side["GNA"])
    // Every score of the issue is there for every actor.
    for actor in out.report.actors { #expect(Set(actor.scores.keys) == Measure.scoreNames) }
  }
}
