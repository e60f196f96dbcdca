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

  @Test func theLebaneseResistanceIsHezbollah() throws {
    #expect(
      try relations("أعلنت المقاومة اللبنانية استهداف موقع إسرائيلي.") == [
        "HEZBOLLAH strikes ISR"
      ])
  }
}
