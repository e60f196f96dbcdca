import Testing

@testable import Graph

/// Arabic: a medium with "مشتركة" after "في" ("في رسالة مشتركة") names the joint act of the
/// group a description ("الدول الثلاث") refers to, as "في بيان مشترك" does.
@Suite("Relations: an Arabic joint medium with 'مشتركة'")
struct ArabicJointNounTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2025-08-28")
  }

  @Test func aJointMediumOfTheGroupDescribed() throws {
    #expect(
      try relations(
        "أعلنت فرنسا وبريطانيا وألمانيا تفعيل الآلية. وقال وزراء خارجية الدول الثلاث في رسالة مشتركة إلى مجلس الأمن إن إيران انتهكت التزاماتها."
      ) == ["FRA negotiates-with GBR", "FRA negotiates-with DEU", "GBR negotiates-with DEU"])
    // guard: the listed medium.
    #expect(
      try relations(
        "أعلنت فرنسا وبريطانيا وألمانيا تفعيل الآلية. وقال وزراء خارجية الدول الثلاث في بيان مشترك إن إيران انتهكت التزاماتها."
      ) == ["FRA negotiates-with GBR", "FRA negotiates-with DEU", "GBR negotiates-with DEU"])
  }
}
