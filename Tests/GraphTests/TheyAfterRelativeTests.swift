import Foundation
import Testing

@testable import Graph

/// English: "they" right after a relative pronoun names the subject of the antecedent's own
/// clause when one is named between the sentence's subject and the antecedent: "... after the
/// Taliban refused to hand over bin Laden, whom they have sheltered" (the Taliban).
@Suite("English: they after a relative pronoun")
struct TheyAfterRelativeTests {
  @Test func whomTheyHaveSheltered() throws {
    // (Gave UN supports AQ: "they" read as the Security Council.)
    let found = try builtInRelations(
      "The Security Council imposed the measures after the Taliban refused to hand over Osama "
        + "bin Laden, whom they have sheltered since 1996.", date: "1999-11-15")
    #expect(found == ["TALIBAN supports AQ"])
  }

  @Test func itAfterWhichStaysTheSubject() throws {
    // Guard: with no actor between the subject and the antecedent, the subject.
    let found = try builtInRelations(
      "Sudan's army said the UAE, which it accuses of arming the RSF, had sent drones.",
      date: "2024-05-01")
    #expect(found.contains("SDN opposes ARE"))
  }
}
