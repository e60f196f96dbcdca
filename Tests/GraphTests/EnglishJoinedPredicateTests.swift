import Testing

@testable import Graph

/// English: "and" before another verb in the past joins a second predicate of the subject; the
/// first verb's object does not run past it ("welcomed the decision and condemned Hamas").
@Suite("Relations: English joined predicates")
struct EnglishJoinedPredicateTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2025-01-07")
  }

  @Test func theFirstVerbKeepsToItsObject() throws {
    #expect(
      try relations("Egypt welcomed the decision and condemned Hamas.") == ["EGY opposes HAMAS"])
    #expect(
      try relations("Germany backed the resolution and criticized Russia's veto.") == [
        "DEU opposes RUS"
      ])
    #expect(
      try relations("Egypt welcomed the truce and condemned Israel's strikes.") == [
        "EGY opposes ISR"
      ])
    // guard: the second verb still reads its own object.
    #expect(
      try relations("Turkey supplied drones and trained Ukrainian pilots.") == ["TUR supports UKR"])
    // guard: an object before "and" is the first verb's.
    #expect(
      try relations("Egypt welcomed Qatar's mediation and condemned Hamas.").sorted() == [
        "EGY opposes HAMAS", "EGY supports QAT",
      ])
  }
}
