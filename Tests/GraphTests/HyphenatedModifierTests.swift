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
