import Testing

@testable import Graph

/// "banned as a terrorist group by X" and its kin are agent phrases: X opposes the group they
/// describe. "the Tigers" names the LTTE in a report on Sri Lanka (a `home` form), and nothing
/// elsewhere.
@Suite("Relations: terrorist listings by an agent, and the Tigers")
struct TerroristListingAndShortNamesTests {
  /// Relations with the built-in gazetteer, lexicon and titles ("?" marks a hypothetical one).
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2009-05-18").sorted()
  }

  @Test func aListingByAnAgentOpposesTheGroup() throws {
    #expect(
      try relations("The PKK, branded as a terrorist organisation by Turkey, denied the attack.")
        == ["TUR opposes PKK"])
  }

  @Test func theTigersAreTheLTTEInAReportOnSriLanka() throws {
    #expect(
      try relations(
        "The LTTE attacked an army camp in Sri Lanka. The Tigers, banned as a terrorist group by India, fought on."
      ) == ["IND opposes LTTE", "LTTE strikes LKA"])
    // Guard: no Sri Lanka.
    #expect(try relations("The Tigers won the cricket match.") == [])
  }
}
