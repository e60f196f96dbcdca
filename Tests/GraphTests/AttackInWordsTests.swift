import Testing

@testable import Graph

/// An "attack" launched by a party, or by a person with a word of speech after it ("هجوما
/// عنيفا"), is made with words: it opposes; an armed actor's attack strikes.
@Suite("Relations: attacks made with words")
struct AttackInWordsTests {
  /// Relations with the built-in gazetteer, lexicon and titles ("?" marks a hypothetical one).
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2020-06-01").sorted()
  }

  @Test func aPartysAttackIsMadeWithWords() throws {
    #expect(
      try relations("شن تيار المستقبل هجوما على حزب الله.") == ["LBN_FUTURE opposes HEZBOLLAH"])
    #expect(
      try relations(
        "شن رئيس الحزب التقدمي الاشتراكي النائب وليد جنبلاط هجوماً عنيفاً على «حزب الله».")
        == ["LBN_PSP opposes HEZBOLLAH"])
  }

  @Test func aStatesLeaderAttacksWithWords() throws {
    #expect(
      try relations(
        "أكد الرئيس التركي رجب طيب أردوغان دعم بلاده لأذربيجان. وهاجم أردوغان إسرائيل في كلمته.")
        == ["TUR opposes ISR", "TUR supports AZE"])
    #expect(
      try relations("هاجم الرئيس الفرنسي إيمانويل ماكرون روسيا.") == ["FRA opposes RUS"])
    // Guard: a state's forces attack with arms.
    #expect(
      try relations("هاجمت القوات التركية مواقع لحزب العمال الكردستاني.") == ["TUR strikes PKK"])
  }

  @Test func anArmedActorsAttackStrikes() throws {
    #expect(try relations("شن حزب الله هجوما على إسرائيل.") == ["HEZBOLLAH strikes ISR"])
    #expect(try relations("شنت الولايات المتحدة هجوما عنيفا على داعش.") == ["USA strikes ISIS"])
  }
}
