import Testing

@testable import Graph

/// Actors a sentence names near a cue that are not its arguments: the subject of another verb,
/// the place an act took place, the giver of help after "من", a speaker from an earlier
/// clause; and short names the gazetteer vouches for.
@Suite("Relations: actors that are not the cue's arguments")
struct ArgumentBoundaryTests {
  /// Relations with the built-in gazetteer, lexicon and titles.
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2006-08-01")
  }

  @Test func forcesLoyalToAnActorActAsIt() throws {
    // VSO: the name after the force noun and its participle of allegiance is the subject.
    #expect(
      try relations("هاجم مسلحون موالون لمقتدى الصدر القوات البريطانية في البصرة.") == [
        "IRQ_SADRISTS strikes GBR"
      ])
    #expect(try relations("هاجمت قوات موالية لحفتر حكومة الوفاق.") == ["LNA strikes GNA"])
    #expect(
      try relations("Gunmen loyal to Moqtada al-Sadr attacked British troops.") == [
        "IRQ_SADRISTS strikes GBR"
      ])
    // Militias loyal to a state are its proxies, not its forces.
    #expect(try relations("هاجمت ميليشيات موالية لإيران القوات الأمريكية.").isEmpty)
    // Al-Qaeda in Mesopotamia is the Islamic State of Iraq of 2006.
    #expect(
      try relations("أعلنت القاعدة في بلاد الرافدين مسؤوليتها عن الهجوم على الشرطة العراقية.") == [
        "ISI strikes IRQ"
      ])
  }

  @Test func whoCondemnsAnAttackDidNotCommitIt() throws {
    // The name before the noun is the verb's subject; the attack's author is not named, and
    // the attack's target is not what Egypt opposes (as with "هجمات على سوريا").
    #expect(try relations("أدانت مصر الهجمات على سوريا.").isEmpty)
    #expect(try relations("أدانت مصر هجمات على سوريا.").isEmpty)
    #expect(try relations("أدانت مصر الهجمات.").isEmpty)
    // A light verb's subject is the act's author.
    #expect(try relations("شنت تركيا هجمات على سوريا.") == ["TUR strikes SYR"])
  }

  @Test func theVictimsOfACondemnedActAreNotItsTarget() throws {
    // "condemned the killing of X by Y": the condemnation is aimed at Y; Y struck X.
    #expect(
      try relations("Egypt condemned the killing of Palestinian protesters by Israeli forces.")
        == ["EGY opposes ISR"])
    #expect(
      try relations("أدانت مصر قتل المتظاهرين الفلسطينيين من قبل القوات الإسرائيلية.")
        == ["EGY opposes ISR"])
    #expect(
      try relations("أدانت مصر اغتيال القيادي الفلسطيني على يد القوات الإسرائيلية.")
        == ["EGY opposes ISR", "ISR strikes PSE"])
    // Without an author the victims are still not the target.
    #expect(try relations("Egypt condemned the killing of Palestinian protesters.").isEmpty)
    // A verbal noun right after another verb's subject has no agent of its own there.
    #expect(try relations("أدانت مصر قتل المتظاهرين الفلسطينيين.").isEmpty)
  }

  @Test func whereAnActTookPlaceIsNoArgument() throws {
    // "التي شهدتها X": X witnessed the act (it took place there); "التي تعرضت لها X": X
    // suffered it. Neither is its author nor its object.
    #expect(try relations("أدانت مصر الهجمات التي شهدتها سوريا.").isEmpty)
    #expect(try relations("انتقد الأردن التظاهرات التي شهدتها سويسرا.").isEmpty)
    // The author after the relative pronoun still counts.
    #expect(
      try relations("أدانت مصر الهجمات التي شنتها إسرائيل.") == ["EGY opposes ISR"])
  }

  @Test func helpFromAnActorIsGivenByIt() throws {
    // "الدعم من ألمانيا": Germany gives; whom it helps is not said.
    #expect(
      try relations("ستأتي القوات من إسبانيا إضافة للدعم اللوجستي من ألمانيا.").isEmpty)
    #expect(try relations("أعلنت روسيا الدعم لسوريا.") == ["RUS supports SYR"])
  }

  @Test func aCoordinatedVerbInsideASentenceHasANounSubject() throws {
    // "غير أن الجهاز الفني عاد وحذر ...": the subject is a noun no actor names, not the
    // speaker of the sentence before.
    #expect(
      try relations("قالت متحدثة إسرائيلية إن الجيش انسحب. غير أن الجهاز الفني عاد وندد بمصر.")
        .isEmpty)
    // At the start of a sentence the verb continues the speaker's words.
    #expect(
      try relations("قال وزير الخارجية المصري إن الوضع خطير. وندد بإسرائيل.")
        == ["EGY opposes ISR"])
  }

  @Test func aTitleWithAndAfterTheSubjectIsASecondSubject() throws {
    // "حذر X وفخامة الرئيس Y من ...": both warn; Y is not the object.
    #expect(
      try relations("حذر العاهل الأردني وفخامة الرئيس المصري من النتائج الخطيرة.").isEmpty)
    #expect(try relations("حذر العاهل الأردني الرئيس المصري من النتائج.") == ["JOR opposes EGY"])
  }

  @Test func thisCountryIsTheStateNamedBeforeIt() throws {
    // "هذا البلد", "this country": the state named last, in this sentence or the one before,
    // but not one in the same phrase ("مساعدات كوريا الجنوبية لهذا البلد").
    #expect(
      try relations("وعدت سول تنزانيا بمشروع، رغم كون مساعدات كوريا الجنوبية لهذا البلد قليلة.")
        .contains("KOR supports TZA"))
    // (Since gaz65 "سول" is Seoul too: the visit is a meeting with South Korea, and "هذا البلد"
    // is still Tanzania, not the state of the place.)
    #expect(
      try relations("وصل الرئيس التنزاني إلى سول. وزادت مساعدات كوريا الجنوبية لهذا البلد.")
        == ["TZA negotiates-with KOR", "KOR supports TZA"])
    #expect(
      try relations("Tanzania hosted the minister. South Korea pledged aid to this country.")
        == ["KOR supports TZA"])
    // Too far back, or a place ("في البلد", "in the country"), it refers to nobody.
    #expect(
      try relations(
        "وصل الرئيس التنزاني. وقال إن الوضع هادئ. وزادت مساعدات كوريا الجنوبية لهذا البلد."
      )
      .isEmpty)
    #expect(
      try relations("Tanzania hosted the minister. South Korea attacked rebels in the country.")
        .isEmpty)
    // A state a few words back, the object of a verb of travel, is the one referred to.
    #expect(
      try relations(
        "وصل الرئيس الفنزويلي هوغو شافيز الى سوريا لاظهار التضامن مع هذا البلد الذي يواجه ضغوطا اميركية."
      ).contains("USA opposes SYR"))
  }

  @Test func aCoordinatedLightVerbSharesTheFirstVerbsSubject() throws {
    // "سوريا" is the object of "زار"; "وأعلن دعمه" is the visitor's.
    #expect(
      try relations("زار الرئيس الفنزويلي سوريا وأعلن دعمه لهذا البلد.").sorted() == [
        "VEN negotiates-with SYR", "VEN supports SYR",
      ])
    #expect(
      try relations("استقبلت تركيا الرئيس الليبي وأعلنت دعمها للحكومة الليبية.").contains(
        "TUR supports LBY"))
  }

  @Test func anAmbiguousNameAfterATitleIsThePerson() throws {
    let ex = try #require(builtInExtractor)
    func rel(_ text: String, _ date: String) -> [String] {
      ex.extract(Document(id: "t", text: text, date: date)).map {
        "\($0.source) \($0.relation.rawValue) \($0.target) \($0.sourceActor ?? "")"
      }
    }
    // "بري" and "المالكي" are everyday words or shared names; after a title they are the
    // person whose office covers the date, and later in the document the word alone is too.
    #expect(
      rel("استقبل الرئيس بري السفير الأميركي. وانتقد بري إسرائيل.", "2007-05-01")
        == ["AMAL negotiates-with USA BERRI", "AMAL opposes ISR BERRI"])
    #expect(
      rel("انتقد رئيس الوزراء المالكي الولايات المتحدة.", "2007-05-01")
        == ["IRQ opposes USA MALIKI_NOURI"])
    // Without a title the word names nobody; two people with the same form and office dates
    // that both cover the date leave it unknown.
    #expect(rel("انتقد المالكي الولايات المتحدة.", "2007-05-01").isEmpty)
  }

  @Test func aCallOrMeetingWithAPersonAfterBa() throws {
    // "أجرى X اتصالا (هاتفيا) بالرئيس Y", "التقى X بالسفير Y": the partner is after ب.
    #expect(
      try relations("أجرى الرئيس اللبناني اتصالا هاتفيا بالرئيس الأميركي.")
        == ["LBN negotiates-with USA"])
    #expect(
      try relations("الرئيس اللبناني أجرى اتصالا بالسفير الأميركي جيفري فيلتمان.")
        == ["LBN negotiates-with USA"])
  }

  @Test func aVerbAfterATitleIsNoName() throws {
    // "الرئيس اللبناني أجرى اتصالا": the verb after the title is no person's name.
    let ex = try #require(builtInExtractor)
    let r = ex.extract(
      Document(id: "t", text: "إن الرئيس اللبناني أجرى أيضا اتصالا بالسفير الأميركي."))
    #expect(
      r.map { "\($0.source) \($0.relation.rawValue) \($0.target)" } == ["LBN negotiates-with USA"])
    #expect(r.first?.sourceActor == nil)
  }

  @Test func aSharpOrVerbalAttackIsWords() throws {
    #expect(
      try relations("شنت كوريا الشمالية هجوما حادا على الولايات المتحدة.") == ["PRK opposes USA"])
    #expect(try relations("North Korea lashed out at the United States.") == ["PRK opposes USA"])
    #expect(
      try relations("North Korea launched a scathing attack on the United States.")
        == ["PRK opposes USA"])
    // An attack without such a word is force.
    #expect(try relations("شنت كوريا الشمالية هجوما على الولايات المتحدة.") == ["PRK strikes USA"])
  }

  @Test func theOneExposedToAnActIsItsTargetBeyondALongSubject() throws {
    // "تعرضت X ... لقصف تركي": the verb of exposure is up to ten words before the act.
    #expect(
      try relations("تعرضت مواقع الجيش السوري المنتشرة في ريف مدينة حلب الشمالي لقصف تركي عنيف.")
        == ["TUR strikes SYR"])
    #expect(
      try relations(
        "تعرض فريق الاتحاد بطل الدوري المصري لكرة القدم لضربة قوية بإصابة مهاجمه الكاميروني."
      )
      .isEmpty)
  }

  @Test func aggressionOnAnActorIsAStrike() throws {
    // "العدوان الإسرائيلي على لبنان": an act of force, like "الهجوم".
    #expect(try relations("أفسد العدوان الإسرائيلي على لبنان الموسم.") == ["ISR strikes LBN"])
  }

  @Test func aVisitMeetsTheHost() throws {
    // The visitor: the genitive, the pronoun's antecedent or the clause's subject; the host
    // after إلى or with ل.
    #expect(
      try relations("عاد الرئيس الأفغاني من زيارة إلى الولايات المتحدة.")
        == ["AFG negotiates-with USA"])
    #expect(
      try relations("خلال زيارة الرئيس الأفغاني إلى الولايات المتحدة التقى مسؤولين.")
        == ["AFG negotiates-with USA"])
    #expect(
      try relations("قال وزير الخارجية المصري خلال زيارته لروسيا إن الوضع خطير.")
        == ["EGY negotiates-with RUS"])
    // A place is no host.
    #expect(try relations("منعت إسرائيل زيارة الوفد المصري إلى غزة.").isEmpty)
  }

  @Test func whoLeadsTheSubjectIsPartOfIt() throws {
    #expect(
      try relations("قصفت طائرات التحالف بقيادة السعودية مواقع للحوثيين في صنعاء.")
        == ["SAUDI_COALITION strikes HOUTHIS"])
  }

  @Test func aTimePhraseAfterTheSubjectComesBeforeTheObject() throws {
    // The phrase's own actor (the counterpart met) and its place are not the object.
    #expect(
      try relations("انتقد وزير الخارجية السعودي بعد لقاء نظيره الفرنسي بباريس إسرائيل.").sorted()
        == ["SAU negotiates-with FRA", "SAU opposes ISR"])
    #expect(
      try relations("انتقدت مصر بعد اجتماع مع الوفد القطري إسرائيل.").sorted() == [
        "EGY negotiates-with QAT", "EGY opposes ISR",
      ])
    #expect(
      try relations("انتقد وزير الخارجية السعودي خلال زيارته الى باريس اسرائيل.").sorted() == [
        "SAU negotiates-with FRA", "SAU opposes ISR",
      ])
  }

  @Test func theOneAskedToWithdrawIsTheAskersObject() throws {
    // "طالبت X Y بالانسحاب من Z": X presses Y. What it asks is not yet done, but the pressure
    // is: the demand is what the request verb states, so it is no hypothetical.
    #expect(
      try relations("طالبت فرنسا روسيا بالانسحاب من أوكرانيا.") == ["FRA opposes RUS"])
  }

  @Test func normalisingAndSuspending() throws {
    #expect(
      try relations("Israel and the UAE normalized relations.") == ["ISR negotiates-with ARE"])
    #expect(try relations("رفضت الجزائر التطبيع مع إسرائيل.") == ["DZA opposes ISR"])
    #expect(try relations("The African Union suspended Mali after the coup.") == ["AU opposes MLI"])
    // The joint act's parties are in its clause.
    #expect(
      try relations(
        "لم تجر أحاديث حول تطبيع العلاقات، لأن الولايات المتحدة ليس لديها علاقات مع طهران."
      )
      .isEmpty)
  }

  @Test func aNisbaAndItsNounBeforeBackedBy() throws {
    #expect(
      try relations("The Syrian government, backed by Russia, retook Aleppo from the rebels.")
        == ["RUS supports SYR", "SYR strikes SYR_OPP"])
  }

  @Test func aSuffixedNounAfterAnotherVerbsSubject() throws {
    // "أعلنت حماس رفضها لـ...": "رفضها" is her rejection (a noun), not "he rejected it".
    #expect(
      try relations("أعلنت حركة حماس رفضها لشروط اللجنة الرباعية الدولية.")
        == ["HAMAS opposes QUARTET"])
  }

  @Test func aJudgedActIsNoActOfTheJudge() throws {
    // "أعربت مصر عن إدانتها للقصف الإسرائيلي": Egypt condemns; it did not shell.
    #expect(
      try relations("أعربت الخارجية المصرية عن إدانتها للقصف الإسرائيلي على غزة.")
        == ["EGY opposes ISR", "ISR strikes PSE"])
    #expect(
      try relations("إدانة مصر للقصف الإسرائيلي على غزة.") == [
        "EGY opposes ISR", "ISR strikes PSE",
      ])
    #expect(try relations("أعربت مصر عن دعمها للحكومة الليبية.") == ["EGY supports LBY"])
    // A purpose belongs to the subject, not to an accusative plural nisba between.
    #expect(
      try relations("أرسلت تركيا مرتزقة سوريين إلى ليبيا لدعم حكومة الوفاق.")
        == ["TUR supports GNA"])
  }

  @Test func anInfinitiveOfPurposeBelongsToTheSentencesSubject() throws {
    #expect(
      try relations("Turkey sent Syrian mercenaries to Libya to support the GNA.")
        == ["TUR supports GNA ?"])
    // After a request the ones asked act.
    #expect(
      try relations("Russia urged Turkish officials to support the GNA.")
        == ["TUR supports GNA ?"])
  }

  @Test func whoAPlaceIsTakenFromIsStruck() throws {
    #expect(
      try relations("The Libyan National Army recaptured Sirte from the GNA.") == [
        "LNA strikes GNA"
      ])
    #expect(
      try relations("قوات الحكومة السورية استعادت مدينة تدمر من تنظيم الدولة.") == [
        "SYR strikes ISIS"
      ])
    // The one who helps ("بدعم من") is no one taken from.
    #expect(
      try relations("استعادت حكومة الوفاق السيطرة على المدينة بدعم جوي من الجيش الأميركي.")
        == ["USA supports GNA"])
  }

  @Test func aWarWithYAfterAnotherActorIsNotTheSubjects() throws {
    // "during the war with Armenia": Azerbaijan's war, not Turkey's.
    #expect(
      try relations("Turkey supplied drones to Azerbaijan during the war with Armenia.")
        == ["TUR supports AZE"])
    #expect(
      try relations("سيطرت القوات التركية على المدينة بعد معارك مع الجيش السوري.")
        == ["TUR strikes SYR", "SYR strikes TUR"])
    // The side of the members killed in battles with Y, named after a force noun's partitive
    // "من", with its own list.
    #expect(
      try relations(
        "وأفادت الأمم المتحدة بمقتل عدد من جنود حفظ السلام من جنوب أفريقيا ومالاوي في المعارك مع حركة إم 23."
      ) == [
        "ZAF strikes M23", "MWI strikes M23", "M23 strikes ZAF", "M23 strikes MWI",
      ])
  }

  @Test func theNounsAdjectivesTakeNoneOfTheObjectsReach() throws {
    #expect(
      try relations("فرضت إيكواس عقوبات مالية وتجارية مشددة على المجلس العسكري في نيامي.") == [
        "ECOWAS opposes NER"
      ])
    #expect(
      try relations(
        "شنت إسرائيل فجر الجمعة موجة واسعة من الضربات الجوية على منشآت نووية وعسكرية في أنحاء إيران."
      ) == ["ISR strikes IRN"])
  }

  @Test func militaryActionIsAnAttack() throws {
    #expect(
      try relations("أمر ترامب بتنفيذ عمل عسكري ضد الحوثيين.") == ["USA strikes HOUTHIS"])
    #expect(
      try relations("The US took military action against the Houthis.") == [
        "USA strikes HOUTHIS"
      ])
    // guard: a warning against one names no author.
    #expect(try relations("وحذرت روسيا من أي عمل عسكري ضد إيران.").isEmpty)
  }

  @Test func aClashIsMutual() throws {
    #expect(
      try relations("اشتبك الجيش السوداني مع قوات الدعم السريع.")
        == ["SDN strikes RSF", "RSF strikes SDN"])
    #expect(
      try relations("اشتبك الجيش السوداني وقوات الدعم السريع في الخرطوم.")
        == ["SDN strikes RSF", "RSF strikes SDN"])
    #expect(
      try relations("The Sudanese army clashed with the RSF in Khartoum.")
        == ["SDN strikes RSF", "RSF strikes SDN"])
  }

  @Test func aWarBetweenTwoActorsIsMutual() throws {
    #expect(
      try relations("اندلعت الحرب بين إسرائيل وحزب الله.")
        == [
          "ISR strikes HEZBOLLAH", "ISR opposes HEZBOLLAH", "HEZBOLLAH strikes ISR",
          "HEZBOLLAH opposes ISR",
        ])
    // With one side unnamed, nothing; a war that is feared has not happened.
    #expect(try relations("انتهت الحرب بين إسرائيل والمقاومة.").isEmpty)
    #expect(
      try relations("أنذرت الأزمة بحرب بين إيران والولايات المتحدة.")
        == ["IRN strikes USA ?", "IRN opposes USA ?", "USA strikes IRN ?", "USA opposes IRN ?"])
  }

  @Test func aParticipleClauseAfterAThreatHappened() throws {
    // "threatened to suspend ..., lambasting Washington": the threat is not carried out, the
    // lambasting is.
    #expect(
      try relations(
        "Taliban representatives threatened to suspend the talks, lambasting Washington for changing the agenda."
      ) == ["TALIBAN opposes USA"])
    #expect(
      try relations("The Taliban threatened to attack Washington.")
        == ["TALIBAN opposes USA", "TALIBAN strikes USA ?"])
  }

  @Test func aSpeechVerbWithAConjunctionStartsANewClause() throws {
    // "«... إسرائيلية» وقال برهوم": the nisba before "وقال" is not who speaks, so "بلاده"
    // after it is not Israel.
    #expect(try relations("ضربت «دبابة إسرائيلية» الموقع وقال سميرات إن بلاده تدين مصر.").isEmpty)
  }

  @Test func aShortNameTheGazetteerListsIsLearnedFromTheFullName() throws {
    let ex = try #require(builtInExtractor)
    func rel(_ text: String) -> [String] {
      ex.extract(Document(id: "t", text: text, date: "2006-08-01")).map {
        "\($0.source) \($0.relation.rawValue) \($0.target) \($0.sourceActor ?? "")"
      }
    }
    // "بري" and "بوش" have three letters: learned only because the entries list them.
    #expect(
      rel("التقى رئيس مجلس النواب نبيه بري وفدا. ودان بري إسرائيل.")
        == ["AMAL opposes ISR BERRI"])
    #expect(
      rel("التقى الرئيس جورج بوش وفدا. وانتقد بوش إيران.") == ["USA opposes IRN BUSH_GW"])
    // Without the full name before, a short name that is also a word ("بري") names nobody.
    // ("بوش" alone, no Arabic word, has named Bush since the seventeenth stop.)
    #expect(rel("ودان بري إسرائيل.").isEmpty)
  }
}
