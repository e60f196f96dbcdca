import Foundation
import Testing

@testable import Graph

/// One who joins the last meeting told, up to five sentences on ("The interior minister of the
/// Kurdistan Regional Government also attended the meeting"), meets its parties.
@Suite("A meeting joined sentences later")
struct MeetingJoinedLaterTests {
  static let met =
    "Turkish Foreign Minister Hakan Fidan held talks in Baghdad with Iraqi Prime Minister "
    + "Mohammed Shia al-Sudani. "
  static let filler = "Officials said more was needed. "
  static let joined =
    "The interior minister of the Kurdistan Regional Government also attended the meeting."

  @Test func fiveSentencesOn() throws {
    let found = try builtInRelations(
      Self.met + String(repeating: Self.filler, count: 4) + Self.joined, date: "2024-03-14")
    #expect(found.contains("KRG negotiates-with TUR") && found.contains("KRG negotiates-with IRQ"))
  }

  @Test func notSixSentencesOn() throws {
    // guard: beyond the window the meeting is not named.
    let found = try builtInRelations(
      Self.met + String(repeating: Self.filler, count: 5) + Self.joined, date: "2024-03-14")
    #expect(!found.contains { $0.hasPrefix("KRG") })
  }
}
