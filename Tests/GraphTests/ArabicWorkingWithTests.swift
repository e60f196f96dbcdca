import Testing

@testable import Graph

/// Arabic "العمل مع", "تعمل مع" (working with an actor) meets it, as English "working with".
@Suite("Relations: Arabic working with")
struct ArabicWorkingWithTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2025-01-15")
  }

  @Test func workingWithAnActorMeetsIt() throws {
    #expect(
      try relations("قال وزير الخارجية التركي إن أنقرة تعمل مع روسيا لإنهاء الحرب.") == [
        "TUR negotiates-with RUS"
      ])
    #expect(
      try relations("وأكد الرئيس الأمريكي أن بلاده ستواصل العمل مع قطر ومصر.") == [
        "USA negotiates-with QAT", "USA negotiates-with EGY",
      ])
    // Asked for, it is hypothetical.
    #expect(
      try relations("دعت الأمم المتحدة إلى العمل مع الحكومة السودانية.") == [
        "UN negotiates-with SDN ?"
      ])
  }
}
