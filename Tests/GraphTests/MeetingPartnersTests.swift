import Foundation
import Testing

@testable import Graph

/// English meetings: the state a title's "of" names is the partner met ("met the president of
/// Poland"); "and" with the cue's "with" again names more partners ("spoke with Trump and then
/// with the leaders of France and Germany").
@Suite("Relations: partners met through a title, partners joined again")
struct MeetingPartnersTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2025-02-01")
  }

  @Test func theStateATitleStandsFor() throws {
    // (Each was nothing.)
    #expect(
      try relations("Erdogan met the king of Jordan in Ankara.") == ["TUR negotiates-with JOR"])
    #expect(
      try relations("Macron spoke with the leaders of Egypt and Qatar.") == [
        "FRA negotiates-with EGY", "FRA negotiates-with QAT",
      ])
  }

  @Test func withAgainAfterAnd() throws {
    // (Was TUR-RUS alone.)
    #expect(
      try relations("Erdogan spoke by phone with Putin and later with the president of Iran.") == [
        "TUR negotiates-with RUS", "TUR negotiates-with IRN",
      ])
    // guard: "with" after another word than the cue's own partner list names no partner.
    #expect(
      try relations("Erdogan spoke with Putin and then with reporters in Ankara about Iran.") == [
        "TUR negotiates-with RUS"
      ])
  }
}
