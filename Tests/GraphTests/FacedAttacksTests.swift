import Testing

@testable import Graph

/// English: after a verb of facing, a word that is both a verb cue and a noun of attack is the
/// noun ("Uganda and Burundi would face more attacks"): those who face it are its targets, not
/// its authors.
@Suite("English: attacks faced")
struct FacedAttacksTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2010-07-13").sorted()
  }

  @Test func theOnesFacingAreNoAttackers() throws {
    // (Gave UGA and BDI strikes SHABAAB as hypotheses: "attacks" was a verb, "they" its object.)
    #expect(
      try relations(
        "Al-Shabaab warned that Uganda and Burundi would face more attacks unless they withdrew their troops from Somalia."
      ) == [])
    // (Gave nothing: the agent after "from" attacks the one facing.)
    #expect(
      try relations("Uganda would face attacks from al-Shabaab.") == ["SHABAAB strikes UGA ?"])
    // Guard: a noun of measure was read so before.
    #expect(try relations("Russia faces new EU sanctions.") == ["EU opposes RUS"])
  }
}
