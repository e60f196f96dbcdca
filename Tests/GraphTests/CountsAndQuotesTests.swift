import Testing

@testable import Graph

/// Counted victims, names between guillemets, and forces named by whom they belong to: the
/// way Arabic wire copy names the sides of a strike ("قتلت القوات 11 مسلحا من «القاعدة»",
/// "قوات تابعة لحفتر قصفت ...").
@Suite("Relations: counts, quoted names and affiliation")
struct CountsAndQuotesTests {
  /// Relations with the built-in gazetteer, lexicon and titles ("?" marks a hypothetical one).
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2008-06-01")
  }

  @Test func aCountBeforeTheObjectIsNoStepAway() throws {
    // "نحو" (about) before a number is no preposition of place.
    #expect(
      try relations("قتل الجيش الباكستاني نحو 40 مقاتلا من حركة طالبان.") == [
        "PAK strikes TALIBAN"
      ])
    // "مجموعة من عناصر": the count and the force noun are the target's own words.
    #expect(
      try relations("أطلقت طائرة إسرائيلية صاروخا على مجموعة من عناصر حركة حماس.") == [
        "ISR strikes HAMAS"
      ])
    #expect(
      try relations("قتلت القوات التركية أكثر من 20 عنصرا من حزب العمال الكردستاني.") == [
        "TUR strikes PKK"
      ])
    // Without the count the object is too far from the verb: a place between.
    #expect(try relations("قتل الجيش الباكستاني في بلدة على الحدود مع حركة طالبان.").isEmpty)
  }

  @Test func theCountedOnesTakeAStance() throws {
    #expect(
      try relations("تظاهر آلاف اليمنيين في صنعاء تنديدا بالعدوان الأمريكي.") == [
        "YEM opposes USA"
      ])
    #expect(try relations("تظاهر مئات الفلسطينيين ضد الاحتلال الإسرائيلي.") == ["PSE opposes ISR"])
    #expect(try relations("انتقد عشرات النواب الأمريكيين إسرائيل.") == ["USA opposes ISR"])
    // A place phrase before "ضد" is no step away from the verb.
    #expect(
      try relations("تظاهر آلاف اليمنيين في صنعاء ضد الولايات المتحدة.") == ["YEM opposes USA"])
    #expect(try relations("تظاهر الأتراك في أنقرة ضد إسرائيل.") == ["TUR opposes ISR"])
    // Guards: the counted ones are the victims of a force, and the ones arrested.
    #expect(try relations("قتل ثلاثة جنود أفغان في هجوم لطالبان.") == ["TALIBAN strikes AFG"])
    #expect(try relations("اعتقل عشرات الفلسطينيين في الضفة.") == [])
  }

  @Test func aQuotedAmbiguousNameIsTheGroup() throws {
    // Alone, "القاعدة" is also "the base"; between guillemets it is the writer's name.
    #expect(
      try relations("قتلت القوات الأمريكية ستة مسلحين من «القاعدة» قرب الموصل.") == [
        "USA strikes AQ"
      ])
    #expect(try relations("هاجمت القوات الأمريكية القاعدة الجوية قرب الموصل.").isEmpty)
    // A member of a quoted group ("قياديا في «القاعدة»").
    #expect(
      try relations("قتل الجيش الأمريكي قياديا بارزا في «القاعدة» شمال بغداد.") == [
        "USA strikes AQ"
      ])
  }

  @Test func namesBetweenGuillemetsCoordinate() throws {
    #expect(
      try relations("وأدانت «فتح» و«حماس» الاعتداءات الإسرائيلية.") == [
        "FATAH opposes ISR", "HAMAS opposes ISR",
      ])
    #expect(
      try relations("وأدانت «فتح» وحماس الحصار الإسرائيلي.") == [
        "FATAH opposes ISR", "HAMAS opposes ISR",
      ])
  }

  @Test func aForceNamedByWhomItBelongsToActsForThem() throws {
    // After the verb (VSO) and before it (SVO, after a complementizer).
    #expect(
      try relations("قصفت طائرة بدون طيار تابعة للقوات الأمريكية مواقع لحركة طالبان.") == [
        "USA strikes TALIBAN"
      ])
    #expect(
      try relations("وقالت مصادر إن قوات تابعة لحكومة الوفاق هاجمت الجيش الوطني الليبي.")
        == ["GNA strikes LNA"])
    // Positions belonging to an actor are what is hit, not who hits.
    #expect(try relations("قصف الجيش مواقع تابعة لحركة طالبان.").isEmpty)
    // Counted victims who belonged to an actor do not act.
    #expect(try relations("قتل خمسة جنود تابعين للجيش السوري.").isEmpty)
    // The word is no speech verb ("تابع": he went on): the sentence's verb keeps its subject.
    #expect(
      try relations("وتابع أردوغان أن بلاده تدعم حكومة الوفاق.") == ["TUR supports GNA"])
  }

  @Test func aClaimByAForceThatBelongsToAnActor() throws {
    // The subject of a light verb ("أعلنت ... مسؤوليتها"), with a place after it.
    #expect(
      try relations("أعلنت وحدة تابعة للجيش الأمريكي مسؤوليتها عن الهجوم على مواقع حركة طالبان.")
        == ["USA strikes TALIBAN"])
    #expect(
      try relations("أعلنت حركة طالبان في أفغانستان مسؤوليتها عن الهجوم على القوات الأمريكية.")
        == ["TALIBAN strikes USA"])
    // Sniping ("قنص") is an attack.
    #expect(
      try relations("اعلنت سرايا القدس مسؤوليتها عن قنص جندي اسرائيلي.") == ["PIJ strikes ISR"])
    // Opening fire on an actor's people, as a verbal noun.
    #expect(
      try relations("أعلنت كتائب شهداء الأقصى مسؤوليتها عن إطلاق النار على مستوطنين إسرائيليين.")
        == ["FATAH strikes ISR"])
    // A group affiliated with an actor is an actor of its own (here unnamed), not the actor.
    #expect(
      try relations("أعلنت جماعة تابعة لتنظيم #القاعدة مسؤوليتها عن الهجوم على السفارة الفرنسية.")
        .isEmpty)
    // Two attacks claimed at once (the dual, "الهجومين اللذين").
    #expect(
      try relations("أعلنت حركة طالبان مسؤوليتها عن الهجومين اللذين استهدفا القوات الأمريكية.")
        == ["TALIBAN strikes USA"])
  }

  @Test func aHashtagNamesTheGroup() throws {
    #expect(try relations("قصفت طائرات أمريكية مواقع #القاعدة شمال بغداد.") == ["USA strikes AQ"])
  }

  @Test func victimsOfAnActClaimedBySomeone() throws {
    // "اثر/جراء هجوم انتحاري تبنته X": the one who claimed the act did it to the victims.
    #expect(
      try relations("قتل أربعة من عناصر الشرطة العراقية اثر هجوم انتحاري تبنته «القاعدة».")
        == ["AQ strikes IRQ"])
    // Victims named before an act without author: no relation (the victims did not attack,
    // and the place is no author).
    #expect(
      try relations("وأصيب جنديان بريطانيان في هجوم انتحاري بالقرب من العاصمة الأفغانية كابول.")
        .isEmpty)
  }

  @Test func searchingForIsNoTalks() throws {
    // "بحث عن" is to search for; "بحث مع" is talks.
    #expect(
      try relations("وقالت الشرطة إن القوات الباكستانية تبحث عن مقاتلي حركة طالبان.").isEmpty)
    // "التقى على": to agree on; the actor after "عن" is what was revealed.
    #expect(
      try relations("والتقى المسؤولون الأمريكيون على أن الاحتجاجات كشفت عن ضعف إيران.").isEmpty)
    #expect(
      try relations("وبحث وزير الخارجية المصري مع نظيره الأردني الأزمة.").contains(
        "EGY negotiates-with JOR"))
  }

  @Test func anAccusativeOfPurposeTakesTheClausesSubject() throws {
    #expect(
      try relations("خرج آلاف الأتراك في إسطنبول احتجاجا على الحرب الإسرائيلية على غزة.") == [
        "TUR opposes ISR", "ISR strikes PSE", "ISR opposes PSE",
      ])
    // A stance joined by و has its own object: "ورفضا للعدوان الأمريكي" is no solidarity with
    // the United States.
    #expect(
      try relations("تظاهر اليمنيون في صنعاء تضامنا مع غزة ورفضا للعدوان الأمريكي.")
        .contains("YEM supports USA") == false)
    // Guard: the subject of another verb before the place phrase.
    #expect(
      try relations("اعتقلت الشرطة الفرنسية عشرات المحتجين في باريس احتجاجا على الحرب.") == [])
  }
}
