import Testing

@testable import Graph

/// Arabic: a participle after a comma ("، متهمة طهران") takes the sentence's whole coordinated
/// subject, not only its first member.
@Suite("Relations: a participle's coordinated subject")
struct ParticipleGroupSubjectTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2025-08-28")
  }

  @Test func everyMemberOfTheSubjectActs() throws {
    #expect(
      try relations("انتقدت فرنسا وبريطانيا وألمانيا القرار، متهمة طهران بانتهاك التزاماتها.") == [
        "FRA opposes IRN", "GBR opposes IRN", "DEU opposes IRN",
      ])
    #expect(
      try relations("دانت السعودية والإمارات الهجوم، متهمة الحوثيين بتهديد الملاحة.") == [
        "SAU opposes HOUTHIS", "ARE opposes HOUTHIS",
      ])
  }
}
