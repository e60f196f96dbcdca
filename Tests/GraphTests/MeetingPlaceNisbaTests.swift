import Foundation
import Testing

@testable import Graph

/// Arabic: the nisba of a place named after "في" between a joint act and its "مع" ("قمة في
/// مدينة العقبة الأردنية مع") says where the act was, not who held it; the "مع" past the
/// place still names the other side.
@Suite("Arabic: the place of a meeting before its مع")
struct MeetingPlaceNisbaTests {
  @Test func summitInACityOfAState() throws {
    // (Gave JOR negotiates-with ISR.)
    let found = try builtInRelations(
      "عقد الرئيس الأمريكي قمة في مدينة العقبة الأردنية مع رئيس الوزراء الإسرائيلي.",
      date: "2003-06-04")
    #expect(found == ["USA negotiates-with ISR"])
  }

  @Test func meetingInACity() throws {
    // (Gave nothing.)
    let found = try builtInRelations(
      "عقد وزير الخارجية التركي اجتماعا في مدينة إسطنبول مع وفد من حركة حماس.",
      date: "2021-06-04")
    #expect(found == ["TUR negotiates-with HAMAS"])
  }

  @Test func plainPlaceBeforeWith() throws {
    // Guard: a place named right after "في" was already passed over.
    let found = try builtInRelations(
      "عقد الرئيس الأمريكي قمة في العقبة مع رئيس الوزراء الإسرائيلي.", date: "2003-06-04")
    #expect(found == ["USA negotiates-with ISR"])
  }
}
