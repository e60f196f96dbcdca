import Foundation
import Testing

@testable import Graph

/// English: an adverb inside the verb phrase of a relative clause (list `inner_adverb`: "still",
/// "also", "already") leaves the relative pronoun the opener of the verb's clause: "The Khmer
/// Rouge, who are still fighting the Phnom Penh government, ...".
@Suite("English: an adverb inside a relative clause's verb")
struct AdverbInRelativeClauseTests {
  @Test func whoAreStillFighting() throws {
    // (Gave nothing.)
    let found = try builtInRelations(
      "The Khmer Rouge, who are still fighting the Phnom Penh government, have denounced the "
        + "poll.", date: "1993-05-24")
    #expect(found == ["KHMER_ROUGE strikes KHM", "KHMER_ROUGE opposes KHM"])
  }

  @Test func whichIsStillFighting() throws {
    // (Gave nothing.)
    let found = try builtInRelations(
      "Hamas, which is still fighting Israel, rejected the plan.", date: "2024-01-10")
    #expect(found == ["HAMAS strikes ISR", "HAMAS opposes ISR"])
  }
}
