import Testing

@testable import Graph

/// Who did an act and whom it hit, told around the act's noun: the genitive of an act before
/// the ل of the one hit is its author ("قصف إسرائيل لمدرسة"), while the genitive of a forced
/// displacement or a targeting is its victim ("تهجير الفلسطينيين"); the result of an act ("عن
/// مقتل عشرين فلسطينيا"); the army or group that announces a killing in an act with no author
/// of its own; a threatened measure; an envoy's title with its adjective; and a stance verb
/// between its subject and the sanctions it judges; discussing, brandishing tariffs; factions
/// of a country, which are not its state.
@Suite("Relations: acts, their victims and authors, announcers and threats")
struct ActsVictimsAndAnnouncersTests {
  /// Relations with the built-in gazetteer, lexicon and titles ("?" marks a hypothetical one).
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2024-06-01").sorted()
  }

  @Test func capturingSoldiersStrikes() throws {
    #expect(
      try relations("أسرت حركة حماس جنودا إسرائيليين خلال الهجوم.") == ["HAMAS strikes ISR"])
    #expect(
      try relations("أسر حزب الله جنديين إسرائيليين عام 2006.") == ["HEZBOLLAH strikes ISR"])
    // Guard: أسر is also "families", the object of a verb of meeting.
    #expect(
      try relations("استقبل الرئيس المصري أسر الضحايا الفلسطينيين.").contains(
        "EGY strikes PSE") == false)
  }

  @Test func aSurnameAloneNamesTheLeaderNamedBefore() throws {
    #expect(
      try relations("وصل الرئيس سلفا كير إلى الخرطوم. واتهم كير الخرطوم بدعم المتمردين.") == [
        "SSD negotiates-with SDN", "SSD opposes SDN",
      ])
  }

  @Test func theGenitiveOfAnActBeforeLamIsItsAuthor() throws {
    // (A school hit in Gaza is a place of Palestine hit: ISR strikes PSE.)
    #expect(
      try relations("أدانت مصر قصف إسرائيل لمدرسة في غزة.") == [
        "EGY opposes ISR", "ISR strikes PSE",
      ])
    #expect(
      try relations("أدانت مصر قصف القوات الروسية لمدينة خاركيف.") == ["EGY opposes RUS"])
    // Guard: the same act and author named by its nisba.
    #expect(
      try relations("أدانت السعودية استهداف الحوثيين لمطار أبها.") == ["SAU opposes HOUTHIS"])
  }

  @Test func theGenitiveOfDisplacementOrTargetingIsItsVictim() throws {
    #expect(try relations("رفضت مصر تهجير الفلسطينيين إلى سيناء.") == [])
    #expect(try relations("أدانت مصر استهداف الصحفيين الفلسطينيين.") == [])
  }

  @Test func theResultOfAnActNamesWhomItHit() throws {
    #expect(try relations("أسفرت غارة إسرائيلية عن مقتل عشرين فلسطينيا.") == ["ISR strikes PSE"])
    #expect(
      try relations("أسفرت غارات إسرائيلية على مخيم النصيرات عن مقتل عشرين فلسطينيا.") == [
        "ISR strikes PSE"
      ])
    #expect(try relations("أسفر الهجوم الأوكراني عن مقتل جنود روس.") == ["UKR strikes RUS"])
    // After a verb of result a word that reads as a verb is its subject, a verbal noun.
    #expect(
      try relations("أسفر قصف إسرائيلي على مخيم النصيرات عن مقتل عشرين فلسطينيا.") == [
        "ISR strikes PSE"
      ])
    #expect(
      try relations("أدى قصف روسي على خاركيف إلى مقتل مدنيين أوكرانيين.") == ["RUS strikes UKR"])
    // Guard: people of no named side.
    #expect(try relations("أسفرت الغارة عن مقتل ثلاثة أشخاص.") == [])
  }

  @Test func theNameWithLamAfterAnActWithATargetOrResultIsItsAuthor() throws {
    #expect(
      try relations("أسفر هجوم لحركة الشباب عن مقتل جنود صوماليين.") == ["SHABAAB strikes SOM"])
    #expect(
      try relations("أسفر هجوم لحركة الشباب على قاعدة للجيش الصومالي عن مقتل عشرة جنود.") == [
        "SHABAAB strikes SOM"
      ])
    #expect(
      try relations("شنت الطائرات غارة لإسرائيل على جنوب لبنان.") == ["ISR strikes LBN"])
    // Guard: a masdar takes its object with ل; the genitive before it is the author.
    #expect(
      try relations("أدانت مصر قصف إسرائيل لمدرسة في غزة.") == [
        "EGY opposes ISR", "ISR strikes PSE",
      ])
  }

  @Test func whoAnnouncesAKillingInAnActWithNoAuthorDidIt() throws {
    #expect(
      try relations("أعلن الجيش النيجيري مقتل عشرات من عناصر بوكو حرام في عملية عسكرية.") == [
        "NGA strikes BOKO_HARAM"
      ])
    #expect(
      try relations("أعلنت حماس مقتل ثلاثة جنود إسرائيليين في كمين شمال غزة.") == [
        "HAMAS strikes ISR"
      ])
    #expect(
      try relations("أعلن الجيش الأمريكي مقتل عشرة من مسلحي تنظيم القاعدة في غارة جوية في اليمن.")
        == ["USA strikes AQ"])
    // Guards: a body that reports, and an act with an author of its own.
    #expect(try relations("أعلنت الأمم المتحدة مقتل عشرين فلسطينيا في غارة.") == [])
    #expect(
      try relations("أعلنت حماس مقتل ثلاثة جنود إسرائيليين في كمين لحزب الله.") == [
        "HEZBOLLAH strikes ISR"
      ])
  }

  @Test func aThreatenedMeasureOpposesNow() throws {
    #expect(try relations("هددت الولايات المتحدة بفرض عقوبات على تركيا.") == ["USA opposes TUR"])
  }

  @Test func anEnvoysTitleMayCarryAnAdjectiveBeforeItsPost() throws {
    #expect(
      try relations("التقى المبعوث الأمريكي الخاص إلى اليمن وزير الخارجية السعودي.") == [
        "USA negotiates-with SAU"
      ])
  }

  @Test func aStanceVerbBetweenItsSubjectAndSanctionsIsNoAuthorOfThem() throws {
    #expect(
      try relations("قال المتحدث باسم الخارجية الصينية إن بكين تعارض العقوبات الأحادية على روسيا.")
        == [])
    // Guard: a noun that reads like a verb ("وقف") before the act.
    #expect(
      try relations("ينبغي على حركة حماس وقف إطلاق الصواريخ على إسرائيل.") == ["HAMAS strikes ISR"])
  }

  @Test func discussingWithAPartnerAndBrandishingTariffs() throws {
    #expect(
      try relations("ناقش الرئيس الأمريكي مع رئيس الوزراء الإسرائيلي الحرب في غزة.") == [
        "USA negotiates-with ISR"
      ])
    #expect(try relations("لوح الرئيس الأمريكي بفرض رسوم جمركية على الصين.") == ["USA opposes CHN"])
    #expect(
      try relations("هددت الولايات المتحدة بفرض رسوم جمركية على المكسيك.") == ["USA opposes MEX"])
  }

  @Test func factionsOfACountryAreNotItsState() throws {
    #expect(try relations("هاجمت فصائل عراقية قاعدة أمريكية في سوريا.") == [])
    // "عين الأسد" is an air base, not Assad.
    #expect(
      try relations(
        "اتهم الجيش الأمريكي فصائل عراقية موالية لإيران بالهجوم على قاعدة عين الأسد.") == [])
  }
}
