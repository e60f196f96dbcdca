import Testing

@testable import Graph

/// Demands that an actor stop an act ("طالبت مصر إسرائيل بوقف العدوان"), pledges of aid
/// through a light verb ("تعهدت الإمارات بتقديم مساعدات للسودان"), sanctions and fighting
/// alongside an ally.
@Suite("Relations: demands, pledges, sanctions and allies in arms")
struct DemandAndPledgeTests {
  /// Relations with the built-in gazetteer, lexicon and titles ("?" marks a hypothetical one).
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2019-06-01")
  }

  @Test func aDemandToStopAnActOpposesTheOneAsked() throws {
    #expect(try relations("طالبت مصر إسرائيل بوقف العدوان على غزة.") == ["EGY opposes ISR"])
    // A ceasefire asked for is no act of force to stop.
    #expect(try relations("طالبت مصر إسرائيل بوقف إطلاق النار.").isEmpty)
  }

  @Test func anEnglishDemandOpposesTheOneAsked() throws {
    #expect(try relations("The US urged Russia to withdraw from Ukraine.") == ["USA opposes RUS"])
    #expect(
      try relations("The US called on Israel to halt its offensive in Gaza.") == [
        "USA opposes ISR"
      ])
    // An order to leave, with the force noun of the one asked before "to".
    #expect(try relations("Niger ordered French troops to leave.") == ["NER opposes FRA"])
    #expect(try relations("طالبت النيجر القوات الفرنسية بمغادرة البلاد.") == ["NER opposes FRA"])
    // The ones asked after "from", "of" or "including" in the phrase of the verb's object.
    // (Each was no relation.)
    #expect(
      try relations(
        "Venezuela ordered diplomats from seven Latin American countries, including Argentina, Chile and Peru, to leave."
      ) == ["VEN opposes ARG", "VEN opposes CHL", "VEN opposes PER"])
    #expect(
      try relations("Algeria ordered twelve staff members of the embassy of France to leave.") == [
        "DZA opposes FRA"
      ])
    // The one asked named by title and name between commas; the asker a possessor with its
    // head and a time before the verb.
    #expect(
      try relations("Niger ordered the French ambassador, Sylvain Itte, to leave the country.")
        == ["NER opposes FRA"])
    #expect(
      try relations(
        "Niger’s military-led government on Friday ordered the French ambassador to leave the country."
      ) == ["NER opposes FRA"])
    // A demand with "that" and the bare verb.
    #expect(try relations("Egypt demanded that Israel withdraw from Gaza.") == ["EGY opposes ISR"])
    #expect(try relations("Turkey demanded that Russia stop its attacks.") == ["TUR opposes RUS"])
    // Withdrawing by one's own decision is no demand.
    #expect(try relations("The US decided to withdraw from Syria.").isEmpty)
    // Under a condition the demand is hypothetical.
    #expect(
      try relations("If the US urged Russia to withdraw, Moscow would refuse.") == [
        "USA opposes RUS ?"
      ])
  }

  @Test func aDemandIsStatedUnderItsOwnRequestVerb() throws {
    // The demand is what "طالبت" states: a fact, not a hypothetical.
    #expect(
      try relations("طالبت فرنسا روسيا بالانسحاب من أوكرانيا.") == ["FRA opposes RUS"])
    // Under a condition it is one.
    #expect(
      try relations("إذا طالبت فرنسا روسيا بالانسحاب فإن ذلك سيؤدي إلى أزمة.") == [
        "FRA opposes RUS ?"
      ])
    // English: the asker's own stance, asked of a third party, is stated too.
    #expect(
      try relations(
        "The Sudanese foreign ministry urged the international community to designate the RSF a terrorist group."
      ) == ["SDN opposes RSF"])
    #expect(
      try relations(
        "If the Sudanese foreign ministry urged the international community to designate the RSF a terrorist group, Dagalo would respond."
      ) == ["SDN opposes RSF ?"])
  }

  @Test func aDemandedApologyOpposesTheOneAsked() throws {
    #expect(try relations("طالبت تركيا إسرائيل بالاعتذار عن الهجوم.") == ["TUR opposes ISR"])
    #expect(try relations("طالبت الصين اسرائيل بتقديم اعتذار علني.") == ["CHN opposes ISR"])
    #expect(try relations("China demanded an apology from Israel.") == ["CHN opposes ISR"])
    #expect(try relations("Ankara urged Israel to apologize for the raid.") == ["TUR opposes ISR"])
    // An apology made is no demand.
    #expect(try relations("قدمت إسرائيل اعتذارا لمصر عن مقتل الجنود.").isEmpty)
  }

  @Test func aCoordinatedRequestVerbTakesTheSentencesSubject() throws {
    // "وطالبت" has no asker of its own: China, the subject of "دانت", asks.
    #expect(
      try relations("دانت الصين الغارة وطالبت اسرائيل بالانسحاب من لبنان.") == ["CHN opposes ISR"])
    #expect(
      try relations("دانت الصين التي قتل احد مراقبيها وطالبت اسرائيل بالاعتذار.") == [
        "CHN opposes ISR"
      ])
    // The object of the first verb is not the asker.
    #expect(
      try relations("استقبلت تركيا الرئيس الليبي وطالبت روسيا بالانسحاب.").contains(
        "TUR opposes RUS"))
  }

  @Test func anActAllowedIsHypothetical() throws {
    // A permission says the act may be done, not that it was.
    #expect(
      try relations(
        "سمح وزير الدفاع الإسرائيلي للجنود بإطلاق النار على المتظاهرين الفلسطينيين.")
        == ["ISR strikes PSE ?"])
  }

  @Test func theAskerIsNamedBeforeTheOneAsked() throws {
    // A title between the request verb and the asker's nisba.
    #expect(
      try relations("دعا الرئيس الفرنسي روسيا إلى الانسحاب من أوكرانيا.") == ["FRA opposes RUS"])
    #expect(
      try relations("طالب وزير الخارجية المصري إسرائيل بالانسحاب من لبنان.") == [
        "EGY opposes ISR"
      ])
    #expect(try relations("دعت مصر إسرائيل إلى سحب قواتها من غزة.") == ["EGY opposes ISR"])
    // SVO: the asker before the request verb.
    #expect(try relations("مصر طالبت إسرائيل بالانسحاب من لبنان.") == ["EGY opposes ISR"])
    // An asker no actor names: the one asked opposes no one.
    #expect(try relations("طالب الرئيس السابق إسرائيل بالانسحاب من لبنان.").isEmpty)
    // A title and nisba before a person's name are the asker's own (VSO).
    #expect(
      try relations("طالب الرئيس السوداني عمر البشير بطرد القوات الأمريكية.") == [
        "SDN opposes USA"
      ])
    #expect(
      try relations("طالب الرئيس السوداني عمر البشير الولايات المتحدة بسحب قواتها.") == [
        "SDN opposes USA"
      ])
    // A threat to expel, with a long subject between: what is threatened is hypothetical.
    #expect(
      try relations("هدد الرئيس السوداني عمر البشير بطرد القوات الأمريكية.") == [
        "SDN opposes USA ?"
      ])
    // The place left is no one asked.
    #expect(try relations("طالبت مصر بالانسحاب من لبنان.").isEmpty)
    #expect(
      try relations("طالبت إسرائيل بانسحاب حزب الله من جنوب لبنان.") == ["ISR opposes HEZBOLLAH"])
  }

  @Test func fightingAlongsideSupports() throws {
    // "fought alongside X": X is an ally, not a target.
    #expect(
      try relations("The Wagner group fought alongside Malian troops.") == ["WAGNER supports MLI"])
    #expect(
      try relations("وقالت المصادر إن مرتزقة فاغنر يقاتلون إلى جانب قوات حفتر.") == [
        "WAGNER supports LNA"
      ])
    // With the subject between the verb and "إلى جانب" (VSO).
    #expect(try relations("وقفت مصر إلى جانب السعودية.") == ["EGY supports SAU"])
    #expect(try relations("وقف الرئيس الروسي أمس إلى جانب نظيره السوري.") == ["RUS supports SYR"])
    // The verbal noun, its possessor the speaker's country.
    #expect(
      try relations("وأكد وزير الخارجية الإيراني وقوف بلاده إلى جانب سوريا.") == [
        "IRN supports SYR"
      ])
    // Without "إلى جانب" the fighting verb is a strike.
    #expect(
      try relations("قاتلت القوات السورية تنظيم داعش.") == ["SYR strikes ISIS", "SYR opposes ISIS"])
  }

  @Test func sanctionsSlappedOnAnActor() throws {
    #expect(
      try relations("Washington slapped new sanctions on Tehran.") == ["USA opposes IRN"])
  }

  @Test func aPledgeToProvideAidSupports() throws {
    #expect(
      try relations("تعهدت الإمارات بتقديم مساعدات للسودان.") == ["ARE supports SDN"])
    #expect(
      try relations("أعلنت ألمانيا إرسال أسلحة إلى أوكرانيا.") == ["DEU supports UKR"])
  }

  @Test func aWithdrawalToldIsNoDemand() throws {
    // Told, not asked for: nobody opposes anybody here.
    #expect(try relations("سيطرت حركة طالبان على كابل بعد انسحاب القوات الأمريكية.").isEmpty)
    #expect(
      try relations("كانت دمشق في الأيام التي سبقت استقالة الحكومة اللبنانية محور الاتصالات.")
        .isEmpty)
    // Asked for, made a condition, or aimed at: a demand.
    #expect(try relations("طالبت تركيا بانسحاب القوات الأمريكية من سوريا.") == ["TUR opposes USA"])
    #expect(try relations("تشترط أنقرة انسحاب القوات الروسية من أوكرانيا.") == ["TUR opposes RUS"])
    #expect(
      try relations(
        "يصر أردوغان على العملية العسكرية بهدف إخلاء المنطقة من مقاتلي حزب العمال الكردستاني.")
        == ["TUR opposes PKK"])
  }

  @Test func aWelcomedWithdrawalIsNoSupportOfTheOneLeaving() throws {
    #expect(try relations("رحبت مصر بانسحاب القوات الروسية من سوريا.") == ["EGY opposes RUS"])
  }

  @Test func aThreatOfAnActAgainstAnActorOpposesIt() throws {
    #expect(
      try relations("هددت تركيا بشن عملية عسكرية ضد قوات سوريا الديمقراطية.").sorted() == [
        "TUR opposes SDF", "TUR strikes SDF ?",
      ])
    #expect(
      try relations("وتوعدت إسرائيل بشن حرب ضد حزب الله.").sorted() == [
        "ISR opposes HEZBOLLAH", "ISR strikes HEZBOLLAH ?",
      ])
    // A threat to use a weapon against an actor.
    #expect(
      try relations("هددت كوريا الشمالية باستخدام السلاح النووي ضد الولايات المتحدة.") == [
        "PRK opposes USA"
      ])
  }

  @Test func askingForSanctionsOrPressureOnAnActorOpposesIt() throws {
    #expect(try relations("دعت تركيا إلى فرض عقوبات على إسرائيل.") == ["TUR opposes ISR"])
    #expect(try relations("طالبت تركيا بفرض عقوبات على إسرائيل.") == ["TUR opposes ISR"])
    #expect(
      try relations("دعت تركيا المجتمع الدولي إلى الضغط على إسرائيل.") == ["TUR opposes ISR"])
    #expect(
      try relations("دعا وزير الخارجية الإيراني إلى فرض عقوبات على إسرائيل.") == [
        "IRN opposes ISR"
      ])
    // The one asked only may; the asker holds the stance it asks for.
    #expect(
      try relations("دعت تركيا الولايات المتحدة إلى فرض عقوبات على إسرائيل.") == [
        "USA opposes ISR ?", "TUR opposes ISR",
      ])
    // Guard: the one asked to condemn has not (the one who asks has).
    #expect(
      try relations("طالبت إسرائيل مصر بإدانة حماس.") == [
        "EGY opposes HAMAS ?", "ISR opposes HAMAS",
      ])
  }
}
