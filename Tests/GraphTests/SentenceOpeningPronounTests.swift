import Foundation
import Testing

@testable import Graph

/// English: "it" or "they" opening a sentence names the subject of the sentence before when the
/// actor named last there was a preposition's object ("Israel launched strikes on Lebanon. It
/// said ..."), and stays the subject for a pronoun after its verb of saying ("It said it ...").
@Suite("Anaphora: a pronoun opening the sentence")
struct SentenceOpeningPronounTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2024-09-23")
  }

  @Test func thePronounNamesTheSubjectBefore() throws {
    // (Was LBN strikes HEZBOLLAH.)
    #expect(
      try relations(
        "Israel launched strikes on Lebanon. It said the strikes hit Hezbollah positions.") == [
          "ISR strikes LBN", "ISR strikes HEZBOLLAH",
        ])
    // (Was LBN strikes HEZBOLLAH: the second pronoun named the object too.)
    #expect(
      try relations("Israel launched strikes on Lebanon. It said it targeted Hezbollah.") == [
        "ISR strikes LBN", "ISR strikes HEZBOLLAH",
      ])
  }

  @Test func anObjectWithNoPrepositionStaysTheOneNamedLast() throws {
    // Guard: "Turkey accused Syria. It denied ..." is Syria's denial.
    #expect(
      try relations("Turkey accused Syria of shelling its border. It denied the charge.").first
        == "TUR opposes SYR")
  }
}
