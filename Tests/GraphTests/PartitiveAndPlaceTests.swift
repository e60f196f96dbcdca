import Testing

@testable import Graph

/// Men "of" a group act for it ("مسلحون من تنظيم الدولة هاجموا"); a checkpoint or a patrol of
/// an actor is that actor hit ("نقطة تفتيش للجيش العراقي"); an area next to a state is no part
/// of it ("المنطقة المحاذية لأفغانستان"); "in northern Mali" is a place, not a subject.
@Suite("Relations: members of a group, posts of a force, places next to a state")
struct PartitiveAndPlaceTests {
  /// Relations with the built-in gazetteer, lexicon and titles ("?" marks a hypothetical one).
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2016-06-01").sorted()
  }

  @Test func menOfAGroupActForIt() throws {
    #expect(try relations("مسلحون من تنظيم الدولة هاجموا الجيش العراقي.") == ["ISIS strikes IRQ"])
    #expect(
      try relations("هاجم مسلحون من تنظيم الدولة نقطة تفتيش للجيش العراقي.") == ["ISIS strikes IRQ"]
    )
  }

  @Test func aStateAfterVasatIsThePlaceOfTheTargets() throws {
    // ("وسط" starts with و but joins no second target: each gave the state struck too.)
    #expect(
      try relations("قصفت طائرات أمريكية مواقع لحركة الشباب وسط الصومال.") == [
        "USA strikes SHABAAB"
      ])
    #expect(
      try relations("شنت طائرات فرنسية غارات على مواقع جماعة أنصار الدين وسط مالي.") == [
        "FRA strikes ANSAR_DINE"
      ])
  }

  @Test func attackersFromAGroupAreTheGroupHit() throws {
    // ("attackers" and "assailants" join the English force nouns; each gave nothing.)
    #expect(
      try relations("Pakistan's army killed 33 attackers from the BLA.") == ["PAK strikes BLA"])
    #expect(
      try relations("Nigerian troops killed 12 assailants from Boko Haram.") == [
        "NGA strikes BOKO_HARAM"
      ])
  }

  @Test func whatBelongsToAnActorOrIsHeldByItIsThatActorHit() throws {
    #expect(
      try relations("دمرت القوات الروسية مستودعا للذخيرة تابعا للقوات الأوكرانية.") == [
        "RUS strikes UKR"
      ])
    #expect(
      try relations("وقصفت المدفعية التركية قرى يسيطر عليها مقاتلو قسد في ريف حلب.") == [
        "TUR strikes SDF"
      ])
  }

  @Test func anAttackWithNoOtherTargetHitsTheStateOfItsPlaces() throws {
    #expect(
      try relations("شنت الطائرات التركية غارات على الأراضي العراقية.") == ["TUR strikes IRQ"])
    #expect(
      try relations("Russian missiles hit the Ukrainian city of Kharkiv.") == ["RUS strikes UKR"])
    #expect(
      try relations("Turkish jets struck targets in Iraqi territory.") == ["TUR strikes IRQ"])
    // With a target of its own, the place is where it was hit.
    #expect(
      try relations("قصفت الطائرات التركية مواقع لحزب العمال الكردستاني في الأراضي العراقية.") == [
        "TUR strikes PKK"
      ])
    // Where one goes or comes from is not hit; a place takes no stance.
    #expect(try relations("أعلن تنظيم القاعدة أنه خطفهما من الأراضي التونسية.") == [])
    #expect(try relations("Iraqi cities condemned the attack.") == [])
    // A region is a place: the state is not what a resolution condemns.
    #expect(
      try relations("Russia shelled Ukrainian regions overnight.") == ["RUS strikes UKR"])
    #expect(
      try relations(
        "Russia vetoed a UN resolution condemning its annexation of Ukrainian regions."
      ).allSatisfy { !$0.hasSuffix("UKR") })
  }

  @Test func englishMenFromAGroupActForItOrAreHit() throws {
    #expect(
      try relations("Fighters from al-Shabaab attacked an African Union base in Somalia.") == [
        "SHABAAB strikes AU"
      ])
    #expect(
      try relations("Militants of the Islamic State ambushed an Iraqi army patrol.") == [
        "ISIS strikes IRQ"
      ])
    #expect(
      try relations("Israeli troops killed two fighters from Islamic Jihad.") == ["ISR strikes PIJ"]
    )
  }

  @Test func aPostOrAConvoyOfAForceIsTheForceHit() throws {
    #expect(try relations("هاجمت طالبان دورية للجيش الأفغاني.") == ["TALIBAN strikes AFG"])
    #expect(try relations("استهدفت حركة الشباب قافلة للقوات الكينية.") == ["SHABAAB strikes KEN"])
  }

  @Test func aRegionOfAStateAfterAPrepositionIsAPlace() throws {
    // Before, the state was the subject: "MLI strikes UN", "SYR strikes YPG", "IRQ strikes PKK".
    #expect(try relations("Militants in northern Mali attacked a UN convoy.") == [])
    #expect(
      try relations("Turkish forces in northern Syria attacked the YPG.") == ["TUR strikes YPG"])
    #expect(
      try relations("Turkey has deployed troops in northern Iraq to fight PKK militants.") == [
        "TUR opposes PKK", "TUR strikes PKK",
      ])  // (Forces deployed somewhere do what they were deployed for: no plan.)
    // Without a preposition the region is the state hit.
    #expect(try relations("Russia attacked northern Ukraine.") == ["RUS strikes UKR"])
  }

  @Test func anAreaNextToAStateIsNotThatState() throws {
    #expect(
      try relations(
        "قتل مسلح في ضربة جوية أمريكية استهدفت المنطقة القبلية الباكستانية المحاذية لأفغانستان."
      )
      .allSatisfy { !$0.hasSuffix("AFG") })
  }
}
