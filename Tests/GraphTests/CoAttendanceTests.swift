import Foundation
import Testing

@testable import Graph

/// Actors who join a meeting together (a verb of joining whose needed word names the meeting)
/// meet each other, with one named after "إلى جانب" (alongside), though no meeting was told
/// before.
@Suite("Relations: those who attend a meeting together")
struct CoAttendanceTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2013-07-05").sorted()
  }

  @Test func aCoordinatedSubjectAfterTheMeetingsPhrase() throws {
    #expect(
      try relations("شارك في القمة رئيسا الإكوادور وفنزويلا.") == ["ECU negotiates-with VEN"])
    #expect(
      try relations("حضر رئيسا الإكوادور وفنزويلا القمة.") == ["ECU negotiates-with VEN"])
  }

  @Test func theOneAlongsideTakesPartToo() throws {
    #expect(
      try relations(
        "قال الرئيس البوليفي إيفو موراليس إنه سيرد. وشارك في القمة إلى جانب موراليس رئيسا "
          + "الإكوادور رافاييل كوريا وفنزويلا نيكولاس مادورو.")
        == ["BOL negotiates-with ECU", "BOL negotiates-with VEN", "ECU negotiates-with VEN"])
  }
}
