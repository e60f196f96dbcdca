import Foundation
import Testing

@testable import Graph

/// Arabic: a coup a document told ("انقلاب النيجر", "الانقلاب العسكري في ميانمار", or a coup in
/// a sentence that names a state's army) is what a later "دان ... الانقلاب" or "رحب ...
/// بالانقلاب" concerns: the one who condemns it opposes its author, the one who welcomes it
/// backs it.
@Suite("Arabic coup memory")
struct ArabicCoupMemoryTests {
  @Test func theArmyOfTheSentenceTookPower() throws {
    // (Gave nothing.)
    #expect(
      try builtInRelations(
        "شدد الجيش في ميانمار قبضته على البلاد أمس، غداة انقلاب اعتقل خلاله زعيمة الحكومة "
          + "المدنية. كما دان الأمين العام للأمم المتحدة أنطونيو غوتيريش الانقلاب بشدة.",
        date: "2021-02-02") == ["UN opposes MMR"])
    // (Gave nothing.)
    #expect(
      try builtInRelations(
        "نفذ الجيش الميانماري انقلابا أمس. كما دان الأمين العام للأمم المتحدة أنطونيو غوتيريش "
          + "الانقلاب بشدة.",
        date: "2021-02-02") == ["UN opposes MMR"])
  }

  @Test func theStateAfterTheCoupsNoun() throws {
    // (Gave nothing.)
    #expect(
      try builtInRelations(
        "أطاح عسكريون بالرئيس محمد بازوم في انقلاب النيجر. ورحب زعيم فاغنر يفغيني بريغوجين بالانقلاب.",
        date: "2023-07-28") == ["WAGNER supports NER"])
    // (Gave nothing.)
    #expect(
      try builtInRelations(
        "وقع انقلاب عسكري في ميانمار أمس. وأدانت اليابان الانقلاب.", date: "2021-02-02")
        == ["JPN opposes MMR"])
  }

  @Test func noAuthorFromAReaction() throws {
    // Guards: a coup named only as what is condemned, or in a verdict, tells no author.
    #expect(
      try builtInRelations(
        "أدانت فرنسا الانقلاب. وأدانت الولايات المتحدة الانقلاب أيضا.", date: "2023-07-28"
      )
      .isEmpty)
    #expect(
      try builtInRelations(
        "وصف أردوغان عزل مرسي بأنه انقلاب. ودانت قطر الانقلاب.", date: "2013-07-06"
      )
      .allSatisfy { !$0.hasSuffix("TUR") })
  }
}
