import Testing

@testable import Graph

/// Arabic: contacts, meetings or talks stopped ("وقف جميع الاتصالات واللقاءات مع") are no
/// talks; a ceasefire before talks ("وقف إطلاق النار والتفاوض مع") stops nothing of them.
@Suite("Relations: contacts stopped")
struct ContactsStoppedTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2023-07-04")
  }

  @Test func stoppedContactsAreNoTalks() throws {
    #expect(
      try relations("وقررت القيادة الفلسطينية وقف الاتصالات واللقاءات مع الجانب الإسرائيلي.") == [])
    #expect(
      try relations("وأعلنت الرئاسة الفلسطينية وقف جميع الاتصالات واللقاءات مع الجانب الإسرائيلي.")
        == [])
    // guard: contacts held are talks.
    #expect(
      try relations("أجرى وزير الخارجية المصري اتصالات مع نظيره الإسرائيلي.") == [
        "EGY negotiates-with ISR"
      ])
  }
}
