import Testing

@testable import Graph

/// Support told from the receiving end ("تتلقى حركة حماس دعما من إيران", "received military aid
/// from the United States"), alignment ("Iran-aligned") and supplying ("تزويد X بالأسلحة").
@Suite("Relations: support received, alignment and supplies")
struct ReceiptTests {
  /// Relations with the built-in gazetteer, lexicon and titles ("?" marks a hypothetical one).
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2020-06-01").sorted()
  }

  @Test func theGiverSupportsTheReceiver() throws {
    #expect(try relations("تتلقى حركة حماس دعما ماليا من إيران.") == ["IRN supports HAMAS"])
    #expect(
      try relations("Hezbollah receives financial support from Iran.") == ["IRN supports HEZBOLLAH"]
    )
    // Aid received is no meeting with the giver.
    #expect(
      try relations("Ukraine received military aid from the United States.") == ["USA supports UKR"]
    )
    // A visitor received is one.
    #expect(
      try relations("The Egyptian president received the Saudi crown prince in Cairo.") == [
        "EGY negotiates-with SAU"
      ])
  }

  @Test func alignmentAndSuppliesAreSupport() throws {
    // (The one aligned supports the state it is aligned with, as the current-news annotators
    // read "Iran-aligned"; it was IRN supports HOUTHIS before the twenty-second stop.)
    #expect(
      try relations("Yemen's Iran-aligned Houthis attacked a ship in the Red Sea.") == [
        "HOUTHIS supports IRN"
      ])
    #expect(try relations("وتواصل إيران تزويد الحوثيين بالأسلحة.") == ["IRN supports HOUTHIS"])
    // Under an accusation the supply is alleged.
    #expect(
      try relations("واتهمت واشنطن طهران بتزويد الحوثيين بالصواريخ.") == [
        "IRN supports HOUTHIS ?", "USA opposes IRN",
      ])
  }

  @Test func weaponsReceivedOrAidOfANisbaSupport() throws {
    #expect(try relations("تلقى الجيش السوداني أسلحة من إيران.") == ["IRN supports SDN"])
    #expect(try relations("تسلمت مصر طائرات رافال من فرنسا.") == ["FRA supports EGY"])
    #expect(try relations("تلقت روسيا طائرات مسيرة إيرانية.") == ["IRN supports RUS"])
    #expect(
      try relations("تلقت أوكرانيا دفعة جديدة من المساعدات الأمريكية.") == ["USA supports UKR"])
    #expect(try relations("تلقت أوكرانيا مساعدات عسكرية أمريكية.") == ["USA supports UKR"])
    // A blow received is not dealt by the one who receives it.
    #expect(try relations("تلقت إيران ضربة لإسرائيل في أصفهان.") == [])
    // Guard: orders received are no weapons.
    #expect(try relations("تلقى الجيش أوامر بالانسحاب.") == [])
  }

  @Test func obtainingSupportOrWeaponsFromAnActor() throws {
    // "حصل على" (obtained) receives as "تلقى" does.
    #expect(try relations("وحصلت الصومال على دعم عسكري من مصر.") == ["EGY supports SOM"])
    #expect(try relations("حصلت روسيا على صواريخ من كوريا الشمالية.") == ["PRK supports RUS"])
    // guard: something obtained that is no support or weapon.
    #expect(try relations("حصلت مصر على موافقة من السودان.") == [])
  }

  @Test func weaponsSentToAnActorSupportIt() throws {
    #expect(try relations("Iran sold drones to Russia.") == ["IRN supports RUS"])
    #expect(try relations("The US delivered ammunition to Ukraine.") == ["USA supports UKR"])
  }

  @Test func supportWonNamesItsGiverAfterTheNoun() throws {
    // "حظي X بتأييد Y" (X won Y's backing), "نال X دعم Y": the genitive gives (each gave the
    // receiver backing the giver).
    #expect(
      try relations("حظي الرئيس السوداني بتأييد مصر وإثيوبيا.") == [
        "EGY supports SDN", "ETH supports SDN",
      ])
    #expect(try relations("ونالت الحكومة الصومالية دعم تركيا.") == ["TUR supports SOM"])
  }
}
