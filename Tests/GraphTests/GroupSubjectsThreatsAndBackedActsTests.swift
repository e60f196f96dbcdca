import Foundation
import Testing

@testable import Graph

/// A nisba after two coordinated nouns names the light verb's subject past a time phrase; an
/// attack told before and named again as done "بدعم من"/"with the support of" is backed by
/// those after the cue; a threat told as what will befall an actor (توعد ... بأن X سيدفع)
/// opposes that actor.
@Suite("Relations: coordinated force nouns, backed acts told before, threatened fates")
struct GroupSubjectsThreatsAndBackedActsTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2024-01-12")
  }

  @Test func aNisbaAfterTwoCoordinatedNounsBeforeATimePhrase() throws {
    // (Was nothing: the two nouns before the nisbas hid the light verb.)
    #expect(
      try relations(
        "شنت طائرات حربية وسفن أمريكية وبريطانية فجر الجمعة عشرات الغارات على مواقع تابعة لجماعة الحوثي في صنعاء."
      ) == ["USA strikes HOUTHIS", "GBR strikes HOUTHIS"])
    // guard: one noun, as before.
    #expect(
      try relations(
        "شنت مقاتلات ومسيرات إسرائيلية صباح الأحد غارات على مواقع لحزب الله في جنوب لبنان.")
        == ["ISR strikes HEZBOLLAH"])
  }

  @Test func anAttackToldBeforeAndDoneWithBacking() throws {
    #expect(
      try relations(
        "شنت طائرات أمريكية وبريطانية غارات على مواقع الحوثيين في صنعاء.\nوقال الرئيس الأمريكي جو بايدن إن الضربات نُفذت \"بدعم من أستراليا والبحرين وكندا وهولندا\"."
      ) == [
        "USA strikes HOUTHIS", "GBR strikes HOUTHIS", "AUS supports USA", "AUS supports GBR",
        "BHR supports USA", "BHR supports GBR", "CAN supports USA", "CAN supports GBR",
        "NLD supports USA", "NLD supports GBR",
      ])
    // The backing goes to the attack's author, not to the speaker.
    #expect(
      try relations(
        "شن الحوثيون هجوما على سفينة تجارية في البحر الأحمر.\nوقال مسؤول أمريكي إن الهجوم نفذ بدعم من إيران."
      ) == ["IRN supports HOUTHIS"])
    // guard: English already read it.
    #expect(
      try relations(
        "Israeli jets struck Hezbollah positions in southern Lebanon on Tuesday.\nThe Israeli military said the strikes were carried out with the support of U.S. intelligence."
      ) == ["ISR strikes HEZBOLLAH", "USA supports ISR"])
  }

  @Test func aThreatToldAsWhatWillBefallAnActor() throws {
    #expect(
      try relations("وتوعد الحوثيون بأن الولايات المتحدة وبريطانيا \"ستدفعان الثمن باهظاً\".")
        == ["HOUTHIS opposes USA", "HOUTHIS opposes GBR"])
    #expect(try relations("وهدد الحرس الثوري بأن إسرائيل ستندم على هجومها.") == ["IRN opposes ISR"])
    // guard: a warning of what will befall a state is no threat against it.
    #expect(try relations("وحذرت الأمم المتحدة بأن السودان سيواجه مجاعة.") == [])
  }

  @Test func membersListedAfterTheBodyTheyForm() throws {
    // (Was nothing: the list between commas hid the light verb.)
    #expect(
      try relations(
        "أعلنت دول تحالف الساحل، مالي وبوركينا فاسو والنيجر، مساء الأحد، استدعاء سفرائها لدى الجزائر للتشاور."
      ) == ["AES opposes DZA", "MLI opposes DZA", "BFA opposes DZA", "NER opposes DZA"])
    // (Was nothing: a dual envoy, "سفيريها".)
    #expect(
      try relations("ثم ردت الجزائر باستدعاء سفيريها في باماكو ونيامي.") == [
        "DZA opposes MLI", "DZA opposes NER",
      ])
    // (Was nothing: "المالية" alone may be "financial"; the armed forces' nisba is Mali's.)
    #expect(
      try relations("أسقط الجيش الجزائري طائرة مسيرة تابعة للقوات المسلحة المالية.")
        == ["DZA strikes MLI"])
  }

  @Test func aPronounOnTheVerbForTheAttackNamedBefore() throws {
    // (Was SYR opposes ISR only: "دانتها" named no object.)
    #expect(
      try builtInRelations(
        "شن الطيران الإسرائيلي غارات على دمشق.\nودانت وزارة الخارجية السورية الغارات، واعتبرتها «عدواناً سافراً»، كما دانتها السعودية وقطر والأردن وتركيا في بيانات منفصلة.",
        date: "2025-07-16")
        == [
          "ISR strikes SYR", "SYR opposes ISR", "SAU opposes ISR", "QAT opposes ISR",
          "JOR opposes ISR", "TUR opposes ISR",
        ])
  }

  @Test func theArmyAStatementSpeaksOfIsTheSpeakersState() throws {
    // (Was nothing: the army had no state.)
    #expect(
      try builtInRelations(
        "وقال وزير الدفاع الإسرائيلي يسرائيل كاتس إن الجيش سيواصل ضرب قوات النظام السوري حتى انسحابها من السويداء.",
        date: "2025-07-16") == ["ISR strikes SYR"])
    // guard: a place after an act, as before.
    #expect(
      try builtInRelations(
        "قال وزير الدفاع الإسرائيلي إن الجيش سيواصل عملياته ضد حماس في غزة.", date: "2025-07-16")
        == ["ISR strikes HAMAS"])
  }

  @Test func aPlaceOfTheSubjectsOwnStateBeforeTheObject() throws {
    // (Was the accusation alone, with no SDN opposes ARE.)
    #expect(
      try builtInRelations(
        "واتهمت الحكومة السودانية في بورتسودان دولة الإمارات بتزويد الدعم السريع بالأسلحة.",
        date: "2025-07-27") == ["SDN opposes ARE", "ARE supports RSF ?"])
    // guard: a meeting, as before.
    #expect(
      try relations("التقى رئيس الوزراء العراقي في بغداد وزير الخارجية الإيراني.") == [
        "IRQ negotiates-with IRN"
      ])
  }

  @Test func aTitleOfTwoWordsBeforeTheNisbaOfTheSubject() throws {
    // (Was nothing: the verbal noun after the titled subject was read as a verb.)
    #expect(
      try relations("أكد وزير الخارجية المصري بدر عبد العاطي دعم مصر الكامل للحكومة السودانية.")
        == ["EGY supports SDN"])
  }

  @Test func aDescriptionBetweenCommasBeforeQadAndTheVerb() throws {
    // (Was nothing: "، وهي تحالف ...،" hid the subject.)
    #expect(
      try builtInRelations(
        "وكانت المقاومة الإسلامية في العراق، وهي تحالف يضم فصائل أبرزها كتائب حزب الله والنجباء، قد تبنت عشرات الهجمات على القوات الأمريكية.",
        date: "2024-02-03") == ["ISLAMIC_RESISTANCE_IRAQ strikes USA"])
    // So does a relative clause between commas, with actors of its own.
    #expect(
      try builtInRelations(
        "وكانت حركة الشباب، التي تدعمها إريتريا، قد تبنت الهجوم على القاعدة الكينية.",
        date: "2024-02-03") == ["ERI supports SHABAAB", "SHABAAB strikes KEN"])
    #expect(
      try builtInRelations(
        "واتهمت قوات الدعم السريع، التي يقودها محمد حمدان دقلو، الجيش السوداني بخرق الهدنة.",
        date: "2024-02-03") == ["RSF opposes SDN"])
  }

  @Test func aResponseWithProjectilesFiredAtAnActor() throws {
    // (Was nothing.)
    #expect(try relations("ردت طهران بموجات من الصواريخ على إسرائيل.") == ["IRN strikes ISR"])
    // guard: a reply to words fires nothing.
    #expect(try relations("ردت مصر على الانتقادات الإسرائيلية.") == [])
  }

  @Test func anAttackToldInThePluperfectIsBackground() throws {
    // (Was IRQ opposes KATAIB_HEZBOLLAH: the background attack took the place of the strikes.)
    #expect(
      try builtInRelations(
        "شنت القوات الأمريكية غارات على مواقع للحشد الشعبي في العراق.\nوكانت كتائب حزب الله قد تبنت عشرات الهجمات على القوات الأمريكية.\nودانت الحكومة العراقية الضربات.",
        date: "2024-02-03")
        == ["USA strikes PMF", "KATAIB_HEZBOLLAH strikes USA", "IRQ opposes USA"])
    // guard: an attack told in the past tense is the last one.
    #expect(
      try builtInRelations(
        "شنت القوات الأمريكية غارات على مواقع للحشد الشعبي في العراق.\nوتبنت كتائب حزب الله هجوما على القوات الأمريكية.\nودانت الحكومة العراقية الهجوم.",
        date: "2024-02-03")
        == ["USA strikes PMF", "KATAIB_HEZBOLLAH strikes USA", "IRQ opposes KATAIB_HEZBOLLAH"])
  }

  @Test func anotherNameInBracketsBelongsToTheMention() throws {
    // (Was nothing: the bracketed name split the coordinated subject.)
    #expect(
      try builtInRelations(
        "أعلن المبعوث الأممي أن الحكومة اليمنية وجماعة أنصار الله (الحوثيين) اتفقتا على عدة تدابير لخفض التصعيد.",
        date: "2024-07-23") == ["YEM negotiates-with HOUTHIS"])
  }
}
