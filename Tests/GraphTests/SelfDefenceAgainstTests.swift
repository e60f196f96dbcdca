import Testing

@testable import Graph

/// English: an actor that defends itself against another ("defending itself against the
/// FDLR", "in self-defence against") opposes it.
@Suite("Relations: self-defence against an actor")
struct SelfDefenceAgainstTests {
  /// Relations with the built-in gazetteer, lexicon and titles.
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2024-02-01")
  }

  @Test func defendingItselfAgainstOpposes() throws {
    // (Each gave nothing.)
    #expect(
      try relations("Kigali says it is defending itself against the FDLR.")
        == ["RWA opposes FDLR"])
    #expect(
      try relations("Rwanda says it is defending its border against the FDLR, a militia.")
        == ["RWA opposes FDLR"])
  }
}
