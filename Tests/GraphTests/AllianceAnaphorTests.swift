import Foundation
import Testing

@testable import Graph

/// Arabic: "الحلف" (the alliance) names the alliance told before, as "التحالف" does.
@Suite("Arabic: the alliance named again")
struct AllianceAnaphorTests {
  @Test func theAllianceWillSupport() throws {
    // (Gave nothing: "الحلف" named no actor.)
    let found = try builtInRelations(
      "وأكد الأمين العام لحلف شمال الأطلسي ينس ستولتنبرغ أن الحلف سيواصل دعم القوات الأفغانية.",
      date: "2020-02-29")
    #expect(found.contains("NATO supports AFG"))
  }

  @Test func theAlliancesStrikes() throws {
    // (Gave nothing.)
    let found = try builtInRelations(
      "قال متحدث باسم حلف شمال الأطلسي إن عشرات من مقاتلي طالبان قتلوا في غارات للحلف.",
      date: "2007-06-24")
    #expect(found.contains("NATO strikes TALIBAN"))
  }

  @Test func raidsTheAllianceCarriedOut() throws {
    // (Gave nothing.)
    let found = try builtInRelations(
      "أعلن حلف شمال الأطلسي مقتل عشرين من مقاتلي طالبان في غارات جوية شنها الحلف.",
      date: "2007-06-24")
    #expect(found.contains("NATO strikes TALIBAN"))
  }
}
