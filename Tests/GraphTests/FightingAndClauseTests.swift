import Testing

@testable import Graph

/// Fighting and war as force and stance, and the clause shapes that kept fighting verbs from
/// their arguments: "ما زال"/"لا يزال" (still, no negation), a time phrase between the verb and
/// its "ضد", a subject before a relative clause, "is at war with".
@Suite("Relations: fighting, war and the clauses around them")
struct FightingAndClauseTests {
  /// Relations with the built-in gazetteer, lexicon and titles ("?" marks a hypothetical one).
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2018-06-01")
  }

  @Test func fightingIsForceAndAStance() throws {
    #expect(
      try relations("وتقاتل السعودية الحوثيين.") == ["SAU strikes HOUTHIS", "SAU opposes HOUTHIS"])
    #expect(try relations("Russia fought Ukraine.") == ["RUS strikes UKR", "RUS opposes UKR"])
    #expect(
      try relations("The United States declared war on Iraq.")
        == ["USA strikes IRQ", "USA opposes IRQ"])
    // Other acts of force state no stance of their own.
    #expect(try relations("وقصفت السعودية الحوثيين.") == ["SAU strikes HOUTHIS"])
    #expect(try relations("Russia bombed Ukraine.") == ["RUS strikes UKR"])
    // A refusal to fight gives what the refusal says, nothing more.
    #expect(!(try relations("ولم تقاتل السعودية الحوثيين.").contains("SAU opposes HOUTHIS")))
  }

  @Test func aJointVerbHasItsSubjectBeyondAnApposition() throws {
    #expect(
      try relations("Hezbollah, backed by Iran, has traded fire with Israel since October.")
        .sorted()
        == ["HEZBOLLAH strikes ISR", "IRN supports HEZBOLLAH", "ISR strikes HEZBOLLAH"])
    #expect(
      try relations("The Houthis, who control Sanaa, exchanged fire with Saudi forces.").sorted()
        == ["HOUTHIS strikes SAU", "SAU strikes HOUTHIS"])
    // A noun has no verb subject: "talks" after an apposition stays without one.
    #expect(
      try relations("Hezbollah, backed by Iran, said talks with Israel were impossible.").sorted()
        == ["IRN supports HEZBOLLAH"])
  }

  @Test func anAttackClaimedByAnActorIsItsAct() throws {
    #expect(
      try relations("A suicide bombing claimed by al-Shabaab killed 10 Somali soldiers.")
        == ["SHABAAB strikes SOM"])
    #expect(
      try relations("The attack, which was claimed by the Islamic State, killed 12 Iraqi soldiers.")
        == ["ISIS strikes IRQ"])
    // Soldiers attacked by an actor are no attack noun.
    #expect(
      try relations("Soldiers attacked by the Taliban killed two Pakistani militants.").allSatisfy {
        !$0.hasPrefix("TALIBAN strikes PAK")
      })
  }

  @Test func atWarWithIsNoPassive() throws {
    // "is at war with": a form of "be" before a preposition makes no passive.
    #expect(
      try relations("The United States is at war with al Qaeda.")
        == ["USA strikes AQ", "USA opposes AQ"])
    #expect(try relations("The US was attacked by al Qaeda.") == ["AQ strikes USA"])
  }

  @Test func stillIsNoNegation() throws {
    // "لا تزال" and "لم تزل": a negated "cease" says "still".
    #expect(
      try relations("ولا تزال السعودية تقاتل الحوثيين.") == [
        "SAU strikes HOUTHIS", "SAU opposes HOUTHIS",
      ])
    #expect(try relations("ولا يزال الحوثيون يقصفون السعودية.") == ["HOUTHIS strikes SAU"])
    #expect(try relations("ولم تقصف السعودية الحوثيين.").isEmpty)
  }

  @Test func aTimePhraseStandsBeforeTheObject() throws {
    #expect(
      try relations("وتقاتل السعودية منذ عام 2015 ضد الحوثيين.") == [
        "SAU strikes HOUTHIS", "SAU opposes HOUTHIS",
      ])
    #expect(
      try relations("ويمثل ذلك ضربة للحوثيين الذين يقاتلون منذ ثلاث سنوات ضد السعودية.") == [
        "HOUTHIS strikes SAU", "HOUTHIS opposes SAU",
      ])
    // A place phrase is still a step: two prepositions are too far for an object.
    #expect(
      try relations("ويقاتل الحوثيون في مأرب مع القبائل ضد تنظيم القاعدة في اليمن.").allSatisfy {
        !$0.hasSuffix("YEM")
      })
  }

  @Test func aSubjectStandsBeforeItsRelativeClause() throws {
    #expect(
      try relations("السعودية، التي يدعمها الغرب، قصفت مواقع الحوثيين.") == ["SAU strikes HOUTHIS"])
    #expect(
      try relations(
        "وما زال التحالف بقيادة السعودية، الذي يدعمه الغرب يقاتل منذ ثلاث سنوات حركة الحوثيين.")
        == ["SAUDI_COALITION strikes HOUTHIS", "SAUDI_COALITION opposes HOUTHIS"])
    // What the relative clause reports is not the antecedent's act.
    #expect(
      try relations("وتبنت حركة طالبان، التي قالت انها ارادت ضرب جنود أمريكيين، الهجوم.").allSatisfy
      {
        !$0.hasPrefix("TALIBAN strikes")
      })
    // A preposition's object is no subject.
    #expect(
      try relations("وقالت مصادر للحوثيين، التي تسيطر على صنعاء، قصفت طائرات مواقع في مأرب.")
        .allSatisfy { !$0.hasPrefix("HOUTHIS") })
  }

  @Test func aStateOfConflictHasTheSubjectOfBe() throws {
    #expect(try relations("Turkey is currently in conflict with Greece.") == ["TUR opposes GRC"])
    #expect(try relations("Turkey is in a dispute with Greece.") == ["TUR opposes GRC"])
    // The subject before an apposition; "it" is the actor named after the subject.
    #expect(
      try relations(
        "The Southern Transitional Council, previously an ally of the government of Yemen, is "
          + "currently in conflict against it. Both sides also oppose Houthi rebels.")
        == ["STC opposes YEM", "STC opposes HOUTHIS", "YEM opposes HOUTHIS"])
  }

  @Test func anObjectPronounStandsForAnActorNamedAfterTheSubject() throws {
    #expect(
      try relations("Turkey, a former ally of the Syrian government, has attacked it.")
        == ["TUR strikes SYR"])
    #expect(try relations("Turkey is in conflict with it.").isEmpty)
    // Named before the subject the verb found: not the pronoun's actor.
    #expect(
      try relations("Egypt condemned the deal between Turkey and the GNA and vowed to fight it.")
        .allSatisfy { !$0.hasSuffix("EGY") })
  }

  @Test func anAttackOnAnOrganisationsBaseIsForce() throws {
    #expect(
      try relations("Al-Shabaab militants attacked an African Union base in Somalia.")
        == ["SHABAAB strikes AU"])
    #expect(try relations("Al-Shabaab attacked UN peacekeepers.") == ["SHABAAB strikes UN"])
    // Words aimed at the organisation's head stay words.
    #expect(try relations("Hezbollah attacked the UN chief.") == ["HEZBOLLAH opposes UN"])
  }

  @Test func forcesOfAnActorNamedByItsNisba() throws {
    // The article's ل is no preposition: the nisba's actor owns "قواتها".
    #expect(
      try relations("أعلنت الحكومة الروسية أن قواتها قصفت تنظيم داعش.") == ["RUS strikes ISIS"])
    #expect(
      try relations("أعلنت وزارة الدفاع الروسية أن طائراتها دمرت مواقع لتنظيم داعش.")
        == ["RUS strikes ISIS"])
    // After a preposition the actor owns nothing that follows.
    #expect(try relations("وقالت مصادر للحكومة الروسية إن قواتها قصفت تنظيم داعش.").isEmpty)
  }

  @Test func whoBrokersTalksMeetsTheParties() throws {
    #expect(
      try relations("Egypt brokered a ceasefire between Israel and Islamic Jihad.") == [
        "EGY negotiates-with ISR", "EGY negotiates-with PIJ", "ISR negotiates-with PIJ",
      ])
  }

  @Test func solidarityIsSupport() throws {
    #expect(try relations("وأعربت قطر عن تضامنها مع تركيا.") == ["QAT supports TUR"])
    #expect(try relations("وأكدت الجزائر وقوفها إلى جانب تونس.") == ["DZA supports TUN"])
    // "of" after a head the actor owns names the owner, not where help comes from.
    #expect(
      try relations("Turkey expressed solidarity with the government of Qatar.")
        == ["TUR supports QAT"])
    #expect(try relations("Russia sent aid to the government of Syria.") == ["RUS supports SYR"])
    // A cue that ends in its preposition takes no object inside a later relative clause.
    #expect(
      try relations("ووصل شافيز إلى سوريا لإظهار التضامن مع هذا البلد الذي يواجه ضغوطا أميركية.")
        .allSatisfy { !$0.hasPrefix("VEN supports") || $0 == "VEN supports SYR" })
  }

  @Test func aParentheticalOfTimeOrPlaceIsPassedOver() throws {
    #expect(
      try relations(
        "وانتقد وزير الخارجية الروسي سيرغي لافروف، في مؤتمر صحفي عقده في موسكو أمس، الولايات المتحدة."
      )
        == ["RUS opposes USA"])
    #expect(
      try relations("وشنت إسرائيل، فجر اليوم، غارات على مواقع لحماس.") == ["ISR strikes HAMAS"])
    #expect(
      try relations(
        "وكانت الولايات المتحدة قد فرضت في وقت سابق من العام الجاري عقوبات على كوريا الشمالية.")
        == ["USA opposes PRK"])
    // A parenthetical that names an actor other than a place is no aside.
    #expect(try relations("وانتقد لافروف، في إشارة إلى الولايات المتحدة، الدول الغربية.").isEmpty)
  }

  @Test func dawnBeforeADayIsNoVerb() throws {
    // "فجر اليوم" (at dawn today), not "فجّر" (blew up); the nisba's noun is the subject's.
    #expect(
      try relations("وشن الطيران الإسرائيلي فجر اليوم غارات على مواقع تابعة لحركة حماس.")
        == ["ISR strikes HAMAS"])
  }

  @Test func aPersonWhoseOfficeChangedIsReadByTheDate() throws {
    // Abdelilah al-Khatib: Jordan's foreign minister in 2005-2007, the UN's envoy in 2011.
    let text = "وانتقد عبد الاله الخطيب إسرائيل."
    #expect(try builtInRelations(text, date: "2006-08-01") == ["JOR opposes ISR"])
    #expect(try builtInRelations(text, date: "2011-06-01") == ["UN opposes ISR"])
  }

  @Test func talksInAPhraseAreTheSubjects() throws {
    // "after talks with": the sentence's subject talked, not the verb's object.
    #expect(
      try relations("Turkey criticized Russia after talks with Iran.") == [
        "TUR opposes RUS", "TUR negotiates-with IRN",
      ])
  }

  @Test func aComplementizerEndsTheSpeakersPhrase() throws {
    // "مسؤول أمريكي إن واشنطن": two mentions of one actor on either side of "إن" are no
    // apposition; the second is the subject of the reported clause.
    #expect(
      try relations("وقال مسؤول أمريكي إن واشنطن تدعم أوكرانيا.") == ["USA supports UKR"])
    #expect(try relations("وقالت فرنسا إن فرنسا تدعم أوكرانيا.") == ["FRA supports UKR"])
    // A title and name still make one mention.
    #expect(
      try relations("وقال الرئيس التركي رجب طيب أردوغان إن تركيا تدعم قطر.") == [
        "TUR supports QAT"
      ])
  }

  @Test func whoIsHeldResponsibleIsOpposed() throws {
    // A verdict in reported speech: the speaker opposes the one who bears responsibility.
    #expect(
      try relations("وقالت حماس في بيان إن الاحتلال الإسرائيلي يتحمل مسؤولية التصعيد.") == [
        "HAMAS opposes ISR"
      ])
    #expect(
      try relations("Iran said the United States bears full responsibility for the attack.")
        == ["IRN opposes USA"])
    #expect(try relations("وقالت حماس إن إسرائيل لا تتحمل مسؤولية التصعيد.").isEmpty)
  }

  @Test func opposingSanctionsOnAnActorIsNoOppositionToIt() throws {
    // The sanctions' target is no object of the judgement; their author is.
    #expect(try relations("Moscow opposes the sanctions on Iran.").isEmpty)
    #expect(
      try relations("Russia condemned the US sanctions on Iran.") == [
        "RUS opposes USA", "USA opposes IRN",
      ])
  }

  @Test func breakingOffTiesAndWithdrawingEnvoysOppose() throws {
    #expect(try relations("وقطعت المغرب علاقاتها الدبلوماسية مع إيران.") == ["MAR opposes IRN"])
    #expect(try relations("وسحبت السعودية سفيرها من لبنان.") == ["SAU opposes LBN"])
    // Without ties or an envoy the verbs say nothing of a stance.
    #expect(try relations("وقطعت قوات الدعم السريع الطريق بين الخرطوم ومدني.").isEmpty)
    #expect(try relations("وسحبت روسيا قواتها من سوريا.").isEmpty)
  }
}
