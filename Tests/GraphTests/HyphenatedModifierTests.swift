import Testing

@testable import Graph

/// English: a hyphen inside a modifier ("non-lethal", "long-range") stands between a light
/// verb and its noun like any word, in a main clause or a relative one.
@Suite("Relations: hyphenated modifiers of a noun cue")
struct HyphenatedModifierTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2024-10-28")
  }

  @Test func theHyphenIsPartOfAWord() throws {
    #expect(try relations("Japan has provided non-lethal aid to Ukraine.") == ["JPN supports UKR"])
    #expect(
      try relations(
        "Japan, which has so far provided only non-lethal aid to Ukraine, said it could do more.")
        == ["JPN supports UKR"])
  }
}

/// English: an ally named after "its ally" with its article ("Hezbollah and its ally the Amal
/// Movement").
@Suite("Relations: an ally with its article")
struct AllyWithArticleTests {
  @Test func theArticleStandsBeforeTheAlly() throws {
    #expect(
      try builtInRelations(
        "Hezbollah and its ally the Amal Movement condemned the strike.", date: "2025-08-08")
        == ["AMAL supports HEZBOLLAH"])
  }
}
