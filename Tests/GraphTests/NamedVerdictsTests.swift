import Foundation
import Testing

@testable import Graph

/// English verdicts: the subject of a verb of naming speaks the verdict ("called the E3 move
/// illegal"); a verdict on a move, decision or position judges its author; quotes and other
/// adjectives joined by commas or "and" may stand before the verdict; a possessor is the
/// author of the act judged ("Israel's strikes").
@Suite("Relations: verdicts named, verdicts on moves")
struct NamedVerdictsTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2025-02-01")
  }

  @Test func theOneWhoNamesAnActSpeaksTheVerdict() throws {
    // (Each was nothing.)
    #expect(
      try relations("Tehran branded the French move “illegal, provocative and null”.") == [
        "IRN opposes FRA"
      ])
    #expect(
      try relations("Egypt called Ethiopia's decision unacceptable and illegal.") == [
        "EGY opposes ETH"
      ])
    #expect(
      try relations("Turkey called Israel's strike a violation of international law.") == [
        "TUR opposes ISR"
      ])
  }

  @Test func aPossessorIsTheAuthorOfTheActJudged() throws {
    // (Was the strike alone.)
    #expect(
      try relations("Russia said Israel's strikes on Syria were illegal.") == [
        "ISR strikes SYR", "RUS opposes ISR",
      ])
  }

  @Test func aMoveWithNoAuthorJudgesNobody() throws {
    // guard: "the move" names no author; "illegal" before a noun judges nothing.
    #expect(try relations("Turkey called the move illegal.") == [])
    #expect(try relations("Turkey deported illegal migrants.") == [])
  }
}
