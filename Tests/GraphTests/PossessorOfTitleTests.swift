import Testing

@testable import Graph

/// English: a possessor with "'s" before a title affiliates the person named after it
/// ("Pakistan's envoy, Mohammad Sadiq, held talks").
@Suite("Actors: the possessor of an English title")
struct PossessorOfTitleTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2024-12-25")
  }

  @Test func thePossessorAffiliates() throws {
    #expect(
      try relations("Pakistan's envoy, Mohammad Sadiq, held talks in Kabul with the Taliban.") == [
        "PAK negotiates-with TALIBAN"
      ])
    // guard: the nisba before the title affiliates as before.
    #expect(
      try relations("The Pakistani envoy, Mohammad Sadiq, held talks in Kabul with the Taliban.")
        == ["PAK negotiates-with TALIBAN"])
  }
}
