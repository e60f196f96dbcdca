import Testing

@testable import Graph

/// English wire phrasing, round 28: a stance on a thing said against an actor ("the ruling
/// against Israel") is none on it; a mediation ended or halted is no talks of its parties.
@Suite("Relations: English wire phrasing, round 28")
struct EnglishWire28Tests {
  /// Relations with the built-in gazetteer, lexicon and titles ("?" marks a hypothetical one).
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2024-06-01").sorted()
  }

  @Test func aStanceOnAThingAgainstOrBetweenActorsIsNoneOnThem() throws {
    #expect(
      try relations(
        "Turkey welcomed the ruling against Israel by the International Court of Justice.")
        == [])
    #expect(try relations("South Africa praised the court's ruling against Israel.") == [])
    #expect(try relations("Iran criticized the ruling against Hamas.") == [])
    #expect(try relations("Qatar suspended its mediation between Israel and Hamas.") == [])
    // guard: the actor comes before "against".
    #expect(try relations("Russia backed Syria against the rebels.") == ["RUS supports SYR"])
    // guard: a possessor before the noun is the object.
    #expect(
      try relations("Egypt welcomed Sudan's victory against the RSF.") == ["EGY supports SDN"])
  }

  @Test func mediationEndedOrHaltedIsNoNegotiation() throws {
    #expect(try relations("Qatar ended its mediation between Israel and Hamas.") == [])
    #expect(try relations("Qatar halted its mediation between Israel and Hamas.") == [])
    // guard: "cut a deal" makes one.
    #expect(try relations("Israel cut a deal with Hamas.") == ["ISR negotiates-with HAMAS"])
  }
}
