import Testing

@testable import Graph

/// Acts of force named by a noun and the actors around them: a stance on an act is a stance on
/// its author (the nisba after "القصف", "الغارات الجوية"), and a nisba that describes one act
/// is neither the target nor the author of another. Economic and legal measures (sanctions,
/// arrest warrants, lawsuits) state a stance.
@Suite("Relations: acts and their authors")
struct ActsAndAuthorsTests {
  /// Relations with the built-in gazetteer, lexicon and titles ("?" marks a hypothetical one).
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2018-06-01")
  }

  @Test func condemningAnActOpposesItsAuthor() throws {
    #expect(try relations("أدانت مصر القصف التركي.") == ["EGY opposes TUR"])
    #expect(
      try relations("استنكرت السلطة الفلسطينية الاعتداءات الإسرائيلية.") == ["PSE opposes ISR"])
    #expect(
      try relations("أدانت مصر القصف التركي على سوريا.") == [
        "EGY opposes TUR", "TUR strikes SYR",
      ])
    // An adjective between the act and its nisba.
    #expect(
      try relations("دانت مصر بشدة الغارات الجوية الإسرائيلية على غزة.") == [
        "EGY opposes ISR", "ISR strikes PSE",
      ])
    // Backing an act backs its author.
    #expect(try relations("أيدت روسيا الهجوم التركي على عفرين.") == ["RUS supports TUR"])
  }

  @Test func theActMayStandFurtherOn() throws {
    // Past a place phrase and a noun of consequence, before any other actor or clause.
    #expect(
      try relations("وحذر السفير الروسي في الولايات المتحدة من تداعيات الضربة الأمريكية ضد سوريا.")
        .contains("RUS opposes USA"))
    // The victims' nisba is no author.
    #expect(try relations("أدانت مصر قتل المتظاهرين الفلسطينيين.").isEmpty)
    // Another actor before the act is the verb's business, not the act's.
    #expect(
      !(try relations("أدانت مصر الهجوم على القوات التركية.").contains("EGY opposes TUR")))
  }

  @Test func aNisbaOfAnotherActIsNoTarget() throws {
    // "الهجوم التركي" names Turkey as the author of its own attack, not as Iran's target.
    #expect(
      try relations("وقالت إنها تتوقع هجوما إيرانيا بالتزامن مع الهجوم التركي المرتقب.").isEmpty)
    // Condemning attacks names no target among the actors after the clause.
    #expect(
      try relations(
        "وبينما استنكرت أوروبا والولايات المتحدة الاعتداءات اكتفت روسيا والصين بالمطالبة بالاعتدال."
      )
      .allSatisfy { !$0.hasSuffix("RUS") && !$0.hasSuffix("CHN") })
  }

  @Test func aRelativeClauseNamesTheAuthorThroughItsPronoun() throws {
    // After an indefinite act the relative clause has no pronoun of its own.
    #expect(
      try relations("أدانت مصر هجوما شنته إسرائيل على غزة.") == [
        "EGY opposes ISR", "ISR strikes PSE",
      ])
    #expect(
      try relations("جاء ذلك بعد هجوم شنه مقاتلو حركة الشباب على قاعدة للجيش الكيني.") == [
        "SHABAAB strikes KEN"
      ])
    // The pronoun on the launching verb is the act, not an actor named before it.
    #expect(
      try relations(
        "قطع السودان علاقاته الدبلوماسية مع تشاد غداة هجوم شنه مقاتلو حركة العدل والمساواة على مدينة أم درمان."
      ) == ["SDN opposes TCD", "JEM strikes SDN"])
    // Adjectives of the act before the verb, and the act's own phrase with "في".
    #expect(
      try relations(
        "وقتل ثلاثة مدنيين في غارات جوية نفذتها طائرات روسية على مواقع لهيئة تحرير الشام.")
        == ["RUS strikes HTS"])
    // An unnamed force that belongs to the actor ("الوحدات التابعة للجيش التركي") acts for it.
    #expect(
      try relations(
        "وشهدت المنطقة ضربات صاروخية نفذتها الوحدات التابعة للجيش التركي على مواقع لقوات سوريا الديمقراطية."
      ) == ["TUR strikes SDF"])
    // The launching verb after the act's adjectives is no verb of its own: the one who
    // condemns did not strike.
    #expect(
      try relations("ودانت قطر غارات جوية شنها الطيران الحربي التابع لإسرائيل على مخيم في غزة.")
        == ["QAT opposes ISR"])
    // The pronoun on a preposition after the verb.
    #expect(try relations("أدانت مصر العملية التي قام بها حزب الله.") == ["EGY opposes HEZBOLLAH"])
    // Without a pronoun the act is the verb's subject and the actor after it the act's target.
    #expect(
      !(try relations("أدانت مصر الهجوم الإرهابي الذي استهدف القوات الأمريكية.").contains(
        "EGY opposes USA")))
  }

  @Test func forceWordsOfSanctionsAreAStance() throws {
    #expect(
      try relations("Trump administration hits 13 Venezuelans with sanctions in advance of vote.")
        == ["USA opposes VEN"])
    #expect(try relations("استهدفت واشنطن طهران بعقوبات جديدة.") == ["USA opposes IRN"])
    // With weapons they are force.
    #expect(try relations("Russia hit Ukraine with missiles.") == ["RUS strikes UKR"])
  }

  @Test func legalActionsOppose() throws {
    #expect(
      try relations("أصدرت إيران مذكرة اعتقال بحق الرئيس الأمريكي دونالد ترامب.") == [
        "IRN opposes USA"
      ])
    #expect(
      try relations("رفعت قطر دعوى قضائية ضد الإمارات أمام محكمة العدل الدولية.") == [
        "QAT opposes ARE"
      ])
    #expect(try relations("قدمت مصر شكوى ضد إثيوبيا إلى مجلس الأمن.") == ["EGY opposes ETH"])
  }

  @Test func anActByAnAgent() throws {
    // The act with its agent after "by" is the subject of the verb after it.
    #expect(
      try relations("The attack by the Taliban killed six American soldiers.") == [
        "TALIBAN strikes USA"
      ])
    #expect(
      try relations("An attack by al-Shabaab militants on Monday killed 12 Kenyan soldiers.") == [
        "SHABAAB strikes KEN"
      ])
    // Its target after "on".
    #expect(
      try relations("The attack by the Taliban on a NATO convoy was repelled.") == [
        "TALIBAN strikes NATO"
      ])
    // Without an agent the noun still says nothing.
    #expect(try relations("An attack on Iraqi forces killed 20 soldiers.").isEmpty)
  }

  @Test func recallingAnEnvoyFromHisPost() throws {
    // "لدى"/"في" after the envoy names the state of the post, not a place of the act.
    #expect(try relations("استدعت الجزائر سفيرها لدى فرنسا للتشاور.") == ["DZA opposes FRA"])
    #expect(try relations("واستدعت السعودية سفيرها في كندا.") == ["SAU opposes CAN"])
    // A post at an organisation is no bilateral tie.
    #expect(try relations("استدعت الجزائر سفيرها لدى الأمم المتحدة.").isEmpty)
  }

  @Test func rejectingSanctionsOpposesTheirAuthor() throws {
    #expect(
      try relations("رفضت روسيا العقوبات الأمريكية على إيران.") == ["RUS opposes USA"])
    // Not their target, and the one who rejects them did not impose them.
    #expect(try relations("رفضت روسيا العقوبات على إيران.").isEmpty)
    #expect(try relations("انتقدت الصين العقوبات الغربية على روسيا.").isEmpty)
    #expect(try relations("فرضت الولايات المتحدة عقوبات على إيران.") == ["USA opposes IRN"])
  }

  @Test func designatingATerroristOrganisationOpposes() throws {
    #expect(
      try relations(
        "حزب العمال الكردستاني الذي يعتبره الاتحاد الأوروبي والولايات المتحدة وتركيا منظمة إرهابية، كثف عملياته."
      ) == ["EU opposes PKK", "USA opposes PKK", "TUR opposes PKK"])
    #expect(
      try relations("وتصنف الولايات المتحدة جماعة الحوثي منظمة إرهابية.") == ["USA opposes HOUTHIS"]
    )
    #expect(
      try relations("The United States labeled the Houthis a terrorist group.") == [
        "USA opposes HOUTHIS"
      ])
    // "اعتبر ... أن" reports speech: a "terrorist" in what is said designates nobody.
    #expect(
      try relations(
        "واعتبر وزير الخارجية التركي أن الهجمات الإرهابية التي تشنها الوحدات الكردية تهدد تركيا.")
        == ["YPG strikes TUR"])
  }

  @Test func whoIsBlamedOrCondemnedForAnActDidIt() throws {
    // Blamed: the act is alleged; condemned for it: told as done.
    #expect(
      try relations("Kabul blamed the Haqqani network for the attack on the Indian embassy.")
        .sorted() == ["AFG opposes HAQQANI", "HAQQANI strikes IND ?"])
    #expect(
      try relations("Israel condemned Hamas for the deadly attacks on Israeli civilians.").sorted()
        == ["HAMAS strikes ISR", "ISR opposes HAMAS"])
    // Thanks for an act are no blame.
    #expect(
      try relations("Egypt thanked Qatar for the attack on Israel.").allSatisfy {
        !$0.hasPrefix("QAT strikes")
      })
  }

  @Test func whoIsBehindAnActIsItsAuthorAndAnAccusedActIsAlleged() throws {
    #expect(
      try relations(
        "قال مستشار الأمن القومي الهندي إن باكستان تقف وراء الهجوم الانتحاري الذي استهدف السفارة الهندية في كابل."
      ).sorted() == ["IND opposes PAK", "PAK strikes IND"])  // the blame is a stance too
    // Under an accusation the act is alleged (kept, flagged hypothetical); the accusation is not.
    #expect(
      try relations("وتتهم الهند باكستان بالوقوف وراء الهجوم على السفارة الهندية.") == [
        "IND opposes PAK", "PAK strikes IND ?",
      ])
    #expect(
      try relations(
        "وسارعت الحكومة الباكستانية إلى اتهام حركة طالبان بشن الهجوم على الجيش الباكستاني."
      )
      .allSatisfy { !$0.hasPrefix("TALIBAN strikes") || $0.hasSuffix("?") })
  }

  @Test func condemningAnAttackOnAMemberDoesNotOpposeTheMembersGroup() throws {
    // The victim is Hamas's; Hezbollah condemns whoever killed him, who is not named.
    #expect(
      try relations("استنكر حزب الله اغتيال القيادي في حركة حماس صالح العاروري في بيروت.") == [])
    // Guard: with the author named, the act is his, and the condemnation is aimed at him.
    #expect(
      try relations("أدانت مصر اغتيال إسرائيل للقيادي في حركة حماس.") == [
        "EGY opposes ISR", "ISR strikes HAMAS",
      ])
  }
}
