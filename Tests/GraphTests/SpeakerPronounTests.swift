import Foundation
import Testing

@testable import Graph

/// English: "he" or "she" after a person who is a preposition's object ("after talks with
/// Putin he ...") names the person who is the sentence's subject, the speaker, not the one
/// named last.
@Suite("English: he after a preposition's person")
struct SpeakerPronounTests {
  @Test func theSpeakerNegotiated() throws {
    // (Gave RUS negotiates-with WAGNER: "he" read as Putin.)
    let found = try builtInRelations(
      "Lukashenko said that after talks with Putin he had negotiated a deal with Prigozhin.",
      date: "2023-06-24")
    #expect(found.contains("BLR negotiates-with WAGNER"))
    #expect(!found.contains("RUS negotiates-with WAGNER"))
  }

  @Test func withoutThat() throws {
    let found = try builtInRelations(
      "Macron said after a call with Netanyahu he would meet Abbas in Ramallah.",
      date: "2023-10-24")
    // (Hypothetical: "would meet".)
    #expect(found.contains("FRA negotiates-with PSE ?"))
    #expect(!found.contains("ISR negotiates-with PSE ?"))
  }
}
