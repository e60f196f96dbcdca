import Foundation
import Testing

@testable import Graph

/// An English "they" or "it" right after a colon names the sentence's subject, not the actor a
/// relative clause before the colon named last.
@Suite("A pronoun after a colon")
struct PronounAfterColonTests {
  @Test func theySkipsTheRelativeClause() throws {
    // (Gave TALIBAN opposes PAK and PAK opposes TALIBAN.)
    let found = try builtInRelations(
      "Leaders of Rabbani’s Jamiat-e-Islami party, which fought the Taliban in the 1990s, went "
        + "further: they accused Pakistan’s intelligence service of having a hand in the plot. "
        + "Pakistan dismissed the accusations as baseless.",
      date: "2011-09-22")
    #expect(found == ["AFG_JAMIAT opposes PAK", "PAK opposes AFG_JAMIAT"])
  }

  @Test func itAfterAColon() throws {
    // (Gave HAMAS opposes ISR: "it" had named the actor named last.)
    let found = try builtInRelations(
      "Egypt, which hosted Hamas leaders last week, was blunt: it accused Israel of sabotage.",
      date: "2024-05-10")
    #expect(found.contains("EGY opposes ISR"))
    #expect(!found.contains("HAMAS opposes ISR"))
  }

  @Test func noSubjectInTheSentence() throws {
    // Guard: with no subject before the colon, "they" names the group named last.
    let found = try builtInRelations(
      "Hamas fighters crossed into Israel on Saturday. In the words of one official: they "
        + "attacked Israel without warning.",
      date: "2023-10-07")
    #expect(found.contains("HAMAS strikes ISR"))
  }
}
