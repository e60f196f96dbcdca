import Foundation
import Testing

@testable import Graph

/// English "Its foreign minister" opening a sentence names the subject of the sentence before,
/// though another actor was named after it; and a subject that meets "both ministers" meets a
/// pair it is not part of.
@Suite("English: its minister, and both ministers met")
struct ItsMinisterTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2011-07-19").sorted()
  }

  @Test func itsMinisterIsTheSubjectsBefore() throws {
    #expect(
      try relations(
        "Malaysia, which chairs ASEAN this year, has tried to help. Its foreign minister, "
          + "Anifah Aman, met Thai officials in Bangkok.") == ["MYS negotiates-with THA"])
  }

  @Test func bothMinistersAreAPairWithoutTheSubject() throws {
    #expect(
      try relations(
        "Thailand and Cambodia fought. Indonesia, which chairs ASEAN this year, has tried to "
          + "broker a settlement. Its foreign minister held talks with both ministers in Jakarta.")
        == ["IDN negotiates-with KHM", "IDN negotiates-with THA"])
  }
}
