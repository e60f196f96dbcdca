import Testing

@testable import Graph

/// Arguments named elsewhere than next to the cue: the author of an act a relative clause
/// continues, the actors a plural description refers back to, the examples after a common noun;
/// and facts cited inside a threat (what revenge is taken for).
@Suite("Relations: arguments across phrases and sentences")
struct ReferenceAcrossPhrasesTests {
  /// Relations with the built-in gazetteer, lexicon and titles ("?" marks a hypothetical one).
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2018-06-01")
  }

  @Test func aRelativeClauseAfterAnActTellsWhatItsAuthorDid() throws {
    // "claimed the attack, which killed ...": who claimed or carried out the act killed.
    #expect(
      try relations("Al-Shabaab claimed the attack, which killed ten Somali soldiers.")
        == ["SHABAAB strikes SOM"])
    #expect(
      try relations(
        "Al-Shabaab claimed responsibility for the attack that killed ten Somali soldiers.")
        == ["SHABAAB strikes SOM"])
    #expect(
      try relations("Israeli warplanes carried out a strike which killed five Hamas members.")
        == ["ISR strikes HAMAS"])
    #expect(
      try relations("An Israeli strike, which killed three Hamas militants, hit a house.")
        == ["ISR strikes HAMAS"])
    // Who condemns the act, or speaks of it, did not commit it.
    #expect(try relations("Egypt condemned the attack, which killed 20 Iraqi soldiers.").isEmpty)
    #expect(
      try relations("Russia said the strike, which hit a Ukrainian base, was justified.").isEmpty)
  }

  @Test func whatRevengeIsTakenForHasHappened() throws {
    // The threat reaches the revenge, not the killing it is taken for.
    #expect(
      try relations("توعدت حماس بالانتقام لمقتل قائدها في غارة إسرائيلية على غزة.")
        == ["ISR strikes HAMAS"])
    #expect(
      try relations("Hamas vowed revenge for the Israeli air strike on Hamas positions.")
        == ["ISR strikes HAMAS"])
    // Without the grounds the act after the threat stays hypothetical (the threat opposes now).
    #expect(
      try relations("توعدت حماس بقصف إسرائيل.") == ["HAMAS strikes ISR ?", "HAMAS opposes ISR"])
    // Revenge on someone ("من") is the threatened act itself.
    #expect(try relations("وتوعدت حماس بالانتقام من إسرائيل.") == ["HAMAS opposes ISR"])
  }

  @Test func aNisbaBeforeAnEnglishActIsItsAgentInsideAPrepositionalPhrase() throws {
    #expect(
      try relations("Hezbollah threatened reprisals for the Israeli strike on Beirut.")
        == ["HEZBOLLAH opposes ISR", "ISR strikes LBN"])
  }

  @Test func aPluralDescriptionNamesTheActorsOfAnEarlierSentence() throws {
    let four = [
      "USA negotiates-with GBR", "USA negotiates-with FRA", "USA negotiates-with ITA",
      "GBR negotiates-with FRA", "GBR negotiates-with ITA", "FRA negotiates-with ITA",
    ]
    #expect(
      try Set(
        relations(
          "دعت الولايات المتحدة وبريطانيا وفرنسا وإيطاليا إلى وقف فوري للاشتباكات. "
            + "وجاء في بيان مشترك لهذه الدول أن محاولات إضعاف السلطات أمر غير مقبول."))
        == Set(four))
    #expect(
      try relations("Egypt and Jordan discussed trade. Both sides agreed to meet again.")
        == ["EGY negotiates-with JOR", "EGY negotiates-with JOR"])
    // (Trading accusations is itself mutual opposition.)
    #expect(
      try relations("السعودية وإيران تتبادلان الاتهامات. واتفق البلدان على استئناف المحادثات.")
        == ["SAU opposes IRN", "IRN opposes SAU", "SAU negotiates-with IRN"])
    #expect(
      try relations("السعودية وإيران تتبادلان الاتهامات. وأصدر البلدان بيانا مشتركا.")
        == ["SAU opposes IRN", "IRN opposes SAU", "SAU negotiates-with IRN"])
    // A dual needs a group of two; the earlier sentence's actors that are no group do not count.
    #expect(
      try relations("Egypt, Jordan and Iraq met in Cairo. The two countries signed a deal.").count
        == 3)
    // (English talks of "the two sides" take a sentence's two actors, listed or not:
    // `DualOfUnlistedPairTests`.)
    #expect(
      try relations("Israel struck Hamas positions. The two sides agreed to a ceasefire.")
        == ["ISR strikes HAMAS", "ISR negotiates-with HAMAS"])
    // The description alone is no joint act.
    #expect(
      try relations("Egypt and Jordan met in Cairo. The two countries have a long border.")
        == ["EGY negotiates-with JOR"])
  }

  @Test func anActorNamedAsAnExampleStandsForTheCommonNoun() throws {
    #expect(
      try relations("وتدعم إيران جماعات مسلحة في المنطقة مثل حزب الله وحماس.")
        == ["IRN supports HEZBOLLAH", "IRN supports HAMAS"])
    #expect(
      try relations("Iran provides support to armed groups such as Hezbollah.")
        == ["IRN supports HEZBOLLAH"])
    // Another actor before the example word is the object itself.
    #expect(try relations("وتدعم إيران سوريا مثل روسيا.") == ["IRN supports SYR"])
  }

  @Test func whatIsNotPreventedIsNoDeniedAct() throws {
    // "لا تحول دون": does not stand in the way of; the support is real.
    #expect(try relations("ولا تحول دون دعم طهران لحزب الله.") == ["IRN supports HEZBOLLAH"])
    #expect(try relations("ولم تدعم إيران حزب الله.").isEmpty)
    // "لن ... دون": future; it has not happened.
    #expect(
      try relations("الولايات المتحدة وبريطانيا لا تتحركان دون التشاور مع حلفائهما.")
        == ["USA negotiates-with GBR"])
    #expect(
      try relations("الولايات المتحدة وبريطانيا لن تتحركا دون التشاور مع حلفائهما.").isEmpty)
  }

  @Test func theGenitiveOfAnActWithBaIsWhatItHits() throws {
    // "بقصف X": the bombing of X, by the clause's subject; a nisba after it is still its agent.
    #expect(try relations("ردت إسرائيل بقصف لبنان.") == ["ISR strikes LBN"])
    #expect(try relations("قتل خمسة جنود سوريين بقصف تركي.") == ["TUR strikes SYR"])
    // A weapon's genitive is its user.
    #expect(try relations("قتل فلسطيني برصاص الجيش الإسرائيلي.") == ["ISR strikes PSE"])
  }

  @Test func aNisbaAfterAKillingVerbWithAnAgentPhraseIsTheVictim() throws {
    // "قتل فلسطيني برصاص ...": the verb is passive; the Palestinian struck nobody.
    #expect(try relations("قتل جندي إسرائيلي برصاص فلسطيني.") == ["PSE strikes ISR"])
    #expect(
      try relations("قتل فلسطيني على يد القوات الإسرائيلية.") == ["ISR strikes PSE"])
    // A subject after the verb, with its object before the agent phrase, still acts.
    #expect(
      try relations("قتلت القوات الإسرائيلية جنديا سوريا برصاص قناص.") == ["ISR strikes SYR"])
  }

  @Test func leavingAJointActOpposesTheOtherParty() throws {
    #expect(
      try relations("انسحبت الولايات المتحدة من الاتفاق النووي مع إيران.") == ["USA opposes IRN"])
    #expect(
      try relations("Trump announced the US withdrawal from the nuclear deal with Iran.")
        == ["USA opposes IRN"])
    #expect(
      try relations("The United States pulled out of the Iran nuclear deal.") == ["USA opposes IRN"]
    )
    // Leaving a place is no refusal of talks held after it.
    #expect(
      try relations("Israel withdrew from Gaza after talks with Egypt.")
        == ["ISR negotiates-with EGY"])
    #expect(try relations("انسحبت روسيا من سوريا.").isEmpty)
  }

  @Test func aRefusedActIsStatedAndReachesTheGraph() throws {
    let ex = try #require(builtInExtractor)
    let found = ex.extract(
      Document(id: "t", text: "Egypt refused to hold talks with Ethiopia.", date: "2018-06-01"))
    #expect(
      found.map { "\($0.source) \($0.relation.rawValue) \($0.target) \($0.negated)" } == [
        "EGY opposes ETH false"
      ])
    let graph = ActorGraph.build(relations: found) { _ in nil }
    #expect(
      graph.edges.map { "\($0.source) \($0.type.rawValue) \($0.target)" } == ["EGY opposes ETH"])
  }

  @Test func forcesSentToDoSomethingDoIt() throws {
    // "sent troops to help": the help is no plan; "plans to send troops to help" still is.
    #expect(
      try relations("Russia sent troops to help the Syrian government.") == ["RUS supports SYR"])
    #expect(
      try relations("Russia plans to send troops to help the Syrian government.")
        == ["RUS supports SYR ?"])
  }

  @Test func whoTakesPartInAnActDoesIt() throws {
    #expect(
      try relations("وشاركت قوات الحشد الشعبي في قتال تنظيم الدولة.") == [
        "PMF strikes ISIS", "PMF opposes ISIS",
      ])
    #expect(
      try relations("France participated in the air strikes against the Syrian government.") == [
        "FRA strikes SYR"
      ])
    #expect(try relations("Britain took part in the strikes on Syria.") == ["GBR strikes SYR"])
  }

  @Test func aPluralDescriptionCanBeTheSubject() throws {
    #expect(
      try relations("مصر والأردن تبحثان الأزمة. وأدان البلدان الهجوم الإسرائيلي على غزة.")
        == ["EGY negotiates-with JOR", "EGY opposes ISR", "JOR opposes ISR", "ISR strikes PSE"])
    // A dual takes the two actors of the sentence before, coordinated or not.
    #expect(
      try relations("Egypt is in conflict with Ethiopia. Both sides oppose the Houthis.")
        == ["EGY opposes ETH", "EGY opposes HOUTHIS", "ETH opposes HOUTHIS"])
    // Without a description as subject, the verb has none.
    #expect(
      try relations("Egypt is in conflict with Ethiopia. Observers oppose the Houthis.")
        == ["EGY opposes ETH"])
  }

  @Test func aPluralDescriptionCanBeTheObject() throws {
    #expect(
      try relations(
        // (The first sentence states no relation: "تستضيف اجتماعا", hosting a meeting, did before
        // "اجتماعا" was read as a meeting.)
        "قال الرئيس العراقي إن سورية وإيران وتركيا دول مجاورة. وانتقد الرئيس العراقي الدول الثلاث."
      ).sorted() == ["IRQ opposes IRN", "IRQ opposes SYR", "IRQ opposes TUR"])
    #expect(
      try relations("Russia and China vetoed the resolution. The US condemned the two countries.")
        .sorted() == ["USA opposes CHN", "USA opposes RUS"])
    // In the same sentence, the group named before the verb.
    #expect(
      try relations(
        "Sudan and South Sudan traded accusations, and the UN criticised both countries."
      )
      .sorted().contains("UN opposes SSD"))
    // A dual needs a group of two.
    #expect(
      try relations("Syria, Iran and Turkey met. Iraq condemned the two countries.").allSatisfy {
        !$0.hasPrefix("IRQ opposes")
      })
  }

  @Test func theGovernmentIsTheStateJustNamed() throws {
    // With no government named before, "the government" is the state named last.
    #expect(
      try relations(
        "Houthi rebels seized Sanaa in Yemen. They have fought the government since 2014.")
        == ["HOUTHIS strikes YEM", "HOUTHIS opposes YEM"])
  }

  @Test func groupsNamedTheWayEnglishNewsNamesThem() throws {
    // "IS" in capitals is the Islamic State; "is" and a capitals headline are not.
    #expect(try relations("IS militants attacked Iraqi forces.") == ["ISIS strikes IRQ"])
    #expect(try relations("This is what Iraq said. IT IS TRUE that Iran attacked.").isEmpty)
    #expect(try relations("Kurdish-led militias attacked IS positions.") == ["SDF strikes ISIS"])
    #expect(try relations("Abu Sayyaf attacked Philippine troops.") == ["ABU_SAYYAF strikes PHL"])
  }

  @Test func hostilityBetweenTwoActorsIsMutual() throws {
    #expect(
      try relations("تصاعدت أمس حدة الازمة بين تركيا وحكومة إقليم كردستان.")
        == ["TUR opposes KRG", "KRG opposes TUR"])
    #expect(
      try relations("Tensions between India and Pakistan rose.")
        == ["IND opposes PAK", "PAK opposes IND"])
    // With one side unnamed there is no pair.
    #expect(try relations("Tensions between India and its neighbours rose.").isEmpty)
  }

  @Test func forcesWithoutANisbaAreTheStateWhereTheyAre() throws {
    // A place phrase right after them.
    #expect(
      try relations("Boko Haram militants killed 12 soldiers in northeast Nigeria.")
        == ["BOKO_HARAM strikes NGA"])
    #expect(
      try relations("Security forces killed five ISIS militants in Iraq's Anbar province.")
        == ["IRQ strikes ISIS"])
    // Else the state the earlier sentences named most.
    #expect(
      try relations(
        "قال مسؤولون أفغان إن الوضع متوتر. وهاجمت حركة طالبان قوات الأمن في ولاية قندوز.")
        == ["TALIBAN strikes AFG"])
    // An attack told twice in a sentence keeps the side the first cue found.
    #expect(
      try relations(
        "A suicide bomber attacked a police station in Kabul on Monday, killing 10 policemen. "
          + "The Taliban claimed responsibility for the attack.") == ["TALIBAN strikes AFG"])
    // Forces with an owner or a name of their own are not the state's.
    #expect(try relations("The Free Syrian Army attacked Damascus.") == ["FSA strikes SYR"])
    #expect(try relations("قتل جندي من حلف شمال الأطلسي في أفغانستان.").isEmpty)
    // This sentence's own states are no main state: they may all be elsewhere.
    #expect(
      try relations(
        "Taliban militants attacked a checkpoint, killing five policemen, Pakistan said."
      )
      .isEmpty)
    // Places named as examples are no victims.
    #expect(
      try relations(
        "امتدت الاحتجاجات إلى مدن مثل روما ولندن وبرلين بعد مقتل الصبي برصاص الشرطة في ايطاليا."
      )
      .isEmpty)
  }

  @Test func aCondemnedKillingIsAimedAtWhoseBulletsKilled() throws {
    #expect(
      try relations("أدانت مصر مقتل فلسطيني برصاص الجيش الإسرائيلي.")
        == ["EGY opposes ISR", "ISR strikes PSE"])
  }

  @Test func anInfinitiveLightVerbKeepsItsSubject() throws {
    // The "to" of an infinitive light verb does not cut the subject off.
    #expect(
      try relations("Iran vowed to launch strikes on Israel.") == [
        "IRN strikes ISR ?", "IRN opposes ISR",
      ])
    #expect(
      try relations("Obama wants to keep up the war against al Qaeda.") == [
        "USA strikes AQ ?", "USA opposes AQ ?",
      ])
  }

  @Test func aPossessivePronounBeforeAnActNamesItsAuthor() throws {
    #expect(try relations("Turkey must stop its attacks on Syria.") == ["TUR strikes SYR"])
    #expect(
      try relations("The Houthis said their attacks on Saudi Arabia would continue.")
        == ["HOUTHIS strikes SAU"])
    // The one asked to act, not the one asking.
    #expect(
      try relations("Egypt called on Turkey to end its military operation against Syria.")
        == ["TUR strikes SYR"])
  }

  @Test func aReactionToTheClauseBeforeJudgesItsSubject() throws {
    #expect(try relations("وأعلنت إسرائيل ضم الجولان، وهو ما رفضته سوريا.") == ["SYR opposes ISR"])
    #expect(
      try relations("Israel annexed the Golan, a move Syria rejected.") == ["SYR opposes ISR"])
    #expect(
      try relations("Israel annexed the Golan, which Syria condemned.") == ["SYR opposes ISR"])
    // Without the comma the relative clause describes the noun before it.
    #expect(try relations("Israel annexed the land which Syria condemned.").isEmpty)
  }

  @Test func blameLaidOnSomeoneIsAimedAtThem() throws {
    #expect(try relations("Egypt blamed the attack on Hamas.") == ["EGY opposes HAMAS"])
    // The one an attack is on is its victim when nobody is blamed.
    #expect(try relations("Egypt condemned the attack on Hamas.").isEmpty)
  }

  @Test func leavingATreatyWithTheActorBetween() throws {
    #expect(
      try relations("Trump withdrew the US from a nuclear nonproliferation treaty with Iran.")
        == ["USA opposes IRN"])
  }

  @Test func anActorThePossessorOwnsIsTheObject() throws {
    #expect(
      try relations("Qatar expelled leaders of Egypt's Muslim Brotherhood.") == ["QAT opposes MB"])
    #expect(try relations("Turkey backed Libya's GNA.") == ["TUR supports GNA"])
    // A possessed common noun leaves the possessor the object.
    #expect(try relations("Russia attacked Syria's rebels.") == ["RUS strikes SYR"])
  }

  @Test func aPhoneCallMadeToSomeoneIsContact() throws {
    #expect(try relations("Erdogan made a phone call to Putin.") == ["TUR negotiates-with RUS"])
  }

  @Test func anEnglishRelativeClauseAfterACommaHasTheActorBeforeAsSubject() throws {
    #expect(
      try relations("Qatar, which backs the Muslim Brotherhood, denied the charge.")
        == ["QAT supports MB"])
    // Not a preposition's object: which refers to the attack, not to Syria.
    #expect(try relations("Egypt condemned the attack on Syria, which killed 20 people.").isEmpty)
  }

  @Test func anExchangeOfFireIsMutual() throws {
    #expect(
      try relations("Hezbollah and Israel exchanged fire across the border.")
        == ["HEZBOLLAH strikes ISR", "ISR strikes HEZBOLLAH"])
    #expect(
      try relations("Israeli troops exchanged fire with Hezbollah fighters.")
        == ["ISR strikes HEZBOLLAH", "HEZBOLLAH strikes ISR"])
    #expect(
      try relations("The RSF has been battling the Sudanese army since April.") == [
        "RSF strikes SDN", "RSF opposes SDN",
      ])
  }

  @Test func aCeasefireBetweenTwoActorsIsContact() throws {
    #expect(
      try relations("وقف إطلاق النار بين إسرائيل وحماس صامد.") == ["ISR negotiates-with HAMAS"])
    // A call for a ceasefire somewhere names no parties.
    #expect(try relations("دعت مصر إلى وقف إطلاق النار في غزة.").isEmpty)
  }

  @Test func aJointActWithTheArticleCountsWhenItsPartiesFollow() throws {
    #expect(
      try relations("رحبت السعودية بالاتفاق بين الحكومة اليمنية والمجلس الانتقالي الجنوبي.")
        == ["SAU supports YEM", "SAU supports STC", "YEM negotiates-with STC"])
    // Without them it names an act told before.
    #expect(try relations("رحبت السعودية بالاتفاق.").isEmpty)
  }

  @Test func armsSentOrSuppliedAreSupport() throws {
    #expect(try relations("زودت إيران الحوثيين بالصواريخ.") == ["IRN supports HOUTHIS"])
    #expect(try relations("أرسلت إيران أسلحة إلى الحوثيين.") == ["IRN supports HOUTHIS"])
    // A delegation sent is no support.
    #expect(try relations("أرسلت مصر وفدا إلى إسرائيل.").isEmpty)
  }

  @Test func expellingAnEnvoyOpposesItsState() throws {
    #expect(try relations("طردت الجزائر السفير الفرنسي.") == ["DZA opposes FRA"])
    // Asking for it opposes the envoy's state too (the expulsion itself is still to come).
    #expect(try relations("طالبت مصر بطرد السفير الإسرائيلي.") == ["EGY opposes ISR"])
  }

  @Test func anAccusedActIsTheAccusedOnes() throws {
    // "اتهمت X Y بدعم Z": Y is said to support Z; "بدعم" is no agent phrase here.
    #expect(
      try relations("اتهمت روسيا الولايات المتحدة بدعم تنظيم الدولة.")
        == ["RUS opposes USA", "USA supports ISIS ?"])
    // With no accusation it is one.
    #expect(try relations("حققت تركيا مكاسب بدعم من روسيا.") == ["RUS supports TUR"])
  }
}
