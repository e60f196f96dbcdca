import Foundation
import Testing

@testable import Graph

/// English: a place head, "of" and the place's own name ("the town of Avdiivka") before "in" and a
/// state: the act of force on the place strikes the state, as "a town in eastern Ukraine" does.
@Suite("English: a named place in a state")
struct NamedPlaceTests {
  @Test func theTownOfANameIn() throws {
    // (Was nothing: the unknown name stood before "in".)
    #expect(
      try builtInRelations(
        "Russian forces captured the town of Avdiivka in eastern Ukraine.", date: "2024-02-17")
        == ["RUS strikes UKR"])
  }

  @Test func anActorAfterOfIsNoPlace() throws {
    // guard: "the leader of Al Qaeda in Syria" names its actor.
    #expect(
      try builtInRelations("US forces killed the leader of Al Qaeda in Syria.", date: "2024-02-17")
        == ["USA strikes AQ"])
  }
}
