import Foundation
import Testing

@testable import Graph

/// An attack told in one sentence and judged or condemned in a later one ("وقالت الحكومة
/// اللبنانية إن الغارات انتهاك للقانون الدولي"); the one exposed to an act ("أعلنت دمشق تعرضها
/// لعدوان إسرائيلي", "تعرضت مواقع للجيش السوري لغارات"); the places an act of force hits
/// ("استهدفت إسرائيل مواقع عسكرية في سوريا").
@Suite("Relations: told acts, exposure and places hit")
struct ToldActsAndExposureTests {
  /// Relations with the built-in gazetteer, lexicon and titles ("?" marks a hypothetical one).
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2024-06-01").sorted()
  }

  @Test func aVerdictOnTheAttackToldBeforeJudgesItsAgent() throws {
    #expect(
      try relations(
        "نفذت القوات الإسرائيلية غارات على جنوب لبنان. وقالت الحكومة اللبنانية إن الغارات انتهاك للقانون الدولي."
      ) == ["ISR strikes LBN", "LBN opposes ISR"])
    #expect(
      try relations(
        "شنت إسرائيل غارات على دمشق. ووصفت روسيا الغارات بأنها انتهاك للقانون الدولي.")
        == ["ISR strikes SYR", "RUS opposes ISR"])
    #expect(
      try relations("شنت إسرائيل غارات على غزة. وقالت الخارجية القطرية إن القصف جريمة حرب.")
        == ["ISR strikes PSE", "QAT opposes ISR"])
    #expect(
      try relations(
        "Israel launched airstrikes on Damascus. Russia's foreign ministry said the attack was a violation of international law."
      ) == ["ISR strikes SYR", "RUS opposes ISR"])
    #expect(
      try relations("Russia struck Kharkiv. Ukraine's president said the attack was a war crime.")
        == ["RUS strikes UKR", "UKR opposes RUS"])
    // Guards: an act with another target or with its own author is another act.
    #expect(
      try relations("شنت إسرائيل غارات على دمشق. وقالت روسيا إن الغارات على لبنان غير مقبولة.")
        == ["ISR strikes LBN", "ISR strikes SYR"])
    #expect(
      try relations(
        "Russia struck Kharkiv. France said the attack on Kyiv by Ukraine was unacceptable.")
        == ["RUS strikes UKR"])
  }

  @Test func aCondemnationReachesTheBareNounPastALongSubjectOrAParenthetical() throws {
    #expect(
      try relations("شنت إسرائيل غارات على دمشق. وأدانت وزارة الخارجية الأردنية الهجوم.")
        == ["ISR strikes SYR", "JOR opposes ISR"])
    #expect(
      try relations("شنت إسرائيل غارات على غزة. وأدانت وزارة الخارجية المصرية، في بيان، القصف.")
        == ["EGY opposes ISR", "ISR strikes PSE"])
  }

  @Test func theOneExposedToAnActIsItsTarget() throws {
    #expect(try relations("أعلنت دمشق عن تعرضها لعدوان إسرائيلي جديد.") == ["ISR strikes SYR"])
    #expect(
      try relations("تعرضت مواقع للجيش السوري لغارات إسرائيلية ليلة الأحد.") == ["ISR strikes SYR"])
    #expect(
      try relations("تعرض موكب للقوات الأمريكية لهجوم من قبل حركة طالبان.")
        == ["TALIBAN strikes USA"])
    // Guard: an act with no agent named gives nothing.
    #expect(try relations("تعرضت السفارة الأمريكية في بغداد لهجوم صاروخي.") == [])
  }

  @Test func anActTheExposedOneNamesIsOpposedAsWell() throws {
    #expect(
      try relations("وأعلن النظام السوري عن تعرضه لما سماه \"عدوان أمريكي فرنسي بريطاني\".") == [
        "FRA strikes SYR", "GBR strikes SYR", "SYR opposes FRA", "SYR opposes GBR",
        "SYR opposes USA", "USA strikes SYR",
      ])
    #expect(
      try relations("أعلنت طهران تعرضها لما وصفته بعدوان إسرائيلي.")
        == ["IRN opposes ISR", "ISR strikes IRN"])
  }

  @Test func sitesHitInAStateStandForIt() throws {
    #expect(try relations("استهدفت إسرائيل مواقع عسكرية في سوريا.") == ["ISR strikes SYR"])
    #expect(try relations("استهدفت إسرائيل مواقع عسكرية جنوب سوريا.") == ["ISR strikes SYR"])
    #expect(
      try relations("قصفت الطائرات الروسية مواقع عسكرية حيوية في أوكرانيا.") == ["RUS strikes UKR"])
    #expect(
      try relations("نفذ الطيران الحربي الإسرائيلي غارات على مواقع عسكرية جنوب لبنان.")
        == ["ISR strikes LBN"])
    #expect(
      try relations("استهدف الحوثيون منشآت نفطية في مدينة جيزان.") == ["HOUTHIS strikes SAU"])
    // Guards: sites of a named actor are that actor's; a ship off a coast is not the state's.
    #expect(
      try relations("استهدفت إسرائيل مواقع لحزب الله في لبنان.") == ["ISR strikes HEZBOLLAH"])
    #expect(try relations("استهدفت الطائرات الأمريكية سفينة قبالة اليمن.") == [])
    #expect(try relations("زار وزير الدفاع الروسي مواقع عسكرية في سوريا.") == [])
  }

  @Test func leadersCalledTerroristsAreOpposed() throws {
    #expect(try relations("وصفت السعودية قادة الحوثيين بالإرهابيين.") == ["SAU opposes HOUTHIS"])
  }
}
