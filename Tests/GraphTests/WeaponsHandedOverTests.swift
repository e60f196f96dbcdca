import Testing

@testable import Graph

/// Weapons handed over ("سلمت X Y مقاتلات", named list `weapon`) support the one who gets them;
/// without a weapon the verb hands over prisoners, bodies or a city. "المقاومة اللبنانية" is
/// Hezbollah, not Lebanon's state.
@Suite("Relations: weapons handed over, and Hezbollah's name for itself")
struct WeaponsHandedOverTests {
  /// Relations with the built-in gazetteer, lexicon and titles ("?" marks a hypothetical one).
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2024-06-01").sorted()
  }

  @Test func weaponsHandedOverSupportTheOneWhoGetsThem() throws {
    #expect(
      try relations("سلمت الولايات المتحدة أوكرانيا مقاتلات إف 16.") == ["USA supports UKR"])
    #expect(try relations("سلمت روسيا إيران منظومة إس 400.") == ["RUS supports IRN"])
    // Guards: bodies and a city handed over are no support.
    #expect(try relations("سلمت حماس إسرائيل جثث أربعة رهائن.") == [])
    #expect(
      try relations("سلمت قوات سوريا الديمقراطية مدينة منبج إلى الجيش السوري.") == [])
  }

  @Test func weaponsHandedOverOrSoldGoToTheOneAfterIla() throws {
    #expect(try relations("سلمت فرنسا طائرات رافال إلى مصر.") == ["FRA supports EGY"])
    #expect(try relations("سلمت ألمانيا دبابات ليوبارد إلى أوكرانيا.") == ["DEU supports UKR"])
    #expect(
      try relations("باعت الولايات المتحدة مقاتلات إف 35 إلى الإمارات.") == [
        "USA supports ARE"
      ])
    #expect(try relations("باعت فرنسا مصر طائرات رافال.") == ["FRA supports EGY"])
    // Guards: a sale of something else, and no one named right after إلى.
    #expect(try relations("باعت روسيا النفط إلى الصين.") == [])
    #expect(try relations("نقلت روسيا قوات إلى الحدود مع أوكرانيا.") == [])
    // Guard: arms given up (definite, or with a pronoun) are no support.
    #expect(try relations("سلمت الفصائل الفلسطينية السلاح إلى الجيش اللبناني.") == [])
    #expect(try relations("سلمت الميليشيات أسلحتها إلى الحكومة العراقية.") == [])
  }

  @Test func weaponsMovedToABorderGoToNoOne() throws {
    #expect(try relations("نقلت إسرائيل أسلحة إلى الحدود مع لبنان.") == [])
    // Guard: weapons sent to an actor still support it.
    #expect(try relations("أرسلت تركيا أسلحة إلى ليبيا.") == ["TUR supports LBY"])
  }

  @Test func theLebaneseResistanceIsHezbollah() throws {
    #expect(
      try relations("أعلنت المقاومة اللبنانية استهداف موقع إسرائيلي.") == [
        "HEZBOLLAH strikes ISR"
      ])
  }

  @Test func weaponsSentToAnActorSupportIt() throws {
    #expect(try relations("أرسلت إيران طائرات مسيرة إلى روسيا.") == ["IRN supports RUS"])
    #expect(
      try relations("أرسلت الولايات المتحدة صواريخ باتريوت إلى أوكرانيا.") == ["USA supports UKR"])
    // Guards: weapons sent to strike, troops sent, and weapons sent to a place.
    #expect(try relations("أرسلت روسيا طائرات مسيرة إلى أوكرانيا لضرب محطات الطاقة.") == [])
    #expect(try relations("أرسلت روسيا قوات إلى سوريا.") == [])
    #expect(try relations("أرسلت إسرائيل دبابات إلى الحدود مع لبنان.") == [])
  }

  @Test func weaponsToBeHandedOverSupport() throws {
    // The future with س: "ستسلم" hands over; "تسلم" alone may be "received".
    #expect(
      try relations("قالت ألمانيا إنها ستسلم أوكرانيا دبابات.").contains("DEU supports UKR"))
  }
}
