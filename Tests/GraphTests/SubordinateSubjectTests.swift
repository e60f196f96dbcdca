import Foundation
import Testing

@testable import Graph

/// An English subordinate clause with a subject of its own (list `subordinator`): "Riyadh cut
/// ties in 2016 after protesters stormed its embassy in Tehran" (the protesters stormed it).
@Suite("English: the subject of a subordinate clause")
struct SubordinateSubjectTests {
  @Test func theClauseHasItsOwnSubject() throws {
    // (Was SAU strikes IRN.)
    #expect(
      try builtInRelations(
        "Riyadh cut ties in 2016 after protesters stormed its embassy in Tehran.",
        date: "2023-03-10"
      ).isEmpty)
    // (Was ISR strikes PSE and PSE strikes ISR.)
    #expect(
      try builtInRelations(
        "Israel struck Gaza after militants fired rockets at Israel.", date: "2023-03-10")
        == ["ISR strikes PSE"])
  }

  @Test func aNamedSubjectStays() throws {
    // guard: the clause's subject is an actor.
    #expect(
      try builtInRelations(
        "Israel struck Hamas targets in Gaza after the group fired rockets.", date: "2023-03-10")
        == ["ISR strikes HAMAS", "HAMAS strikes ISR"])
  }
}
