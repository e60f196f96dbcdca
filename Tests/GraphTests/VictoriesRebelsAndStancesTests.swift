import Foundation
import Testing

@testable import Graph

/// Victories over an actor ("أعلن العراق النصر على تنظيم الدولة"), sport that names states,
/// rebels named by their home ("المتمردين المدعومين من روسيا" in a sentence on Ukraine), the
/// author of a rejected call ("الدعوة ... التي وجهها"), verdicts on resolutions and the pronoun
/// after a participle of expressing ("مبديا احتجاجه").
@Suite("Relations: victories, rebels at home, rejected calls, expressed stances")
struct VictoriesRebelsAndStancesTests {
  /// Relations with the built-in gazetteer, lexicon and titles ("?" marks a hypothetical one).
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2024-06-01").sorted()
  }

  @Test func aVictoryOverAnActorOpposesIt() throws {
    #expect(
      try relations("وكان العراق أعلن في ديسمبر النصر على تنظيم الدولة الإسلامية.") == [
        "IRQ opposes ISIS"
      ])
    #expect(
      try relations("حققت القوات الأوكرانية انتصارا على القوات الروسية في خاركيف.") == [
        "UKR opposes RUS"
      ])
    #expect(
      try relations("هزمت القوات الحكومية الصومالية حركة الشباب في جنوب البلاد.") == [
        "SOM opposes SHABAAB"
      ])
    #expect(
      try relations("دحر الجيش اللبناني مسلحي تنظيم داعش من جرود عرسال.") == ["LBN opposes ISIS"])
  }

  @Test func aSentenceOnSportTellsNoRelation() throws {
    #expect(try relations("هاجم المنتخب السعودي نظيره الأرجنتيني في الشوط الثاني.") == [])
    #expect(
      try relations("Saudi Arabia defeated Argentina in the World Cup football tournament.") == [])
  }

  @Test func rebelsInASentenceOnUkraineAreTheSeparatists() throws {
    #expect(
      try relations("قصف الجيش الأوكراني مواقع المتمردين في شرق البلاد.") == [
        "UKR strikes UKR_SEPARATISTS"
      ])
    #expect(
      try relations("Ukrainian forces shelled rebel positions near Donetsk.") == [
        "UKR strikes UKR_SEPARATISTS"
      ])
  }

  @Test func aParticipleAfterTheSecondSideOfBetweenDescribesItAlone() throws {
    #expect(
      try relations("كان النزاع بين القوات الأوكرانية والمتمردين المدعومين من روسيا في ذروته.") == [
        "RUS supports UKR_SEPARATISTS", "UKR opposes UKR_SEPARATISTS",
        "UKR_SEPARATISTS opposes UKR",
      ])
    #expect(
      try relations("اندلعت اشتباكات بين الجيش السوداني وقوات الدعم السريع المدعومة من الإمارات.")
        == [
          "ARE supports RSF", "RSF strikes SDN", "SDN strikes RSF",
        ])
  }

  @Test func aRejectedCallOpposesWhoMadeIt() throws {
    #expect(
      try relations(
        "رفض رئيس الوزراء التركي الدعوة الى وقف اطلاق النار التي وجهها حزب العمال الكردستاني.")
        == ["TUR opposes PKK"])
    #expect(
      try relations("رفضت إسرائيل الدعوة إلى وقف إطلاق النار التي أطلقها الرئيس الفرنسي.") == [
        "ISR opposes FRA"
      ])
    #expect(
      try relations("رفض اردوغان الدعوة التي وجهها زعيم حزب العمال الكردستاني.") == [
        "TUR opposes PKK"
      ])
  }

  @Test func theEasternFrontIsNamedAtHome() throws {
    #expect(
      try relations("وقعت الحكومة السودانية مسودة بروتوكول امني مع متمردي شرق السودان.") == [
        "SDN negotiates-with SDN_EASTERN_FRONT"
      ])
    #expect(
      try relations("وقعت الحكومة السودانية اتفاقا مع جبهة الشرق.") == [
        "SDN negotiates-with SDN_EASTERN_FRONT"
      ])
  }

  @Test func aBreachOfAResolutionJudgesTheActNotTheCouncil() throws {
    #expect(
      try relations("قال رئيس الوزراء اللبناني إن الغارات الإسرائيلية انتهاك لقرار مجلس الأمن.")
        == [
          "LBN opposes ISR"
        ])
    #expect(
      try relations("قال رئيس الوزراء اللبناني إن الغارات الإسرائيلية خرق فاضح لقرار مجلس الأمن.")
        == [
          "LBN opposes ISR"
        ])
  }

  @Test func projectilesThatReachOrFallStrikeForTheirOwner() throws {
    #expect(try relations("طالت صواريخ حزب الله مدنا اسرائيلية.") == ["HEZBOLLAH strikes ISR"])
    #expect(try relations("سقطت صواريخ حماس على إسرائيل.") == ["HAMAS strikes ISR"])
    // Guards: a government falls; a projectile with no owner named.
    #expect(try relations("سقطت الحكومة الإيطالية بعد تصويت في البرلمان.") == [])
    #expect(try relations("سقط صاروخ على مبنى في كييف.") == [])
  }

  @Test func aMeetingsPlaceMayStandBeforeThePartner() throws {
    #expect(
      try relations("قال وزير الخارجية الروسي خلال لقائه في موسكو نظيره التركي إن الحل سياسي.") == [
        "RUS negotiates-with TUR"
      ])
    #expect(
      try relations(
        "قالت وزيرة الخارجية الاميركية في لقائها بواشنطن نظيرتها اليونانية ان المحادثات لا يمكن ان تستمر طويلا."
      ) == ["USA negotiates-with GRC"])
    // Guard: the place alone is no partner.
    #expect(try relations("قال وزير الخارجية الروسي خلال لقائه في موسكو إن الحل سياسي.") == [])
  }

  @Test func aReporterNamedAfterTheActIsNotItsAgent() throws {
    #expect(
      try relations(
        "وتوغلت عدة اليات عسكرية اسرائيلية لعشرات الامتار في شرق البلدة وسط اطلاق النار وفق ما اعلن مصدر امني فلسطيني."
      ) == [])
  }

  @Test func aStatesCurrencyNamesNoActor() throws {
    #expect(try relations("قدمت اليابان 111 الف دولار اميركي لضحايا تسونامي.") == [])
    // The receiver after the amount, not the currency's state, is the one helped.
    #expect(
      try relations("قدمت اليابان مساعدات بقيمة مليون دولار أمريكي لأفغانستان.") == [
        "JPN supports AFG"
      ])
  }

  @Test func aParticipleOfExpressingLeavesThePronounToTheSubject() throws {
    #expect(
      try relations(
        "اجرى الرئيس بري اتصالا بالسفير الاميركي مبديا احتجاجه الشديد على الاعتداء الاسرائيلي.")
        == ["AMAL negotiates-with USA", "AMAL opposes ISR"])
    #expect(
      try relations("اتصل الرئيس التركي بنظيره الروسي مبديا دعمه لأوكرانيا.") == [
        "TUR negotiates-with RUS", "TUR supports UKR",
      ])
  }
}
