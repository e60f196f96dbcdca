import Testing

@testable import Graph

/// Acts told by words the lexicon lacked or read too narrowly: entering by force ("توغلت قوات
/// إسرائيلية في جنوب لبنان"), recognising a state, a war with its author's nisba, joining a
/// partner in an attack, besieging, restoring ties, an operation with its possessor's pronoun,
/// victims named as part of a force ("خمسة من الجيش العراقي") and the international force.
@Suite("Relations: incursions, recognition, wars, partners, sieges, ties and force members")
struct EntryAndRecognitionTests {
  /// Relations with the built-in gazetteer, lexicon and titles ("?" marks a hypothetical one).
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2024-06-01").sorted()
  }

  @Test func enteringByForceHitsTheStateEntered() throws {
    #expect(try relations("توغلت قوات إسرائيلية في جنوب لبنان.") == ["ISR strikes LBN"])
    #expect(try relations("توغلت القوات التركية في الأراضي السورية.") == ["TUR strikes SYR"])
    #expect(try relations("يتوغل الجيش الإثيوبي في الصومال منذ أسابيع.") == ["ETH strikes SOM"])
    // Guard: a town names no actor entered.
    #expect(try relations("توغل الجيش الإسرائيلي في بلدة بيت حانون.") == [])
  }

  @Test func recognisingAStateSupportsIt() throws {
    #expect(try relations("اعترفت النرويج بدولة فلسطين.") == ["NOR supports PSE"])
    #expect(
      try relations("اعترفت الولايات المتحدة بسيادة المغرب على الصحراء الغربية.") == [
        "USA supports MAR"
      ])
    // Guard: admitting a loss is no recognition.
    #expect(
      try relations("اعترفت إسرائيل بمقتل جنديين في هجوم لحزب الله.") == ["HEZBOLLAH strikes ISR"])
  }

  @Test func aWarWithItsAuthorsNisbaHitsTheOneAfterAla() throws {
    #expect(
      try relations("الحرب الروسية على أوكرانيا دخلت عامها الثالث.") == [
        "RUS opposes UKR", "RUS strikes UKR",
      ])
    #expect(
      try relations("ووصف الرئيس السوري الحرب الإسرائيلية على لبنان بأنها عدوان.") == [
        // (Calling the war an aggression opposes its author.)
        "ISR opposes LBN", "ISR strikes LBN", "SYR opposes ISR",
      ])
    // Guards: the war in a country names no author.
    #expect(try relations("الحرب السورية أدت إلى نزوح الملايين إلى تركيا.") == [])
    #expect(try relations("وأدت الحرب في سوريا إلى تدفق اللاجئين على لبنان.") == [])
  }

  @Test func whoJoinsAPartnerInAnAttackStrikesWithIt() throws {
    #expect(
      try relations("انضمت بريطانيا إلى الولايات المتحدة في شن ضربات على مواقع الحوثيين.") == [
        "GBR strikes HOUTHIS", "USA strikes HOUTHIS",
      ])
    #expect(
      try relations("شاركت فرنسا مع الجيش المالي في عمليات ضد تنظيم القاعدة.") == [
        "FRA strikes AQ", "MLI strikes AQ",
      ])
    // Guard: taking part alone.
    #expect(try relations("شاركت بريطانيا في شن ضربات على الحوثيين.") == ["GBR strikes HOUTHIS"])
  }

  @Test func besiegingAndOperationsWithAPossessor() throws {
    #expect(
      try relations("حاصرت القوات الإسرائيلية مقر الرئيس الفلسطيني في رام الله.") == [
        "ISR strikes PSE"
      ])
    // Guard: a city the gazetteer does not hold names no actor.
    #expect(try relations("حاصرت قوات الدعم السريع مدينة بابنوسة.") == [])
    #expect(
      try relations("بدأ الجيش التركي عمليته العسكرية ضد وحدات حماية الشعب الكردية.") == [
        "TUR strikes YPG"
      ])
    #expect(
      try relations("وتواصل إسرائيل عمليتها العسكرية ضد حزب الله.") == ["ISR strikes HEZBOLLAH"])
  }

  @Test func restoringTiesIsATieBetweenTheTwo() throws {
    #expect(
      try relations("استأنفت السعودية وإيران علاقاتهما الدبلوماسية.") == [
        "SAU negotiates-with IRN"
      ])
    #expect(try relations("أعادت البحرين علاقاتها مع قطر.") == ["BHR negotiates-with QAT"])
    // Guard: redeploying is no tie.
    #expect(try relations("أعاد الجيش انتشاره في المنطقة.") == [])
  }

  @Test func victimsNamedAsPartOfAForce() throws {
    #expect(
      try relations("قتل ثلاثة من الجنود الأمريكيين في هجوم لحركة طالبان.") == [
        "TALIBAN strikes USA"
      ])
    #expect(
      try relations("قتل خمسة من الجيش العراقي في تفجير تبناه تنظيم الدولة.") == [
        "ISIS strikes IRQ"
      ])
    #expect(
      try relations("قتل عشرات من الجيش السوداني في هجوم لقوات الدعم السريع.") == [
        "RSF strikes SDN"
      ])
  }

  @Test func aRegionAfterTheActIsWhereItHappenedNotItsAgent() throws {
    // (Baghdad is no agent; "مسلحي القاعدة" names al-Qaeda, whose men the announcer killed.)
    #expect(
      try relations("وأعلن الجيش الأمريكي مقتل عشرة من مسلحي القاعدة في غارة جوية شمال بغداد.")
        == ["USA strikes AQ"])
    #expect(try relations("أصيب جنود سوريون في قصف مدفعي جنوب تركيا.") == [])
  }

  @Test func meetingsPeltingAndTheTurkmenFront() throws {
    #expect(
      try relations("عقد وزير الخارجية الصيني اجتماعا مع نظيره الإسرائيلي.") == [
        "CHN negotiates-with ISR"
      ])
    #expect(
      try relations("انتقدت الجبهة التركمانية تصريحات الرئيس العراقي.") == [
        "IRQ_TURKMEN_FRONT opposes IRQ"
      ])
    #expect(
      try relations("رشق متظاهرون فلسطينيون الجنود الإسرائيليين بالحجارة.") == ["PSE strikes ISR"])
  }

  @Test func aCoordinatedVerbOfAskingEndsTheAuthorsGroup() throws {
    #expect(
      try relations("دانت الصين الغارة الإسرائيلية ودعت روسيا إلى ضبط النفس.") == [
        "CHN opposes ISR"
      ])
    // Nor is the nisba and the one asked one apposed mention ("الإسرائيلية وطالبت إسرائيل").
    #expect(
      try relations("دانت الصين الغارة الإسرائيلية وطالبت إسرائيل بتقديم اعتذار.") == [
        "CHN opposes ISR"
      ])
    #expect(
      try relations("انتقدت تركيا الهجوم الإسرائيلي وحذرت إسرائيل من التصعيد.") == [
        "TUR opposes ISR"
      ])
    #expect(
      try relations("دانت مصر القصف الإسرائيلي ودعت إسرائيل إلى وقف عدوانها على غزة.") == [
        "EGY opposes ISR"
      ])
  }

  @Test func aTitleRightAfterACoordinatedVerbIsItsOwnSubject() throws {
    // The unknown adviser of Hamas criticised the president; Egypt did not criticise Hamas.
    #expect(
      try relations(
        "قال الرئيس المصري إن إسرائيل تتدخل في شؤون غزة. وانتقد محمد نزال المستشار السياسي لحركة حماس تصريحات الرئيس المصري."
      ) == ["EGY opposes ISR"])
    // The actor after the ل of a definite title is the one the titled person acts for.
    #expect(try relations("انتقد المستشار السياسي لحركة حماس مصر.") == ["HAMAS opposes EGY"])
    #expect(try relations("انتقد الناطق الرسمي لحركة حماس مصر.") == ["HAMAS opposes EGY"])
    // Any adjective of the title: "المبعوث الخاص للأمم المتحدة", as object and as subject.
    #expect(
      try relations("التقى وزير الخارجية المصري المبعوث الخاص للأمم المتحدة.") == [
        "EGY negotiates-with UN"
      ])
    #expect(
      try relations("انتقد المبعوث الخاص للأمم المتحدة جماعة الحوثي.") == ["UN opposes HOUTHIS"])
    // Guard: a cue's noun after the title is no adjective of it.
    #expect(try relations("قدم الرئيس الدعم لحركة حماس.") == [])
    // Guard: a nisba of the body after ل names it too.
    #expect(
      try relations("أشاد الناطق الرسمي للحكومة السودانية بالموقف القطري.") == ["SDN supports QAT"])
  }

  @Test func theInternationalForceIsTheUNs() throws {
    #expect(
      try relations("قتل جنود من القوة الدولية في هجوم شنته حركة الشباب.") == ["SHABAAB strikes UN"]
    )
    #expect(
      try relations("ورفضت الحكومة السودانية نشر قوات دولية في دارفور.") == ["SDN opposes UN"])
    #expect(try relations("رحب لبنان بانتشار القوة الدولية في الجنوب.") == ["LBN supports UN"])
  }
}
