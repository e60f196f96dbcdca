import Testing

@testable import Graph

/// An ambiguous form of a group or body names it when a name of the same entry follows in
/// parentheses ("the National Liberation Army (ELN)").
@Suite("Actors: an ambiguous name with its abbreviation")
struct AbbreviationAfterNameTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2023-06-09")
  }

  @Test func theAbbreviationNamesTheEntry() throws {
    #expect(
      try relations(
        "Colombia's government and the National Liberation Army (ELN) signed an agreement in Havana on Friday."
      ) == ["COL negotiates-with ELN"])
    // guard: without it the form names no actor.
    #expect(
      try relations("Colombia's government and the National Liberation Army signed an agreement.")
        == [])
  }
}
