import Foundation
import Testing

@testable import Graph

/// Arabic arguments read past what stood in their way: a toppled leader named after the place
/// hit, "بمساعدة" as an agent phrase, representatives "عن" a body, a council "في" a state, a
/// hyphenated night in a parenthetical, the backers of every agent, "the two sides" exchanging
/// accusations, and an accusative stance noun after the clause's object.
@Suite("Arabic arguments past their obstacles")
struct ArabicClauseArgumentTests {
  @Test func aToppledLeaderLeavesThePlaceHit() throws {
    #expect(
      try builtInRelations(
        "شن الجيش الإسرائيلي غارات على العاصمة السورية، منذ سقوط نظام بشار الأسد في ديسمبر الماضي.",
        date: "2025-07-17") == ["ISR strikes SYR"])
    // guard: a leader in office on the day still keeps his state out of the places hit.
    #expect(
      try builtInRelations(
        "بدأت السعودية عملية عسكرية في اليمن لاستعادة شرعية الرئيس عبد ربه منصور هادي.",
        date: "2015-03-27"
      ).filter { $0.hasPrefix("SAU strikes") }.isEmpty)
  }

  @Test func withTheHelpOf() throws {
    #expect(
      try builtInRelations("اعترضت إسرائيل الصواريخ بمساعدة الولايات المتحدة.", date: "2024-04-14")
        == ["USA supports ISR"])
    // The subject of an accusation with the accused between is not the one accused.
    #expect(
      try builtInRelations("وتتهم السلطات المصرية الفرماوي بدعم عناصر حماس.", date: "2008-05-19")
        .isEmpty)
  }

  @Test func representativesOfTwoParties() throws {
    #expect(
      try builtInRelations(
        "وقع ممثلون عن الجيش السوداني وقوات الدعم السريع اتفاقا لوقف إطلاق النار.",
        date: "2023-05-21") == ["SDN negotiates-with RSF"])
  }

  @Test func theTwoSidesExchangeAccusations() throws {
    #expect(
      try builtInRelations(
        "وقع الجيش السوداني وقوات الدعم السريع اتفاقا لوقف إطلاق النار. "
          + "ويتبادل الطرفان الاتهامات بخرق الهدن السابقة.", date: "2023-05-21"
      ).filter { $0.contains("opposes") }.sorted() == ["RSF opposes SDN", "SDN opposes RSF"])
  }

  @Test func aCouncilInAState() throws {
    #expect(
      try builtInRelations(
        "أعلن مجلس الأمن والدفاع في السودان قطع العلاقات الدبلوماسية مع دولة الإمارات العربية المتحدة.",
        date: "2025-05-07") == ["SDN opposes ARE"])
  }

  @Test func aHyphenatedNightBetweenCommas() throws {
    #expect(
      try builtInRelations(
        "أطلقت إيران، ليل السبت-الأحد، أكثر من 300 طائرة مسيرة وصاروخ باليستي باتجاه إسرائيل.",
        date: "2024-04-14") == ["IRN strikes ISR"])
  }

  @Test func backersOfEveryAgent() throws {
    #expect(
      try builtInRelations(
        "شنت الولايات المتحدة وبريطانيا غارات على الحوثيين. "
          + "وقال بايدن إن الضربات نفذت بدعم من أستراليا وكندا.", date: "2024-01-12"
      ).filter { $0.contains("supports") }.sorted()
        == ["AUS supports GBR", "AUS supports USA", "CAN supports GBR", "CAN supports USA"])
  }

  @Test func solidarityOfTheOpeningSubject() throws {
    #expect(
      try builtInRelations(
        "أعلنت النيجر المجاورة، الثلاثاء، قطع علاقاتها مع أوكرانيا تضامنا مع مالي.",
        date: "2024-08-07"
      ).sorted() == ["NER opposes UKR", "NER supports MLI"])
  }

  @Test func solidarityPastAnOpeningPhrase() throws {
    #expect(
      try builtInRelations(
        "وفي خطوة مماثلة، أعلنت النيجر المجاورة، الثلاثاء، قطع علاقاتها مع أوكرانيا تضامنا مع مالي.",
        date: "2024-08-07"
      ).sorted() == ["NER opposes UKR", "NER supports MLI"])
  }

  @Test func welcomingTheEndOfAnAttack() throws {
    #expect(
      try builtInRelations(
        "وأعربت إيران عن ترحيبها بوقف العدوان الإسرائيلي على لبنان.", date: "2024-11-27"
      ).sorted() == ["IRN opposes ISR", "ISR strikes LBN"])
    #expect(
      try builtInRelations(
        "رحبت إيران بانتهاء العدوان الإسرائيلي على لبنان.", date: "2024-11-27"
      ).sorted() == ["IRN opposes ISR", "ISR strikes LBN"])
  }

  @Test func aMinistryInItsCapital() throws {
    #expect(
      try builtInRelations(
        "واستدعت وزارة الخارجية في كابل القائم بالأعمال الباكستاني.", date: "2024-12-28")
        == ["TALIBAN opposes PAK"])
    #expect(
      try builtInRelations(
        "انتقدت وزارة الخارجية في دمشق الولايات المتحدة.", date: "2024-12-28")
        == ["SYR opposes USA"])
  }

  @Test func theObjectPastTheSubjectsPlace() throws {
    #expect(
      try builtInRelations(
        "اتهمت حكومة طالبان في أفغانستان باكستان بشن غارات جوية.", date: "2024-12-28")
        == ["TALIBAN opposes PAK"])
    // guard: a place in a place is no object.
    #expect(
      try builtInRelations(
        "اتهمت محكمة في نيويورك عبد الله فضل محمد بالضلوع في تفجير سفارتي الولايات المتحدة "
          + "في نيروبي بكينيا.", date: "2007-10-07"
      ).isEmpty)
  }
}
