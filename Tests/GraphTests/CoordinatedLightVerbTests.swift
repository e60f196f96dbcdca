import Testing

@testable import Graph

/// English: a light verb after "and" shares the first predicate's subject ("condemned Iran's
/// attack and expressed solidarity with Israel"), and ends the object of the noun before it; a
/// cue right after an actor's "'s" is a noun.
@Suite("Relations: a coordinated light verb and a possessed noun")
struct CoordinatedLightVerbTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2024-04-14")
  }

  @Test func theLightVerbSharesTheSubject() throws {
    #expect(
      try relations(
        "Group of Seven leaders condemned Iran's attack and expressed full solidarity with Israel."
      ) == ["G7 opposes IRN", "G7 supports ISR"])
    #expect(
      try relations("Egypt condemned the Israeli raid and expressed solidarity with Lebanon.")
        == ["EGY opposes ISR", "EGY supports LBN"])
    #expect(
      try relations(
        "Egypt condemned the Israeli raid and has expressed its solidarity with Lebanon.")
        == ["EGY opposes ISR", "EGY supports LBN"])
    // guard: the subject is the only actor before.
    #expect(
      try relations("Iran warned Israel and expressed support for Hamas.") == [
        "IRN opposes ISR", "IRN supports HAMAS",
      ])
  }

  @Test func aPossessedNounEndsAtTheLightVerb() throws {
    #expect(
      try relations(
        "The European Union condemned Russia's strikes and expressed solidarity with Ukraine.")
        == ["EU opposes RUS", "EU supports UKR"])
    // guard: the noun's own object.
    #expect(
      try relations("The EU condemned Russia's strikes on Kyiv.") == [
        "EU opposes RUS", "RUS strikes UKR",
      ])
  }
}
