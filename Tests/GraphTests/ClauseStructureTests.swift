import Testing

@testable import Graph

/// Who is subject and object when the clause is more than "X verb Y": VSO subjects after
/// a head noun, complement clauses, possessors, light verbs, relative and participle clauses.
@Suite("Relations: clause structure")
struct ClauseStructureTests {
  @Test func arabicSubjectAfterTheVerbIsNextToIt() throws {
    // A title or construct head before a nisba is part of the subject.
    #expect(try relations("وانتقد وزير الخارجية المصري روسيا.") == ["EGY opposes RUS"])
    #expect(try relations("انتقدت وزارة الدفاع الروسية تركيا أمس.") == ["RUS opposes TUR"])
    // Another noun is the subject; the nisba qualifies the object.
    #expect(try relations("هاجم الصاروخ طائرة الخطوط الجوية التركية.").isEmpty)
    // A number after the verb counts victims: the actor among them is no subject.
    #expect(try relations("قتل 20 شخصا من مقاتلي الجيش الوطني الليبي قرب سرت.").isEmpty)
    // A counted nisba is among the victims, and the agent phrase names who killed them.
    #expect(
      try relations("قتل ثلاثة جنود أتراك برصاص مسلحي الجيش الوطني الليبي.") == ["LNA strikes TUR"])
  }

  @Test func expressionVerbWithAnHasTheNounsSubject() throws {
    // "أعرب/عبّر X عن" + verbal noun: the verb's subject (title and nisba included) is the
    // noun's source; a possessed noun after it is transparent for the target.
    #expect(
      try relations("أعرب الرئيس المصري عن رفضه لسياسة تركيا في ليبيا.") == ["EGY opposes TUR"])
    #expect(try relations("وعبرت روسيا عن دعمها للجيش الوطني الليبي.") == ["RUS supports LNA"])
    // Without a light verb, "عن" does not reach back to a subject.
    #expect(try relations("تحدث الرئيس المصري عن رفض تركيا.").isEmpty)
  }

  @Test func titleBeforeANisbaObjectIsPartOfIt() throws {
    // "تصريحات وزير الخارجية التركي": the title and its complement do not push the nisba out of
    // the verb's reach; two other nouns still do.
    #expect(
      try relations("رفضت مصر تصريحات وزير الخارجية التركي.") == ["EGY opposes TUR"])
    #expect(try relations("رفضت مصر منح الوفد مزيدا من الوقت لإقناع تركيا.").isEmpty)
  }

  @Test func assetFreezesOppose() throws {
    // The verb "جمد" keeps its subject in VSO order (a two-word cue "جمدت أصول" would not).
    #expect(try relations("جمدت روسيا أصول شركات تركية.") == ["RUS opposes TUR"])
    #expect(try relations("وأعلنت مصر تجميد أصول مسؤولين أتراك.") == ["EGY opposes TUR"])
    #expect(try relations("Russia froze the assets of Turkish companies.") == ["RUS opposes TUR"])
  }

  @Test func prepositionEndingTheCueIsNoPlace() throws {
    // "from", "into" at the end of a cue belong to it; the actor after them is the target.
    #expect(try relations("Egypt demanded an explanation from Russia.") == ["EGY opposes RUS"])
    #expect(try relations("Egypt opened an investigation into Russia.") == ["EGY opposes RUS"])
    // A place further on is still a place.
    #expect(try relations("Egypt demanded an explanation from the envoy in Moscow.").isEmpty)
  }

  @Test func definiteVerbalNounsAreCues() throws {
    // The article on a cue makes it a verbal noun, whose nisba is its agent.
    #expect(try relations("واستمر الدعم الروسي لحفتر.") == ["RUS supports LNA"])
    // ... and no subject of the verb before it.
    #expect(try relations("وانتقد الدعم الروسي لحفتر.") == ["RUS supports LNA"])
    #expect(try relations("وندد بالهجوم التركي على مصر.") == ["TUR strikes EGY"])
    #expect(try relations("وأدان المسؤول التهديدات التركية ضد مصر.") == ["TUR opposes EGY"])
    // A definite symmetric noun names an event told before, unless "مع" follows.
    #expect(try relations("وقالت روسيا إن الاتفاق الذي تسانده تركيا هو الحل.").isEmpty)
    #expect(try relations("وتدخل الجيش المصري بالتنسيق مع روسيا.") == ["EGY negotiates-with RUS"])
  }

  @Test func complementClauseHasItsOwnSubject() throws {
    // The speaker before "أن" is not the subject of the verb inside.
    #expect(try relations("وأعلن مسؤولون أتراك أن عشرات قتلوا في سوريا.").isEmpty)
    #expect(try relations("وقال مسؤولون أتراك إن روسيا تدعم حفتر.") == ["RUS supports LNA"])
  }

  @Test func coordinatedVerbSharesOnlyThisSentencesSubject() throws {
    // A speaker from an earlier sentence is not the subject of "وحذر ...".
    let text = "وقال الرئيس التركي إن بلاده مستعدة. وحذر السفير الروسي من تداعيات الضربة."
    #expect(try relations(text).isEmpty)
  }

  @Test func patronInACountryIsAPlace() throws {
    #expect(try relations("ويقاتل الجيش حفتر وأنصاره في ليبيا.").isEmpty)
    let patrons = try relations("واتهم المتحدث حفتر وداعميه في موسكو.")
    #expect(patrons.contains("RUS supports LNA"))
  }

  @Test func anAllyNamedAfterItsTitleSupports() throws {
    // "وحليفهم X": a person after the coordinated ally noun is the ally, even after a title.
    #expect(
      try relations("قاتلت قوات حفتر وحليفهم أردوغان روسيا.").contains("TUR supports LNA"))
    #expect(
      try relations("هاجمت روسيا قوات حفتر وقوات حليفهم الرئيس السابق أردوغان.").contains(
        "TUR supports LNA"))
    // A group after "X وحلفاؤها" is the verb's object, not an ally.
    #expect(
      !(try relations("وتصف تركيا وحلفاؤها الجيش الوطني الليبي بالإرهاب.")).contains(
        "LNA supports TUR"))
  }

  @Test func englishPossessorAndLightVerbGiveTheSource() throws {
    #expect(
      try relations("Erdogan's phone call with Haftar lasted an hour.") == [
        "TUR negotiates-with LNA"
      ])
    #expect(
      try relations("Turkish and Russian troops stepped up operations against Haftar.").sorted()
        == ["RUS strikes LNA", "TUR strikes LNA"])
    // A verb that is not light ("attributed") leaves the attack's author open.
    #expect(
      try relations("Turkey attributed the attack on Egypt to Haftar.").allSatisfy {
        !$0.hasPrefix("TUR strikes")
      })
  }

  @Test func englishRelativeAndParticipleClauses() throws {
    #expect(
      try relations("They spoke about the Libyan National Army, which Egypt supports openly.")
        == ["EGY supports LNA"])
    #expect(
      try relations("Turkey met Russia in Ankara, condemning Egypt for the delay.").sorted()
        == ["TUR negotiates-with RUS", "TUR opposes EGY"])
    // A gerund after a preposition belongs to another subject.
    #expect(try relations("Turkey said the firm profited, by supporting Haftar.").isEmpty)
  }

  @Test func authorOfRejectedWordsIsTheTarget() throws {
    #expect(
      try relations("Russia dismissed the claim from Turkey as groundless.") == ["RUS opposes TUR"])
    // A place after officials of a named side is where they met (the side is found first; the
    // same at the start). Bare "officials in Turkey" are Turkey's since the fifty-eighth stop
    // (`officialsIn`).
    #expect(try relations("Russia met Syrian officials in Turkey.") == ["RUS negotiates-with SYR"])
  }

  @Test func signedByNamesBothParties() throws {
    #expect(
      try relations("The accord signed by Turkey and the GNA covers maritime borders.")
        == ["TUR negotiates-with GNA"])
  }

  @Test func pastVerbAfterAndIsNotUnderARequest() throws {
    #expect(
      try relations("Egypt urged the embassy to reconsider and met Russia on Monday.").contains(
        "EGY negotiates-with RUS"))
    #expect(try relations("Egypt urged Turkey to attack Haftar.") == ["TUR strikes LNA ?"])
  }

  @Test func arabicAgreementAndCase() throws {
    // A plural verb holds its own subject: the noun after it is the object.
    #expect(try relations("والمسلحون في سوريا يقتلون الأتراك.").isEmpty)
    // -iyyīn is accusative or genitive: no subject.
    #expect(try relations("انتقد المصريين تركيا.").isEmpty)
    // -iyyūn is nominative: the subject of a coordinated verb, not its object.
    #expect(
      try relations("واعتذر الأتراك عن التدخل ورفض المصريون التسوية.").allSatisfy {
        !$0.hasPrefix("TUR opposes")
      })
  }

  @Test func coordinatedMembersAreNoObjects() throws {
    #expect(try relations("ورفضت مصر الدعوة وكذا روسيا.").isEmpty)
    #expect(try relations("انتقدت مصر الاتفاق وتركيا.").isEmpty)
  }

  @Test func timeWordsEndANominalSource() throws {
    #expect(try relations("زار الوفد دمشق منذ اغتيال الرئيس المصري.").isEmpty)
    #expect(try relations("وأكد تدخل الجيش المصري في الضربة على سوريا.") == ["EGY strikes SYR"])
  }

  @Test func purposeClausesKeepTheirSubject() throws {
    // The subject across "أن" is not the agent of a purpose noun.
    #expect(try relations("وتعتقد روسيا أن المشتبه بهم على علاقة بالهجوم على مصر.").isEmpty)
    #expect(try relations("وأرسلت روسيا قوات لدعم حفتر.") == ["RUS supports LNA"])
  }

  @Test func englishAppositionStandsBetweenSubjectAndVerb() throws {
    #expect(
      try relations("Turkey's army chief, General Ahmet Yilmaz, has met Russia in Ankara.")
        == ["TUR negotiates-with RUS"])
    // The apposition names a partnership of its own (AppositionPhraseTests).
    #expect(
      try relations("Egypt, a close partner of the US, condemned Turkey.").sorted() == [
        "EGY opposes TUR", "EGY supports USA",
      ])
  }

  @Test func englishNounCompoundsAreNotVerbs() throws {
    // "an Egyptian target": the cue word is a noun after an actor and a determiner.
    #expect(
      try relations("Turkey hit an Egyptian target near Syria.").allSatisfy { !$0.contains("SYR") })
  }

  @Test func actorWithTheBeforeAPresentTenseVerb() throws {
    // "the UAE supports X": an object after the cue makes it a verb; without one, "the US
    // strike" stays a noun.
    #expect(try relations("The UAE supports Haftar.") == ["ARE supports LNA"])
    #expect(
      Set(try relations("Egypt and the UAE back Haftar.")) == [
        "EGY supports LNA", "ARE supports LNA",
      ])
    #expect(try relations("The US strike near Syria killed ten people.").isEmpty)
  }

  @Test func claimsOfResponsibilityHaveTheAttacksAgent() throws {
    #expect(
      try relations("أعلنت روسيا مسؤوليتها عن الهجوم على حكومة الوفاق.") == ["RUS strikes GNA"])
    #expect(
      try relations("Turkey claimed responsibility for the attack on the LNA.")
        == ["TUR strikes LNA"])
    // Another preposition still cuts the subject off.
    #expect(
      !(try relations("Turkey blamed Egypt for the attack on the LNA.")).contains("TUR strikes LNA")
    )
  }

  @Test func theOppositionIsAGroupNotAnAct() throws {
    // "المعارضة" with the article names the opposition; without it, it is the act.
    #expect(
      try relations("وتحرر الخطوة الروسية المعارضة المصرية من مجاراة الاعتبارات التركية.").isEmpty)
    #expect(try relations("ورفع ناشطو المعارضة أعلام روسيا التي كتبوا عليها اسم مصر.").isEmpty)
    #expect(try relations("وأعلنت روسيا معارضتها للتدخل التركي.") == ["RUS opposes TUR"])
  }

  @Test func feminineNounsTakePronounSuffixes() throws {
    // "معارضة" + "ها" is written "معارضتها": the noun is a cue with the suffix, not without it.
    #expect(try relations("وأكدت مصر معارضتها لتركيا.") == ["EGY opposes TUR"])
    #expect(try relations("وأعلنت روسيا مساندتها لحفتر.") == ["RUS supports LNA"])
    #expect(try relations("وأكدت مصر معارضت لتركيا.").isEmpty)
  }

  @Test func theGenitiveOfAnAttackNounIsTheAttacksTarget() throws {
    // "حذرت X من غزو Y": Y would be invaded; the warning is not aimed at it.
    #expect(try relations("وحذرت وزيرة الخارجية المصرية من غزو سوريا.").isEmpty)
    #expect(try relations("وحذرت وزيرة الخارجية المصرية سوريا من التصعيد.") == ["EGY opposes SYR"])
  }

  @Test func anActorAfterATopicPrepositionIsNoObject() throws {
    // "criticised the statements about X": X is the topic, not the target.
    #expect(try relations("انتقدت مصر التصريحات بشأن تركيا.").isEmpty)
    #expect(try relations("Egypt condemned the report regarding Russia.").isEmpty)
    #expect(try relations("انتقدت مصر تصريحات تركيا.") == ["EGY opposes TUR"])
  }

  @Test func blameOpposes() throws {
    // "ألقى X باللوم/باللائمة على Y": the light verb's subject blames Y.
    #expect(try relations("وألقت روسيا باللائمة على الطيار التركي.") == ["RUS opposes TUR"])
    #expect(try relations("وألقى الرئيس المصري باللوم على تركيا.") == ["EGY opposes TUR"])
    #expect(try relations("Russia blamed Turkey for the crash.") == ["RUS opposes TUR"])
  }

  @Test func progressiveIsNotPassive() throws {
    #expect(
      try relations("Russia has been fighting Turkey since 2015.") == [
        "RUS strikes TUR", "RUS opposes TUR",
      ])
    #expect(try relations("Russia was attacked by Turkey.") == ["TUR strikes RUS"])
  }

  @Test func englishWordsThatLookLikeVerbCues() throws {
    // "back" as an adverb; a capitalised cue word inside a sentence in lower case.
    #expect(try relations("Russia sent them back to Turkey.").isEmpty)
    #expect(try relations("The Egyptian officers made it back home to Libya.").isEmpty)
    #expect(
      try relations("The list reads: Russia Bomb Turkey, a city official said on Monday.").isEmpty)
    // Verbs stay verbs, in headlines too.
    #expect(
      Set(try relations("Egypt and Russia back Turkey.")) == [
        "EGY supports TUR", "RUS supports TUR",
      ])
    #expect(try relations("Russia Bombs Turkey In Overnight Raid") == ["RUS strikes TUR"])
  }

  @Test func possibleOrExpectedEventsAreHypothetical() throws {
    #expect(try relations("وتحدث عن ضربة جوية تركية محتملة لروسيا.") == ["TUR strikes RUS ?"])
    #expect(try relations("وتحدث عن الهجوم التركي المرتقب على سوريا.") == ["TUR strikes SYR ?"])
    #expect(
      try relations("The expected Turkish attack on Syria worried Russia.") == ["TUR strikes SYR ?"]
    )
    #expect(
      try relations("Egypt condemned the Turkish attack on Syria.").contains("TUR strikes SYR"))
  }

  @Test func holdingSomeoneResponsibleOpposes() throws {
    // The cue needs the word of responsibility after it; "حمل" alone is "carry".
    #expect(
      try relations("وحمّل الرئيس المصري الحكومة التركية المسؤولية الكاملة.") == ["EGY opposes TUR"])
    #expect(try relations("Egypt held Turkey responsible for the violence.") == ["EGY opposes TUR"])
    #expect(try relations("وحمل الجنود الأتراك أسلحتهم إلى سوريا.").isEmpty)
    #expect(
      try relations("Turkish delegates held talks with Russia.") == ["TUR negotiates-with RUS"])
  }

  @Test func aTitleAndItsHoldersNameAcrossACommaOrAHashtag() throws {
    #expect(
      try relations("وانتقد الرئيس التركي، رجب طيب أردوغان الحكومة المصرية.") == ["TUR opposes EGY"]
    )
    #expect(
      try relations("وانتقد الرئيس التركي، #رجب_طيب_أردوغان الحكومة المصرية.") == [
        "TUR opposes EGY"
      ])
  }

  @Test func aPrepositionOfTimeIsNoPlace() throws {
    // "في الوقت الراهن" stands between the subject and the object.
    #expect(
      try relations("ويدعم الجيش الأمريكي في الوقت الراهن حكومة الوفاق.") == ["USA supports GNA"])
  }

  @Test func aCallReceivedFromSomeoneIsContact() throws {
    #expect(
      try relations("وتلقى الرئيس المصري اتصالا هاتفيا من الرئيس التركي.")
        == ["EGY negotiates-with TUR"])
    // Without a verb of receiving, "من" does not join them.
    #expect(try relations("وأجرى الرئيس المصري اتصالا هاتفيا من القاهرة.").isEmpty)
  }

  @Test func jointActsJoinTheNamesBesideThem() throws {
    #expect(
      try relations("وبدأت المناورات العسكرية المصرية الروسية المشتركة أمس.")
        == ["EGY negotiates-with RUS"])
    #expect(
      try relations("A joint US-Turkish raid killed ten militants.") == ["USA negotiates-with TUR"])
    // Names further away are not the partners of a joint act.
    #expect(
      try relations("أمر الرئيس الأمريكي بضرب سوريا في عملية مشتركة مع القوات المصرية.")
        .allSatisfy { !$0.hasPrefix("SYR negotiates-with") })
  }

  @Test func aJointStatementIsAFactThoughWhatItCallsForIsNot() throws {
    // The appeal is made through the joint statement: the statement happened.
    #expect(
      try relations("دعت كل من مصر وروسيا في بيان مشترك إلى وقف إطلاق النار في ليبيا.")
        == ["EGY negotiates-with RUS"])
    #expect(
      try relations("Egypt and Russia called in a joint statement for a ceasefire in Libya.")
        == ["EGY negotiates-with RUS"])
    // The statement first, then the ones who spoke through it.
    #expect(
      try relations("In a joint statement, Egypt, Russia and Turkey urged the parties to stop.")
        == ["EGY negotiates-with RUS", "EGY negotiates-with TUR", "RUS negotiates-with TUR"])
    // Talks called for have not happened.
    #expect(try relations("دعت مصر إلى محادثات مع روسيا.") == ["EGY negotiates-with RUS ?"])
    #expect(try relations("Egypt urged talks with Russia.") == ["EGY negotiates-with RUS ?"])
  }

  @Test func anEnvoysPostingIsPartOfTheTitle() throws {
    // "لدى X", "في X", "to X" after an envoy: where the envoy serves, not an argument.
    #expect(try relations("رفض السفير الأمريكي لدى تركيا اقتراح روسيا.") == ["USA opposes RUS"])
    #expect(try relations("انتقد مندوب سوريا في مصر تركيا.") == ["SYR opposes TUR"])
    #expect(try relations("The US ambassador to Turkey criticized Russia.") == ["USA opposes RUS"])
    #expect(
      try relations("Russia's envoy to Syria met Egypt's foreign minister.")
        == ["RUS negotiates-with EGY"])
    // An envoy in the object: the envoy's country stays the target, the posting is dropped.
    #expect(try relations("استدعت تركيا السفير الأمريكي لدى أنقرة.") == ["TUR opposes USA"])
  }

  @Test func projectilesFiredAtAnActorStrikeIt() throws {
    // "أطلق" / "fire", "launch" strike only with a projectile; its direction names the target.
    #expect(try relations("أطلقت روسيا صواريخ على تركيا.") == ["RUS strikes TUR"])
    #expect(try relations("وأطلقت تركيا صاروخين باتجاه سوريا.") == ["TUR strikes SYR"])
    #expect(try relations("Russia fired two ballistic missiles at Turkey.") == ["RUS strikes TUR"])
    #expect(try relations("Russia launched drones at Turkey overnight.") == ["RUS strikes TUR"])
    // Launching something else, or firing without a target, is no strike.
    #expect(
      try relations("أطلقت روسيا حملة دبلوماسية مع تركيا.").allSatisfy { !$0.contains("strikes") })
    #expect(try relations("أطلقت مصر سراح معتقلين أتراك.").isEmpty)
    #expect(
      try relations("Russia launched a satellite with Egypt.").allSatisfy {
        !$0.contains("strikes")
      })
    #expect(try relations("Russia fired a missile into the sea.").isEmpty)
  }

  @Test func battlesWithAnActorAreMutual() throws {
    // The clause's subject and the actor after "مع"/"with" fight each other.
    #expect(
      try relations("سيطرت قوات حفتر على المدينة بعد معارك مع القوات التركية.")
        == ["LNA strikes TUR", "TUR strikes LNA"])
    #expect(
      try relations("Haftar's forces took the city after clashes with Turkish troops.")
        == ["LNA strikes TUR", "TUR strikes LNA"])
    // Talks with an actor stay talks.
    #expect(try relations("Egypt held talks with Turkey.") == ["EGY negotiates-with TUR"])
  }

  @Test func aVisitMeetsTheHost() throws {
    #expect(try relations("بدأ الرئيس المصري زيارة إلى روسيا.") == ["EGY negotiates-with RUS"])
    #expect(try relations("واختتم الرئيس المصري زيارته لروسيا.") == ["EGY negotiates-with RUS"])
  }

  @Test func theOneExposedToAnActIsItsTarget() throws {
    // "تعرض X لـ NOUN nisba": X suffers the act of the nisba's actor.
    #expect(try relations("وتعرضت سوريا لقصف تركي عنيف.") == ["TUR strikes SYR"])
    #expect(try relations("والمصريون يتعرضون لهجمة روسية بشعة.") == ["RUS strikes EGY"])
    #expect(try relations("Syria was the target of Turkish strikes.") == ["TUR strikes SYR"])
    #expect(
      try relations("Egypt has been the subject of Russian sanctions.") == ["RUS opposes EGY"])
  }

  @Test func aNameAfterANisbaAndItsNounIsTheObject() throws {
    // "banned Iranian airline Mahan Air": the airline, not Iran.
    #expect(try relations("Egypt criticised Libyan militia leader Haftar.") == ["EGY opposes LNA"])
    #expect(try relations("Egypt criticised the Libyan National Army.") == ["EGY opposes LNA"])
  }

  @Test func aParticiplePhraseAfterAVSOSubjectIsTheSubjects() throws {
    // "هاجم X المدعومون من Y Z": Y backs X; the object is Z.
    #expect(
      Set(try relations("وهاجمت القوات التركية المدعومة من روسيا مصر."))
        == ["TUR strikes EGY", "RUS supports TUR"])
  }

  @Test func diplomaticProtestsOppose() throws {
    // Summoning an ambassador, breaking off relations; a defective verb drops its ى before a
    // suffix ("استدعت").
    #expect(try relations("واستدعت وزارة الخارجية المصرية السفير التركي.") == ["EGY opposes TUR"])
    #expect(try relations("Egypt summoned the Turkish ambassador.") == ["EGY opposes TUR"])
    #expect(try relations("مصر تقطع علاقاتها الدبلوماسية مع تركيا.") == ["EGY opposes TUR"])
    #expect(try relations("Egypt cut diplomatic ties with Turkey.") == ["EGY opposes TUR"])
    #expect(ArabicInflection.pastForms(["التقى"]).contains("التقت"))
  }

  @Test func discussedWithACounterpartOrATitle() throws {
    #expect(
      try relations("وبحث الرئيس المصري مع نظيره التركي الأوضاع.") == ["EGY negotiates-with TUR"])
    #expect(
      try relations("وبحث الرئيس المصري مع الرئيس التركي الأوضاع في ليبيا.")
        == ["EGY negotiates-with TUR"])
  }

  @Test func victimsOfAnAttackNamedByItsAgent() throws {
    #expect(
      try relations("Six Turkish soldiers were killed in today's Egyptian attack.")
        == ["EGY strikes TUR"])
    // One noun may stand between the agent and the event noun.
    #expect(
      try relations("Ten Syrian soldiers were killed in Turkish artillery fire.")
        == ["TUR strikes SYR"])
  }

  @Test func negatedCuesAreReportedAsUnmatched() throws {
    var g = Gazetteer(entries: try Gazetteer.parse(testGazetteerText, file: "test"))
    g.merge(try Gazetteer.parse(extraTestActors, file: "test2"))
    let trace = Extractor(gazetteer: g, lexicon: try Lexicon.builtIn())
      .trace(Document(id: "t", text: "Egypt did not support Turkey."))
    #expect(trace.relations.isEmpty)
    #expect(trace.unmatched.contains { $0.kind == .negated && $0.actors == ["EGY", "TUR"] })
  }

  @Test func infinitivesAreNotFacts() throws {
    #expect(
      try relations("Russia faces pressure from Egypt to support Turkey.").contains(
        "RUS supports TUR ?"))
    #expect(try relations("Russia agreed to support Turkey.") == ["RUS supports TUR"])
  }

  @Test func anAmountStandsBetweenTheLightVerbAndItsNoun() throws {
    #expect(
      try relations("Russia pledged $50 million in aid to Syria.") == ["RUS supports SYR"])
    #expect(
      try relations("Russia announced 2 billion dollars of military aid to Syria.")
        == ["RUS supports SYR"])
  }

  @Test func aCoordinatedSubjectThatAgreesNegotiates() throws {
    #expect(
      try relations("Turkey and Russia agreed on a ceasefire.") == ["TUR negotiates-with RUS"])
    #expect(
      try relations("وافقت تركيا وروسيا على وقف إطلاق النار.") == ["TUR negotiates-with RUS"])
    // One party agreeing to something is no negotiation with the actor after it.
    #expect(try relations("Russia agreed to supply weapons to Syria.") == ["RUS supports SYR"])
  }

  @Test func aVerbalNounAfterAPrepositionTakesTheClauseSubject() throws {
    // "على دعم X": no object after the genitive, so X is the object and the subject acts.
    #expect(try relations("وافقت روسيا على دعم سوريا.") == ["RUS supports SYR"])
    #expect(try relations("ساهمت تركيا في دعم الجيش الوطني الليبي.") == ["TUR supports LNA"])
    #expect(try relations("تعمل روسيا على دعم النظام السوري.") == ["RUS supports SYR"])
    // With an object the genitive is the source; after من it is what is warned of.
    #expect(try relations("أكدت مصر على دعم روسيا لسوريا.") == ["RUS supports SYR"])
    #expect(try relations("حذرت مصر من دعم تركيا.").contains("EGY supports TUR") == false)
    // A killing is not the subject's: "المشتبه في اغتيال X".
    #expect(
      try relations("جمدت مصر أموال المشتبه في اغتيال حفتر.").contains("EGY strikes LNA") == false)
  }

  @Test func membersInAGroupAreNoPlace() throws {
    // "قياديا في X": a member of an armed group or party, not a place.
    #expect(
      try relations("قتلت تركيا قياديا في الجيش الوطني الليبي.") == ["TUR strikes LNA"])
    #expect(
      try relations("Turkey killed a senior commander in the Libyan National Army.")
        == ["TUR strikes LNA"])
    // A state after "في" stays a place.
    #expect(try relations("قتلت تركيا قياديا في ليبيا.").isEmpty)
  }

  @Test func injuredIsLikeWounded() throws {
    #expect(
      try relations("Three Turkish soldiers were injured in a Libyan National Army attack.")
        == ["LNA strikes TUR"])
  }

  @Test func theAgentOfAnActOneSufferedFollowsMin() throws {
    #expect(
      try relations("تعرضت القوات التركية لهجوم من قبل مسلحي الجيش الوطني الليبي.")
        == ["LNA strikes TUR"])
    #expect(
      try relations("Turkish troops came under attack by Libyan National Army fighters.")
        == ["LNA strikes TUR"])
  }

  @Test func aWarnedOfEventHasNotHappened() throws {
    #expect(try relations("حذرت تركيا من غزو روسي لليبيا.") == ["RUS strikes LBY ?"])
    #expect(try relations("حذرت تركيا روسيا من مهاجمة ليبيا.").contains("RUS strikes LBY") == false)
    #expect(try relations("وقالت تركيا إن روسيا شنت غزوا لليبيا.").contains("RUS strikes LBY"))
  }

  @Test func englishTitlesTakeTheNisbaBeforeThemNotAPlaceAfter() throws {
    #expect(
      try relations("The Egyptian commander in Syria, General Ali Bakr, held talks with Russia.")
        == ["EGY negotiates-with RUS"])
  }

  @Test func englishTitleAffiliationIsNotThePlaceAfterIt() throws {
    var g = Gazetteer(entries: try Gazetteer.parse(testGazetteerText, file: "test"))
    g.merge(try Gazetteer.parse(extraTestActors, file: "test2"))
    let ex = Extractor(
      gazetteer: g, lexicon: try Lexicon.builtIn(), titles: try TitleRecognizer.builtIn())
    let r = ex.extract(
      Document(id: "t", text: "The Egyptian ambassador in Syria Ali Bakr condemned Russia."))
    #expect(r.map { "\($0.source) \($0.relation.rawValue) \($0.target)" } == ["EGY opposes RUS"])
    #expect(r.first?.sourceActor == "PER_ALI_BAKR")
  }

  @Test func aVerbalNounAfterATitleIsNoName() throws {
    var g = Gazetteer(entries: try Gazetteer.parse(testGazetteerText, file: "test"))
    g.merge(try Gazetteer.parse(extraTestActors, file: "test2"))
    let ex = Extractor(
      gazetteer: g, lexicon: try Lexicon.builtIn(), titles: try TitleRecognizer.builtIn())
    // "اقتراح" (افتعال) after "السفير الروسي" is the proposal rejected, not a person.
    let r = ex.extract(Document(id: "t", text: "رفض السفير الروسي اقتراح الولايات المتحدة."))
    #expect(r.map { "\($0.source) \($0.relation.rawValue) \($0.target)" } == ["RUS opposes USA"])
    #expect((r.first?.sourceActor ?? "").hasPrefix("PER_") == false)
    // A name after the title is still one.
    let n = ex.extract(Document(id: "t", text: "انتقد السفير الروسي إسماعيل أحمد تركيا."))
    #expect(n.first?.sourceActor?.hasPrefix("PER_") == true)
    for w in ["اقتراح", "انسحاب", "استهداف"] { #expect(TitleRecognizer.isDerivedVerbalNoun(w)) }
    for w in ["اسماعيل", "احمد", "اسلام", "ابراهيم"] {
      #expect(!TitleRecognizer.isDerivedVerbalNoun(w))
    }
  }

  @Test func refusingCooperationOpposes() throws {
    #expect(try relations("Egypt refused to hold talks with Turkey.") == ["EGY opposes TUR"])
    #expect(try relations("ورفضت مصر التفاوض مع تركيا.") == ["EGY opposes TUR"])
    // Plain negation gives nothing; so does refusing what is already hostile.
    #expect(try relations("Egypt did not hold talks with Turkey.").isEmpty)
    #expect(try relations("Egypt refused to attack Turkey.").isEmpty)
  }

  @Test func launchVerbsTakeTheirSenseFromTheNoun() throws {
    #expect(try relations("وشنت تركيا هجوما على مواقع حفتر.") == ["TUR strikes LNA"])
    #expect(
      try relations("وانتقد المتحدث الحملة الإعلامية التركية التي شنت ضد حفتر.").allSatisfy {
        !$0.contains("strikes")
      })
  }

  @Test func arabicVerbalNounsAfterLightVerbs() throws {
    // "تعلن دعمها X": a verbal noun after a light verb; "دعم مصر لروسيا": genitive + لـ.
    #expect(try relations("مصر تعلن دعمها حفتر.") == ["EGY supports LNA"])
    #expect(try relations("وأكد المتحدث دعم مصر لحفتر.") == ["EGY supports LNA"])
  }

  @Test func arabicObjectsStayNearTheVerb() throws {
    // The actor far after the verb belongs to another phrase.
    #expect(
      try relations("وأيد الرئيس المصري منح الوسطاء مزيدا من الوقت لإقناع روسيا.").allSatisfy {
        !$0.hasPrefix("EGY supports RUS")
      })
    // An actor right after the verb is its subject, not one a few words before it.
    #expect(
      try relations("وفي تصريح لصحيفة مصرية اتهم أردوغان روسيا بالتدخل.") == ["TUR opposes RUS"])
  }

  @Test func directionsAndBracketsNameNoActor() throws {
    #expect(try relations("قتل جنود في غارة روسية شمال دمشق.").isEmpty)
    #expect(
      try relations("وانتقدت مصر (الروسية) الهجوم على سوريا.").allSatisfy { !$0.contains("RUS") })
  }
}
