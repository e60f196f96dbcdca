import Testing

@testable import Graph

/// English: a word a cue needs is no part of a hyphenated compound ("calling it an important step
/// towards a terror-free Turkey" labels no one a terrorist).
@Suite("Relations: needed words in compounds")
struct CompoundNeededWordTests {
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
}
