import Testing

@testable import Graph

/// Arabic attack phrases: a light verb, a count and the attack noun ("شنت إسرائيل مئات الغارات
/// على"), in either order of subject and verb; and words written with ة, which end in no pronoun.
@Suite("Relations: light verbs with counted attacks, and the letter ة")
struct AttackPhraseTests {
  /// Relations with the built-in gazetteer, lexicon and titles ("?" marks a hypothetical one).
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2020-06-01").sorted()
  }

  @Test func aSubjectBeforeTheLightVerbStrikesTheTarget() throws {
    #expect(try relations("إسرائيل شنت غارات على إيران.") == ["ISR strikes IRN"])
    #expect(
      try relations("قالت الحكومة إن إسرائيل نفذت غارات على مواقع لحزب الله.") == [
        "ISR strikes HEZBOLLAH"
      ])
  }

  @Test func aHolyWarDeclaredIsWar() throws {
    #expect(
      try relations("The Islamic Courts declared jihad against Ethiopia.") == [
        "ICU opposes ETH", "ICU strikes ETH",
      ])
    #expect(
      try relations("أعلنت المحاكم الإسلامية الجهاد ضد إثيوبيا.") == [
        "ICU opposes ETH", "ICU strikes ETH",
      ])
  }

  @Test func lootingAnActorsPlaceStrikesIt() throws {
    #expect(
      try relations("RSF fighters looted the Sudanese army's headquarters.") == ["RSF strikes SDN"])
  }

  @Test func aCountBeforeTheAttackNounIsTheNouns() throws {
    #expect(try relations("شنت إسرائيل مئات الغارات على سوريا.") == ["ISR strikes SYR"])
    #expect(
      try relations("نفذت الطائرات التركية عددا من الغارات على مواقع حزب العمال الكردستاني.") == [
        "TUR strikes PKK"
      ])
  }

  @Test func aWordWithTaMarbutaHasNoPronounSuffix() throws {
    // "أسلحة" (weapons) was read "أسلحه" (I arm him), a verb of support.
    #expect(
      try relations("دمرت القوات الروسية مخازن أسلحة تابعة للجيش الأوكراني.").allSatisfy {
        !$0.contains("supports")
      })
    // Both tokenizers say so, with a diacritic after the letter too.
    let text = "مخازن أسلحةٍ ودعمه"
    let byScalars = Tokenizer.tokenize(Array(text.unicodeScalars))
    let byBytes = Array(text.utf8).withUnsafeBufferPointer {
      Tokenizer.tokenize(utf8: $0, index: nil)
    }
    #expect(byScalars.map(\.endsInTaMarbuta) == [false, true, false])
    #expect(byBytes.map(\.endsInTaMarbuta) == [false, true, false])
  }

  @Test func aWordAfterANounInConstructIsItsGenitive() throws {
    // "دعم" after "بمواصلة" is the noun (support), not the verb "he supported" with Ukraine as
    // its subject: that gave UKR supports RUS.
    #expect(
      try relations("وتعهد بايدن بمواصلة دعم أوكرانيا في مواجهة الغزو الروسي.") == [
        "USA supports UKR"
      ])
    #expect(try relations("تعهدت واشنطن بزيادة دعم أوكرانيا.") == ["USA supports UKR"])
    // Who condemns a kidnapping did not kidnap.
    #expect(try relations("أدانت الحكومة المصرية عملية خطف الدبلوماسيين الأمريكيين.") == [])
  }

  @Test func aWarWithAnotherIsMutual() throws {
    #expect(
      try relations("ويخوض الجيش السوداني منذ أبريل حربا مع قوات الدعم السريع.") == [
        "RSF opposes SDN", "RSF strikes SDN", "SDN opposes RSF", "SDN strikes RSF",
      ])
  }

  @Test func anAttackRepelledNamesItsAttackerAfterTheNoun() throws {
    let both = ["IRQ strikes ISIS", "ISIS strikes IRQ"]
    // The subject of a relative clause after the indefinite noun is the attacker.
    #expect(try relations("صد الجيش العراقي هجوما شنه مسلحون من تنظيم داعش.") == both)
    // After "أنه" the one who repels is the speech verb's subject.
    #expect(try relations("وأعلن الجيش العراقي أنه صد هجوما لتنظيم داعش.") == both)
    // "الجيش المالي" is the Malian army ("المالي" alone may be "financial").
    #expect(
      try relations("وأعلن الجيش المالي أنه صد هجوما شنه مسلحون من جماعة نصرة الإسلام والمسلمين.")
        == ["JNIM strikes MLI", "MLI strikes JNIM"])
    #expect(try relations("أعلن وزير المالية زيادة الدعم المالي.") == [])
    // A force noun with its owner's nisba is the attacker; after "أنها" the feminine subject
    // of the speech verb repels it.
    #expect(
      try relations("أعلنت جبهة تحرير تيغراي أنها صدت هجوما للقوات الإثيوبية.") == [
        "ETH strikes TPLF", "TPLF strikes ETH",
      ])
  }

  @Test func aLaunchOfProjectilesStrikesWhereTheyAreAimed() throws {
    // "بإطلاق": the manner of the subject's act; the owner's nisba names who fires.
    #expect(try relations("ورد حزب الله بإطلاق صواريخ على إسرائيل.") == ["HEZBOLLAH strikes ISR"])
    #expect(
      try relations("وتستخدم الأحياء لإطلاق صواريخ فلسطينية على إسرائيل.") == ["PSE strikes ISR"])
    // With ل after another noun, the launch is not the subject's.
    #expect(try relations("دعا أنان إلى وضع حد لإطلاق الصواريخ على إسرائيل.") == [])
    // Not the release of prisoners, nor the fire a truce stops.
    #expect(try relations("طالبت مصر إسرائيل بإطلاق سراح الأسرى.") == [])
  }

  @Test func aSeriesOfRaidsOnARegionOfAState() throws {
    #expect(try relations("شنت إسرائيل سلسلة غارات على لبنان.") == ["ISR strikes LBN"])
    #expect(try relations("شن الجيش الإسرائيلي غارات على جنوب لبنان.") == ["ISR strikes LBN"])
    // Where two sides clashed is no target.
    #expect(
      try relations("اشتبك الجيش السوداني مع قوات الدعم السريع جنوب الخرطوم.") == [
        "RSF strikes SDN", "SDN strikes RSF",
      ])
  }

  @Test func aProjectileStoppedWasFiredByItsOwner() throws {
    #expect(try relations("اعترضت الدفاعات السعودية صاروخا حوثيا.") == ["HOUTHIS strikes SAU"])
    #expect(
      try relations("اعترضت الدفاعات الجوية الإسرائيلية صواريخ لحزب الله.") == [
        "HEZBOLLAH strikes ISR"
      ])
    #expect(
      try relations("Israeli air defences intercepted Hezbollah rockets.") == [
        "HEZBOLLAH strikes ISR"
      ])
    #expect(
      try relations("Syrian air defences shot down Israeli missiles over Damascus.") == [
        "ISR strikes SYR"
      ])
    #expect(try relations("أسقطت الدفاعات الجوية الأوكرانية صواريخ روسية.") == ["RUS strikes UKR"])
    // Aimed at another, named after a word of direction.
    #expect(
      try relations("Jordan intercepted Iranian drones heading to Israel.") == ["IRN strikes ISR"])
    #expect(try relations("اعترض الأردن مسيرات إيرانية متجهة إلى إسرائيل.") == ["IRN strikes ISR"])
    // An aircraft shot down is struck; what is intercepted and no projectile gives nothing.
    #expect(try relations("Ukraine shot down a Russian fighter jet.") == ["UKR strikes RUS"])
    #expect(try relations("The US Navy intercepted an Iranian ship carrying weapons.") == [])
    // (Objecting is no intercepting; the agreement's parties are named by their nisbas.)
    #expect(
      try relations("اعترضت تركيا على الاتفاق اليوناني المصري.") == ["GRC negotiates-with EGY"])
  }

  @Test func aProjectileInterceptedWasLaunchedAtTheInterceptor() throws {
    #expect(
      try relations("اعترضت الدفاعات السعودية طائرة مسيرة أطلقها الحوثيون.") == [
        "HOUTHIS strikes SAU"
      ])
    #expect(
      try relations("السعودية اعترضت صاروخا أطلقه الحوثيون.") == ["HOUTHIS strikes SAU"])
    // The verbal noun of intercepting, after a verb of saying.
    #expect(
      try relations("أعلنت السعودية اعتراض طائرة مسيرة أطلقتها جماعة الحوثي.") == [
        "HOUTHIS strikes SAU"
      ])
    // The pronoun is the projectile, no actor: nobody said whom it was aimed at.
    #expect(
      try relations("وقال الجيش الأمريكي إن طائرة مسيرة أطلقها الحوثيون سقطت في البحر.") == [])
  }

  @Test func aNisbaAgreeingWithALaunchedActIsAnotherAuthor() throws {
    // Not the target: France and the US strike Syria.
    #expect(
      try relations("شاركت فرنسا في الضربات الأمريكية على سوريا.") == [
        "FRA strikes SYR", "USA strikes SYR",
      ])
  }
}
