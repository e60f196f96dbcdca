import Testing

@testable import Graph

/// Arabic "خيبة أمل ... من X" (disappointment with X), like "غضب" and "استياء", opposes X.
@Suite("Disappointment")
struct DisappointmentTests {
  @Test func disappointmentWithOpposes() throws {
    // (Each gave nothing.)
    #expect(
      try builtInRelations("وأعرب الاتحاد الأوروبي عن خيبة أمله من روسيا.", date: "2019-08-23")
        == ["EU opposes RUS"])
    #expect(
      try builtInRelations(
        "وعبرت واشنطن عن خيبة أملها من الحكومة الكورية الجنوبية.", date: "2019-08-23")
        == ["USA opposes KOR"])
  }
}
