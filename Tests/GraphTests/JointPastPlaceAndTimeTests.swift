import Testing

@testable import Graph

/// Arabic: a place phrase with "في" and a time phrase may stand between a coordinated subject
/// and its joint noun ("وقع ممثلو X وY في مدينة جدة مساء السبت اتفاقا").
@Suite("Relations: a joint noun past where and when")
struct JointPastPlaceAndTimeTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2023-05-21")
  }

  @Test func theSubjectPastPlaceAndTime() throws {
    #expect(
      try relations(
        "وقع ممثلو القوات المسلحة السودانية وقوات الدعم السريع في مدينة جدة مساء السبت اتفاقا لوقف إطلاق النار."
      ) == ["SDN negotiates-with RSF"])
    // guard: with nothing between, as before.
    #expect(
      try relations("وقع ممثلو القوات المسلحة السودانية وقوات الدعم السريع اتفاقا.") == [
        "SDN negotiates-with RSF"
      ])
  }
}
