import Testing

@testable import Graph

/// Arabic: "خلال" and "أثناء" (list `during`) open a time phrase as "في" does ("نفذت خلال الأشهر
/// الماضية ضربات"), which a light verb's subject is read past.
@Suite("Relations: a time phrase after 'خلال'")
struct DuringTimePhraseTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2025-05-12")
  }

  @Test func theSubjectPastATimePhrase() throws {
    #expect(
      try relations(
        "وكانت القوات التركية قد نفذت خلال الأشهر الماضية ضربات جوية متكررة على مواقع حزب العمال الكردستاني."
      ) == ["TUR strikes PKK"])
    #expect(
      try relations(
        "نفذت القوات التركية خلال الشهر الماضي ضربات جوية على مواقع حزب العمال الكردستاني.")
        == ["TUR strikes PKK"])
    // guard: "في".
    #expect(
      try relations(
        "وكانت القوات التركية قد نفذت في الأشهر الماضية ضربات جوية على مواقع حزب العمال الكردستاني."
      )
        == ["TUR strikes PKK"])
  }
}
