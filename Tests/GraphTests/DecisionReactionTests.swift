import Testing

@testable import Graph

/// A reaction that names a decision by its noun ("condemned the law", "انتقدت موسكو القرار",
/// "ورحبت واشنطن بالقرار") concerns the authors of the decision told before
/// (`DecisionMemory`).
@Suite("Relations: reactions to a decision told before")
struct DecisionReactionTests {
  func relations(_ text: String, date: String = "2011-11-13") throws -> [String] {
    try builtInRelations(text, date: date)
  }

  @Test func englishReactionToALaw() throws {
    #expect(
      try relations(
        "China's parliament on Monday approved a law on Taiwan. Premier Wen Jiabao said the law was a law for peace. Japan criticised the law.",
        date: "2005-03-15") == ["JPN opposes CHN"])
  }

  @Test func arabicReactionsToADecision() throws {
    // "قرر" tells the decision itself; a welcome backs its authors, a criticism opposes them.
    #expect(
      try relations(
        "قرر مجلس جامعة الدول العربية أمس تعليق مشاركة الحكومة السورية. ورحبت الولايات المتحدة بالقرار. كما رحب المجلس الوطني السوري المعارض بالقرار. في المقابل، انتقدت موسكو القرار."
      ) == [
        "ARAB_LEAGUE opposes SYR", "USA supports ARAB_LEAGUE", "SYR_OPP supports ARAB_LEAGUE",
        "RUS opposes ARAB_LEAGUE",
      ])
    // A later "قرر" with no subject named is the same authors' decision again.
    #expect(
      try relations(
        "أصدر مجلس الأمن الدولي قرارا يفرض حظرا على الأسلحة. كما قرر المجلس دعوة المعارضة السورية إلى اجتماع. وانتقدت روسيا القرار."
      ) == ["RUS opposes UN"])
  }

  @Test func guards() throws {
    // Those the decision concerns do not back its author by welcoming it.
    #expect(
      try relations(
        "France has decided to withdraw its ambassador from Niger. Niger's military rulers welcomed the decision.",
        date: "2023-09-25") == [])
    // No decision told before: no author.
    #expect(try relations("وانتقدت روسيا القرار.").isEmpty)
  }

  @Test func aReactionEightSentencesOn() throws {
    // An analysis may list the reactions to a law eight sentences after it (window 10; with 6
    // it gave nothing).
    let filler = Array(repeating: "Analysts said the vote had been expected.", count: 7)
      .joined(separator: " ")
    #expect(
      try relations(
        "China's parliament on Monday approved a law against secession. " + filler
          + " The opposition Kuomintang also criticised the law.",
        date: "2005-03-15") == ["TWN_KMT opposes CHN"])
  }

  @Test func aSubjectAfterATitlesWord() throws {
    // An Arabic subject two words after the verb ("وزير الخارجية المصري نبيل فهمي", "وزارة
    // الخارجية المصرية": a title's word first) reacts as one right after it (gave AU opposes
    // EGY only).
    #expect(
      try relations(
        "قرر مجلس السلم والأمن التابع للاتحاد الأفريقي تعليق مشاركة مصر في أنشطة الاتحاد. وانتقد وزير الخارجية المصري نبيل فهمي القرار.",
        date: "2013-07-05") == ["AU opposes EGY", "EGY opposes AU"])
  }

  @Test func decisionsInThePluralAndASubjectAfterATitle() throws {
    // (Each gave nothing.)
    #expect(
      try relations(
        "وأصدر الدبيبة قرارات بإعادة تنظيم الأجهزة الأمنية. وانتقدت روسيا القرارات.",
        date: "2024-05-16") == ["RUS opposes LBY_GNU"])
    #expect(
      try relations(
        "أقر وزراء خارجية الاتحاد الأوروبي أمس حزمة إجراءات. وانتقدت أنقرة الإجراءات.",
        date: "2019-07-16") == ["TUR opposes EU"])
  }

  @Test func aVerdictOnTheDecision() throws {
    // (Each gave nothing: a verdict judged attacks told before, not decisions.)
    #expect(
      try relations(
        "أقر البرلمان الروسي قانونا جديدا. ووصفت وزارة الخارجية الأوكرانية القانون بأنه \"غير مبرر\".",
        date: "2022-02-01") == ["UKR opposes RUS"])
    #expect(
      try relations(
        "China's parliament approved a law on Taiwan. The White House called the law unacceptable.",
        date: "2005-03-15") == ["USA opposes CHN"])
  }

  @Test func aVerdictOnTheActToldBefore() throws {
    // (Gave the agreement alone.)
    #expect(
      try relations(
        "Iran and the United States reached an agreement on Tuesday. Israeli Prime Minister Benjamin Netanyahu called the accord a grave mistake.",
        date: "2015-07-14")
        == ["IRN negotiates-with USA", "ISR opposes IRN", "ISR opposes USA"])
  }

  @Test func adjectivesOfVerdictOnATest() throws {
    // (Gave nothing: "hostile" and "dangerous" were no verdicts.)
    #expect(
      try relations(
        "North Korea conducted its sixth nuclear test on Sunday. US President Donald Trump called the test hostile and dangerous.",
        date: "2017-09-04") == ["USA opposes PRK"])
  }

  @Test func aDecisionItsActorOwns() throws {
    // (Each gave nothing: only the subject of a verb of adopting authored a decision.)
    #expect(
      try relations(
        "Greece's new education law took effect on Monday. Albania condemned the law.",
        date: "2019-12-14") == ["ALB opposes GRC"])
    #expect(
      try relations(
        "The Swiss ban on minarets took effect on Monday. Turkey condemned the ban.",
        date: "2009-12-14") == ["TUR opposes CHE"])
  }

  @Test func verdictsOfInsultAndInjustice() throws {
    // (Each gave nothing: "discriminatory", "an insult to" and "a blow to" were no verdicts.)
    #expect(
      try relations(
        "Myanmar passed a citizenship law in 1982. The UN said the law was discriminatory.",
        date: "2017-09-14") == ["UN opposes MMR"])
    #expect(
      try relations(
        "Afghanistan's Taliban rulers issued a decree on the statues. Iran's government called the decree an insult to Islam.",
        date: "2001-03-12") == ["IRN opposes TALIBAN"])
    #expect(
      try relations(
        "Afghanistan's Taliban rulers issued a decree on the statues. Iran's government called the decree a blow to Islam's image.",
        date: "2001-03-12") == ["IRN opposes TALIBAN"])
  }

  @Test func aVerdictOnWhatAnActorSuffered() throws {
    // The one jailed or arrested is not the one judged (each gave TUR_HDP opposes TUR_CHP).
    #expect(
      try relations(
        "The pro-Kurdish DEM Party called Imamoglu's arrest a violation of the law.",
        date: "2025-03-24"
      ).isEmpty)
    #expect(
      try relations(
        "The pro-Kurdish DEM Party called Imamoglu's jailing a violation of the law.",
        date: "2025-03-24"
      ).isEmpty)
  }

  @Test func anArabicDecisionInConstructWithItsAuthor() throws {
    // (Gave nothing: only the subject of a verb of adopting authored a decision.)
    #expect(
      try relations(
        "وجاء قرار مجلس الأمن بعد أشهر من المفاوضات. وانتقدت روسيا القرار.",
        date: "2021-03-24") == ["RUS opposes UN"])
    // A reaction to the decision a welcome named is to the decision's authors (gave RUS opposes
    // EGY: the welcome was the act remembered).
    #expect(
      try relations(
        "رحبت مصر بقرار مجلس الأمن الدولي تمديد العقوبات. وانتقدت روسيا القرار.",
        date: "2021-03-24") == ["EGY supports UN", "RUS opposes UN"])
  }

  @Test func anArabicSubjectWithATitleAndATimeBeforeTheNoun() throws {
    // Nine words between the verb and "قرارا" (eight were read: gave nothing).
    #expect(
      try relations(
        "تبنى مجلس حقوق الإنسان التابع للأمم المتحدة أمس الثلاثاء قرارا ينتقد سجل سريلانكا. ورفض وزير الخارجية السريلانكي القرار.",
        date: "2021-03-24") == ["LKA opposes UN"])
  }

  @Test func anArabicObjectBeforeTheSubject() throws {
    // "وعارض القرار لبنان واليمن" (the decision, then who opposed it; gave the suspension alone).
    #expect(
      try relations(
        "قرر مجلس الجامعة العربية تعليق عضوية سوريا. وعارض القرار لبنان واليمن.")
        == ["ARAB_LEAGUE opposes SYR", "LBN opposes ARAB_LEAGUE", "YEM opposes ARAB_LEAGUE"])
    #expect(
      try relations(
        "قرر مجلس الجامعة العربية تعليق عضوية سوريا. وعارضت القرار كل من سوريا ولبنان.")
        == ["ARAB_LEAGUE opposes SYR", "SYR opposes ARAB_LEAGUE", "LBN opposes ARAB_LEAGUE"])
  }
}
