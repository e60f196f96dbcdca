import Testing

@testable import Graph

/// Who speaks and who acts when the sentence says it around the verb: first-person verbs in
/// quotes, a new speaker no actor names, title appositions between the verb and its object,
/// time phrases and place phrases before the object.
@Suite("Relations: speakers, appositions, time and place phrases")
struct SpeakerAppositionTests {
  @Test func firstPersonPluralVerbsAreTheSpeakers() throws {
    // The imperfect with ن and the perfect with نا are "we": the speaker is the source.
    #expect(try relations("قال أردوغان: \"ندين روسيا\".") == ["TUR opposes RUS"])
    #expect(try relations("قال أردوغان: \"ندعم الجيش الوطني الليبي\".") == ["TUR supports LNA"])
    #expect(try relations("وقال أردوغان: \"رفضنا المقترح الروسي\".") == ["TUR opposes RUS"])
    // A verb whose stem starts with ن is a third person: its subject follows.
    #expect(try relations("ندد أردوغان بروسيا.") == ["TUR opposes RUS"])
  }

  @Test func aVerbBeforeAThatClauseSetsTheSpeaker() throws {
    // "حذر X من أن بلاده ...": X speaks for "بلاده".
    #expect(
      try relations("حذر أردوغان السبت من أن بلاده ستواصل دعم الجيش الوطني الليبي.")
        == ["TUR supports LNA"])
    // Support that will continue is a fact; support that will come is not yet.
    #expect(
      try relations("Turkey will continue to support the Libyan National Army.")
        == ["TUR supports LNA"])
    #expect(
      try relations("Turkey will support the Libyan National Army.") == ["TUR supports LNA ?"])
  }

  @Test func aJudgementIsTheSpeakersOfTheActorBeforeIt() throws {
    // "قال X إن قرار Y غير مقبول": the speaker named in the sentence opposes Y.
    #expect(
      try relations("قال أردوغان إن قرار الجيش الوطني الليبي غير مقبول.") == ["TUR opposes LNA"])
    #expect(
      try relations("Erdogan said the decision of the Libyan National Army was unacceptable.")
        == ["TUR opposes LNA"])
    // Without a speaker in the sentence, nobody judges.
    #expect(try relations("قرار الجيش الوطني الليبي غير مقبول.").isEmpty)
  }

  @Test func aQuoteNounAfterAnNamesTheSpeaker() throws {
    // "نقلت الوكالة عن X قوله إن ...": X speaks for "بلاده", even after a comma.
    #expect(
      try relations("ونقلت الوكالة عن أردوغان، قوله إن بلاده تدعم الجيش الوطني الليبي.")
        == ["TUR supports LNA"])
  }

  @Test func anUnnamedSpeakerInASentenceWithoutActorsCountsToo() throws {
    // The sentence with the new speaker names no actor; the speaker still changes, whether or
    // not unmatched items are collected (the fuzzer found the two paths disagreeing).
    var g = Gazetteer(entries: try Gazetteer.parse(testGazetteerText, file: "test"))
    g.merge(try Gazetteer.parse(extraTestActors, file: "test2"))
    let ex = Extractor(gazetteer: g, lexicon: try Lexicon.builtIn())
    let doc = Document(
      id: "t",
      text: "قال أردوغان إن الوضع صعب. وقال وزير الدولة لشؤون الإعلام: الوضع صعب. ندين روسيا.")
    #expect(ex.extract(doc) == ex.trace(doc).relations)
    #expect(ex.extract(doc).isEmpty)
  }

  @Test func aTitleAfterASpeechVerbIsANewSpeaker() throws {
    // The previous speaker does not say what an unnamed minister says.
    let text = "قال أردوغان إن الوضع صعب. وقال وزير الدولة لشؤون الإعلام: \"ندين روسيا\"."
    #expect(try relations(text).isEmpty)
    // Named after the title, before the quote, the holder speaks.
    #expect(
      try relations("وقال وزير الدولة لشؤون الإعلام، أردوغان: \"ندين روسيا\".")
        == ["TUR opposes RUS"])
  }

  @Test func titleAppositionStandsBetweenTheVerbAndItsObject() throws {
    // An unknown name and its title: the title's actor is the subject, the object follows
    // the closing comma.
    #expect(
      try relations("اتهم سعيد الخالدي، المتحدث باسم الجيش الوطني الليبي، تركيا بدعم الإرهاب.")
        == ["LNA opposes TUR"])
    // A known name keeps its own actor; the apposition's actor is not the object.
    #expect(
      try relations("اتهم حفتر، قائد الجيش الوطني الليبي، تركيا بدعم الإرهاب.")
        == ["LNA opposes TUR"])
    // Rank words before the name.
    #expect(
      try relations("انتقد العقيد الركن خليفة حفتر، قائد الجيش الوطني الليبي، روسيا.")
        == ["LNA opposes RUS"])
    // A place in the title is no affiliation.
    #expect(
      try relations("اتهم فادي عبود، رئيس منظمة لرجال الصناعة في ليبيا، تركيا بالتدخل.").isEmpty)
  }

  @Test func aStatementsVerbHasItsAuthorAsSubject() throws {
    // "بيانا اتهم فيه X": the verb describes the statement; its author accuses X.
    #expect(
      try relations("وأصدر أردوغان بيانا اتهم فيه الجيش الوطني الليبي بالتصعيد.")
        == ["TUR opposes LNA"])
    // A parenthetical between the issuing verb and the statement is not the author.
    #expect(
      try relations("أما أردوغان، فأصدر، قبيل وصول وزير الخارجية الروسي، بيانا انتقد فيه حفتر.")
        == ["TUR opposes LNA"])
  }

  @Test func theAuthorOfACondemnedActIsTheTarget() throws {
    // "دانت X القوة التي استخدمتها Y": the relative clause's subject is the act's author.
    #expect(
      try relations("دانت مصر القوة المفرطة التي استخدمتها القوات التركية.") == ["EGY opposes TUR"])
    #expect(
      try relations("Egypt condemned the excessive force that Turkish troops used in Libya.")
        == ["EGY opposes TUR"])
    // A refusal does not reach into a relative clause: the agreement was signed; its parties
    // are opposed by the one who rejects it (with a verb or a noun of rejection). (Changed in
    // the twenty-eighth stop: the partner after "مع" is one of its parties, opposed too.)
    #expect(
      try relations("رفضت مصر الاتفاق الذي وقعته تركيا مع ليبيا.") == [
        "EGY opposes TUR", "EGY opposes LBY", "TUR negotiates-with LBY",
      ])
    #expect(
      try builtInRelations(
        "أعلنت الحكومة الصومالية رفضها القاطع لمذكرة التفاهم التي وقعتها إثيوبيا مع إقليم أرض الصومال.",
        date: "2024-01-03") == [
          "SOM opposes ETH", "SOM opposes SOMALILAND", "ETH negotiates-with SOMALILAND",
        ])
  }

  @Test func pressureOnAnActorOpposesIt() throws {
    // "ضغوط على X" is pressure on X by the noun's possessor or the light verb's subject;
    // "تحت ضغوط X" is pressure by X.
    #expect(try relations("وتزيد روسيا ضغوطها على تركيا.") == ["RUS opposes TUR"])
    #expect(try relations("تمارس روسيا ضغوطا على تركيا.") == ["RUS opposes TUR"])
    #expect(try relations("تراجعت تركيا تحت ضغوط روسيا.") == ["RUS opposes TUR"])
  }

  @Test func timePhraseBeforeTheObjectIsNoPlace() throws {
    #expect(try relations("تدعم روسيا منذ سنوات الجيش الوطني الليبي.") == ["RUS supports LNA"])
    #expect(try relations("تدعم روسيا منذ 2015 الجيش الوطني الليبي.") == ["RUS supports LNA"])
    #expect(
      try relations("تدعم روسيا منذ ثلاث سنوات الجيش الوطني الليبي.") == ["RUS supports LNA"])
    // A place still is one.
    #expect(try relations("تدعم روسيا في سوريا الجيش الوطني الليبي.").isEmpty)
  }

  @Test func againstAfterAPlacePhraseNamesTheObject() throws {
    #expect(
      try relations("تشن تركيا عمليات عسكرية في شمال ليبيا ضد الجيش الوطني الليبي.")
        == ["TUR strikes LNA"])
    #expect(
      try relations("Turkish forces launched attacks in Libya against the Libyan National Army.")
        == ["TUR strikes LNA"])
    // A campaign between the verb and "ضد" is the event the actor after it suffers.
    #expect(try relations("دعمت روسيا الحملة في سوريا ضد الجيش الوطني الليبي.").isEmpty)
  }
}
