import Foundation
import Testing

@testable import Graph

/// English: what a verb of saying after "and" reports ("accused Kosovo of discrimination and
/// said Moscow backed Belgrade") is stated; the accusation or condition before it does not
/// reach it.
@Suite("English: and said")
struct SaidAfterAndTests {
  @Test func accusedAndSaid() throws {
    // (Gave RUS supports SRB as hypothetical.)
    let found = try builtInRelations(
      "Russia accused Kosovo of discrimination and said Moscow backed Belgrade.",
      date: "2022-07-31")
    #expect(found.contains("RUS supports SRB"))
  }

  @Test func theAccusedActStaysAlleged() throws {
    // Guard: the act the accusation names is still alleged.
    let found = try builtInRelations(
      "Russia accused Kosovo of attacking Serbs and said Moscow backed Belgrade.",
      date: "2022-07-31")
    #expect(found.contains("XKX strikes SRB ?"))
    #expect(found.contains("RUS supports SRB"))
  }
}
