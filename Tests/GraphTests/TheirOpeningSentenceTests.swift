import Foundation
import Testing

@testable import Graph

/// English: "their" opening a sentence names the armed group the sentence before named, or
/// that sentence's subject, rather than the actor it named last after a preposition: "The
/// Khmer Rouge have denounced the poll as a fraud staged by the UN ... Their fighters killed
/// ...".
@Suite("English: their opening a sentence")
struct TheirOpeningSentenceTests {
  @Test func theirFightersAfterAPassiveAgent() throws {
    // (Gave UN strikes BGR.)
    let found = try builtInRelations(
      "The Khmer Rouge have denounced the poll as a fraud staged by the UN Transitional "
        + "Authority in Cambodia (UNTAC). Their fighters killed three Bulgarian peacekeepers in "
        + "April.", date: "1993-05-24")
    #expect(!found.contains("UN strikes BGR"))
    #expect(found.contains("KHMER_ROUGE strikes BGR"))
  }
}
