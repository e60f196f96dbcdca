import Testing

@testable import Graph

/// English: a relative pronoun after a short description set off by a comma ("the FDLR,
/// Hutu rebels whom Kigali regards as a threat", "the LRA, a group which Uganda accuses")
/// refers to the actor the description follows.
@Suite("Relations: a relative clause on a description of an actor")
struct DescribedRelativeAntecedentTests {
  /// Relations with the built-in gazetteer, lexicon and titles ("?" marks a hypothetical one).
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2013-11-05").sorted()
  }

  @Test func theRelativeRefersToTheActorDescribed() throws {
    // (Each gave nothing.)
    #expect(
      try relations("The talks involve the LRA, a group which Uganda accuses of atrocities.") == [
        "UGA opposes LRA"
      ])
    #expect(
      try relations("Congo's army fought the FDLR, Hutu rebels whom Kigali regards as a threat.")
        .contains("RWA opposes FDLR"))
  }

  @Test func aRelativeRightAfterTheActorReadsAsBefore() throws {
    // Guard.
    #expect(
      try relations("The army fought the FDLR, whom Kigali regards as a threat.") == [
        "RWA opposes FDLR"
      ])
  }
}
