import Foundation
import Testing

@testable import Graph

/// English: forces that a verb of sending has for its object are the sender's, not the state's
/// where they are ("accuse Moscow of sending soldiers ... to back the rebels").
@Suite("Actors: forces sent")
struct SentForcesTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2015-02-12")
  }

  @Test func sentSoldiersAreNoDomesticForce() throws {
    // (Was RUS supports UKR: "soldiers" read as Ukraine's, the state the document named most.)
    let found = try relations(
      "Ukraine's president met Ukraine's generals. Kiev and Western governments accuse Moscow of sending soldiers and weapons across the border to back the rebels."
    )
    #expect(found.contains("UKR opposes RUS"))
    #expect(!found.contains("RUS supports UKR"))
    #expect(found.contains("RUS supports UKR_SEPARATISTS ?"))
  }

  @Test func soldiersNotSentStayTheStates() throws {
    // Guard: a bare force word with no verb of sending before it.
    #expect(
      try relations("Russia annexed Crimea. Ukraine said soldiers attacked the rebels.")
        == ["UKR strikes UKR_SEPARATISTS"])
  }
}
