import Testing

@testable import Graph

/// "..., and its aircraft repeatedly bombed TNLA positions": a clause after ", and" with a
/// subject of its own and a verb in the past tells what was done, whatever the clause before
/// accuses or threatens.
@Suite("Relations: a coordinated clause in the past")
struct CoordinatedPastClauseTests {
  /// Relations with the built-in gazetteer, lexicon and titles (" ?" marks a hypothetical one).
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2024-01-12")
  }

  @Test func theBombingAfterTheAccusationHappened() throws {
    let found = try relations(
      "Myanmar's junta accused the alliance of working with drug traffickers, and its aircraft "
        + "repeatedly bombed TNLA positions.")
    #expect(found.contains("MMR strikes TNLA"))
    #expect(!found.contains("MMR strikes TNLA ?"))
    // Guard: a verb with no subject of its own after "and" stays under the clause before; the
    // strike it reports is a threat ("it would strike": "it" is Israel, a hypothesis).
    #expect(
      try relations("Israel accused Hamas of breaking the truce, and said it would strike Gaza.")
        == ["ISR opposes HAMAS", "ISR strikes PSE ?"])
  }
}
