import Foundation
import Testing

@testable import Graph

/// English: "by" right after a noun of content ("an offer by ASEAN", "a proposal by China")
/// names the content's author, the object of the verb that welcomes or rejects it; "turned
/// down" rejects.
@Suite("Relations: the author of an offer or a proposal after \"by\", and \"turned down\"")
struct ContentByAuthorTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2008-07-22")
  }

  @Test func theAuthorAfterByIsTheObject() throws {
    // (Was nothing: "by" read as a passive's agent.)
    #expect(try relations("Thailand welcomed a proposal by China.") == ["THA supports CHN"])
    #expect(try relations("Thailand rejected calls by China for talks.") == ["THA opposes CHN"])
    #expect(
      try relations("Thailand rejected an offer by ASEAN to mediate.") == ["THA opposes ASEAN"])
    // guard: an attack by an actor, its author, as before.
    #expect(
      try relations("Thailand condemned the attack by China on Vietnam.")
        == ["THA opposes CHN", "CHN strikes VNM"])
  }

  @Test func turnedDownRejects() throws {
    // (Was nothing: "turned down" was no cue.)
    #expect(
      try relations("Thailand turned down an offer from ASEAN to mediate.")
        == ["THA opposes ASEAN"])
    #expect(
      try relations("Thai officials turned down ASEAN's offer to mediate.")
        == ["THA opposes ASEAN"])
    // guard: with no actor after it, nothing.
    #expect(try relations("The army turned down the volume.") == [])
  }
}
