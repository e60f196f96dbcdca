import Testing

@testable import Graph

/// English: a word a cue needs is no part of a hyphenated compound ("calling it an important step
/// towards a terror-free Turkey" labels no one a terrorist); "sign" after a determiner is a noun
/// ("criticised as a sign that"), no signing.
@Suite("Relations: needed words in compounds, and nouns that look like verbs")
struct NeededWordsAndNounsTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2025-05-12")
  }

  @Test func aCompoundIsNoLabel() throws {
    #expect(
      try relations(
        "The Turkish government welcomed the announcement, with Omer Celik, spokesman for President Tayyip Erdogan's AK Party, calling it \"an important step towards a terror-free Turkey\"."
      ) == [])
    // guard: a label.
    #expect(try relations("Turkey called the PKK a terrorist organisation.") == ["TUR opposes PKK"])
  }

  @Test func aSignIsNoSigning() throws {
    #expect(
      try relations(
        "Russia sent a team headed by Kremlin aide Vladimir Medinsky, a choice Kyiv had criticised as a sign that Moscow was not serious about peace."
      ) == ["UKR opposes RUS"])
    // guard: the verb.
    #expect(try relations("Russia and Ukraine signed a deal.") == ["RUS negotiates-with UKR"])
  }
}
