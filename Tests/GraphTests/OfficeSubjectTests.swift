import Foundation
import Testing

@testable import Graph

/// Arabic: "مكتب" before a titled person ("مكتب رئيس الوزراء الإسرائيلي بنيامين نتنياهو")
/// speaks for the person, as the VSO subject of the verb before it.
@Suite("Arabic: the office of a titled person as a subject")
struct OfficeSubjectTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2023-11-20")
  }

  @Test func theOfficeSpeaksForThePerson() throws {
    // (Was nothing: the title after "مكتب" made two heads before the name.)
    #expect(
      try relations("وحمل مكتب رئيس الوزراء الإسرائيلي بنيامين نتنياهو إيران المسؤولية.") == [
        "ISR opposes IRN"
      ])
  }

  @Test func anOfficeOfABodyStays() throws {
    // Guard: "مكتب" before a body's name, as before.
    #expect(try relations("وانتقد مكتب الأمم المتحدة إيران.") == ["UN opposes IRN"])
  }
}
