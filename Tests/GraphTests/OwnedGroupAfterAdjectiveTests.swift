import Foundation
import Testing

@testable import Graph

/// English: an actor owned by a possessor, with a plain lower-case word between ("Afghanistan's
/// ruling Taliban", "Yemen's rebel Houthis"), is the object, not the possessor.
@Suite("English: a possessor's group after an adjective")
struct OwnedGroupAfterAdjectiveTests {
  @Test func sanctionsOnTheRulingTaliban() throws {
    // (Gave UN opposes AFG.)
    let found = try builtInRelations(
      "United Nations sanctions against Afghanistan's ruling Taliban came into force.",
      date: "1999-11-15")
    #expect(found == ["UN opposes TALIBAN"])
  }

  @Test func sanctionsOnTheRebelHouthis() throws {
    // (Gave EU opposes YEM.)
    let found = try builtInRelations(
      "The EU imposed sanctions on Yemen's rebel Houthis.", date: "2023-06-01")
    #expect(found == ["EU opposes HOUTHIS"])
  }

  @Test func praisedTheStatesAlly() throws {
    // Guard: a word of alliance between is no adjective of the group.
    let found = try builtInRelations("Iran praised Lebanon's ally Hezbollah.", date: "2023-06-01")
    #expect(found.contains("IRN supports LBN"))
  }
}
