import Testing

@testable import Graph

/// Arabic "خيبة أمل ... من X" (disappointment with X), like "غضب" and "استياء", opposes X; so do
/// regret ("أسف") and concern ("قلق") at X or its act.
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

  @Test func regretAndConcernOppose() throws {
    // (Each gave nothing.)
    #expect(
      try builtInRelations(
        "وأعرب الأمين العام للكومنولث عن أسفه لقرار زيمبابوي.", date: "2003-12-08")
        == ["COMMONWEALTH opposes ZWE"])
    #expect(
      try builtInRelations("فيما أبدت الصين أسفها للضربات الهندية.", date: "2025-05-07")
        == ["CHN opposes IND"])
    #expect(
      try builtInRelations("وأبدت الولايات المتحدة قلقها إزاء دور إيران.", date: "2017-05-05")
        == ["USA opposes IRN"])
  }

  @Test func hisCountrysConcernIsNoTarget() throws {
    // guard: "بلاده" after the noun is its possessor, not the speaker before aimed at.
    #expect(
      try builtInRelations(
        "وقالت وزيرة الخارجية الفرنسية كاترين كولونا إن بلادها تدين الهجوم. وأعرب المندوب الأمريكي عن قلق بلاده البالغ، ودعا باكو إلى حماية المدنيين.",
        date: "2023-09-20") == [])
  }
}
