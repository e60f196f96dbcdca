import Foundation
import Testing

@testable import Graph

/// A verb with و whose subject has its object right after it, or a title after it, opens a
/// clause of its own; a participle of accusing after a comma takes the sentence's subject
/// ("متهمة إسرائيل", "متهما إياها"); كان ... قد keeps its subject; "كل من" before a list of
/// condemners; adverbs of time between commas; long phrases after a head of what is hit.
@Suite("Relations: coordinated clauses, participles of accusing and phrases of what is hit")
struct CoordinatedClausesAndParticiplesTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2024-06-01")
  }

  @Test func aVerbWithWawAndItsOwnSubjectAndObject() throws {
    // (Was QAT opposes IRN: the titled subject read as the object of Qatar's second verb.)
    #expect(
      try relations("انتقدت قطر الضربات الأمريكية واتهم الرئيس الإيراني إسرائيل بالتصعيد.")
        == ["QAT opposes USA", "IRN opposes ISR"])
    // (Was QAT opposes IRN and USA strikes IRN across the verb.)
    #expect(
      try relations("انتقدت قطر الضربات الأمريكية وتتهم إيران إسرائيل بالتصعيد.")
        == ["QAT opposes USA", "IRN opposes ISR"])
    // guard: a feminine verb before a title keeps the subject before ("supports the president").
    #expect(
      try relations("تنتقد روسيا السياسة الأمريكية وتدعم الرئيس السوري.")
        == ["RUS opposes USA", "RUS supports SYR"])
    // guard: one object only, the subject is shared, as before.
    #expect(
      try relations("باريس تعارض التدخل التركي وتدعم حفتر.") == [
        "FRA opposes TUR", "FRA supports LNA",
      ])
  }

  @Test func eachOfBeforeAListOfCondemners() throws {
    // (Was EGY, SAU and QAT strikes SDN: the last condemner read as the attacks' author.)
    #expect(
      try relations("ودانت كل من مصر والسعودية وقطر الهجمات على المنشآت المدنية في بورتسودان.")
        == [])
    #expect(
      try relations("ودانت مصر والسعودية وقطر الهجمات على المنشآت المدنية في بورتسودان.") == [])
  }

  @Test func aParticipleOfAccusingAfterAComma() throws {
    #expect(try relations("انتقدت مصر القرار، متهمة إسرائيل بالتصعيد.") == ["EGY opposes ISR"])
    #expect(
      try relations(
        "أرجأ مكتب رئيس الوزراء الإسرائيلي بنيامين نتنياهو التصويت، متهما حماس بالتراجع.")
        == ["ISR opposes HAMAS"])
    // (Was SDN supports RSF: the pronoun after the participle is the actor named before it.)
    #expect(
      try relations(
        "أعلن السودان قطع العلاقات مع الإمارات، متهماً إياها بتزويد قوات الدعم السريع بالمسيرات.")
        == ["SDN opposes ARE", "ARE supports RSF ?"])
    // guard: with the article it is an adjective, the accused, and no cue.
    #expect(
      try relations(
        "أقر أحد الجنود الأميركيين الاربعة المتهمين باغتصاب فتاة عراقية عمرها 14 عاما قبل قتلها هي وعائلتها بأنه مذنب."
      ) == [])
  }

  @Test func theSecurityAndDefenceCouncilIsNoUNBody() throws {
    // (Was UN opposes ARE beside SDN opposes ARE.)
    #expect(
      try relations("أعلن مجلس الأمن والدفاع السوداني قطع العلاقات الدبلوماسية مع دولة الإمارات.")
        == ["SDN opposes ARE"])
  }

  @Test func adverbsOfTimeBetweenCommas() throws {
    #expect(
      try relations("أعلن السودان، الثلاثاء، قطع العلاقات مع الإمارات.") == ["SDN opposes ARE"])
    // guard: without the commas, as before.
    #expect(try relations("أعلن السودان الثلاثاء قطع العلاقات مع الإمارات.") == ["SDN opposes ARE"])
  }

  @Test func recallingAnEnvoyAndDemandsToBackDown() throws {
    #expect(try relations("أعلنت مالي استدعاء سفيرها لدى الجزائر للتشاور.") == ["MLI opposes DZA"])
    #expect(try relations("ودعت فرنسا تل أبيب إلى التراجع عن القرار.") == ["FRA opposes ISR"])
    #expect(try relations("طالبت مصر إسرائيل بالتراجع عن قرارها.") == ["EGY opposes ISR"])
    // guard: backing down oneself is no demand of anyone.
    #expect(try relations("أعلنت الحكومة التراجع عن القرار.") == [])
  }

  @Test func theOccupationsGovernment() throws {
    #expect(
      try relations("حمّلت الرئاسة الفلسطينية حكومة الاحتلال المسؤولية عن تداعيات القرار.")
        == ["PSE opposes ISR"])
  }

  @Test func theSubjectOfKanaBeforeQad() throws {
    // (Was SYR supports SDF: the place in the subject's phrase read as the subject.)
    #expect(
      try relations("وكانت القوات الأمريكية المنتشرة في شمال شرق سوريا قد دعمت قسد لسنوات.")
        == ["USA supports SDF"])
    #expect(
      try relations("وكانت القوات الأمريكية المنتشرة في سوريا قد دعمت قسد لسنوات.")
        == ["USA supports SDF"])
  }

  @Test func aTitledPersonsVerbSharedAfterAComma() throws {
    // (Each gave nothing: the title before the person's name and nisba stood before the
    // subject.)
    #expect(
      try builtInRelations(
        "ورحب الرئيس الأمريكي جو بايدن بالاتفاق، وأشاد بالرئيس المصري على دوره.",
        date: "2021-05-21") == ["USA supports EGY"])
    #expect(
      try builtInRelations(
        "ورحب الرئيس الأمريكي جو بايدن بالاتفاق، وأشاد بالرئيس المصري عبد الفتاح السيسي على دوره.",
        date: "2021-05-21") == ["USA supports EGY"])
  }

  @Test func theSubjectRightBeforeKanaAndQad() throws {
    // (Each gave nothing, or the objects meeting each other.)
    #expect(
      try relations("وفرنسا كانت قد أدانت ألمانيا وإيطاليا.") == [
        "FRA opposes DEU", "FRA opposes ITA",
      ])
    #expect(
      try relations("علما بأن وزير الدفاع الأمريكي مارك إسبر كان قد زار طوكيو وسيول.") == [
        "USA negotiates-with JPN", "USA negotiates-with KOR",
      ])
  }

  @Test func longPhrasesAfterAHeadOfWhatIsHit() throws {
    #expect(
      try relations("قصفت طائرات إسرائيلية مقر هيئة الأركان العامة السورية.") == ["ISR strikes SYR"]
    )
    #expect(
      try relations("قصفت إسرائيل مقر الأركان ومبنى وزارة الدفاع السورية.") == ["ISR strikes SYR"])
    #expect(try relations("قصفت إسرائيل منشآت نووية في أنحاء إيران.") == ["ISR strikes IRN"])
    #expect(
      try relations("قصفت إسرائيل منشآت نووية وعسكرية في أنحاء إيران.") == ["ISR strikes IRN"])
  }
}

/// English: "it" after a verb of saying or a relative pronoun is the sentence's subject; a
/// verb after "and" shares the subject of the verb before; the one accused after "which it
/// accuses of"; an act of force is no "decision" of the next sentence.
@Suite("Relations: English shared subjects and pronouns of the subject")
struct EnglishSharedSubjectsTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2025-06-01")
  }

  @Test func itAfterAVerbOfSaying() throws {
    // (Was LBN strikes HEZBOLLAH.)
    #expect(
      try relations(
        "The Israeli military carried out several strikes in southern Lebanon on Friday, saying it hit Hezbollah operatives."
      ) == ["ISR strikes LBN", "ISR strikes HEZBOLLAH"])
    // guard: after "said", as before.
    #expect(try relations("Hamas said it fired rockets at Israel.") == ["HAMAS strikes ISR"])
  }

  @Test func aVerbAfterAndSharesTheSubject() throws {
    // (Was MLI opposes UKR.)
    #expect(
      try relations("Niger followed Mali on Tuesday and also broke ties with Kyiv.")
        == ["NER opposes UKR"])
    // guard: the actor's own verb before "and" keeps it as the subject.
    #expect(
      try relations("Sudan said the UAE financed and armed the Rapid Support Forces.")
        == ["ARE supports RSF"])
    // guard: a subject of its own after "and".
    #expect(
      try relations("Russia attacked Kyiv and Ukraine struck Belgorod.")
        == ["RUS strikes UKR", "UKR strikes RUS"])
  }

  @Test func theOneAccusedByARelativeClause() throws {
    // (Was ARE opposes RSF.)
    #expect(
      try relations(
        "Sudan's government has rejected any role for the UAE, which it accuses of arming the RSF.")
        == ["SDN opposes ARE", "ARE supports RSF"])
  }

  @Test func anActOfForceIsNoDecision() throws {
    // (Was UKR opposes JNIM.)
    #expect(
      try relations(
        "JNIM claimed to have killed 50 Russians in an ambush. Ukraine's foreign ministry rejected the decision as hasty."
      ) == ["JNIM strikes RUS"])
  }
}
