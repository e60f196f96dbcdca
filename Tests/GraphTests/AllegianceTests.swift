import Testing

@testable import Graph

/// A pledge of allegiance backs the one pledged to: "بيعة", "مبايعة", "بايع" in Arabic;
/// "pledged allegiance to", "swore allegiance to" in English.
@Suite("Relations: a pledge of allegiance")
struct AllegianceTests {
  /// Relations with the built-in gazetteer, lexicon and titles ("?" marks a hypothetical one).
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2015-03-08").sorted()
  }

  @Test func anArabicPledgeBacksTheOnePledgedTo() throws {
    // (Each gave nothing.)
    #expect(
      try relations("بايعت جماعة بوكو حرام تنظيم الدولة الإسلامية.") == ["BOKO_HARAM supports ISIS"]
    )
    #expect(try relations("وأعلنت حركة الشباب مبايعتها لتنظيم القاعدة.") == ["SHABAAB supports AQ"])
  }

  @Test func anEnglishPledgeBacksTheOnePledgedTo() throws {
    #expect(
      try relations("Boko Haram leader Abubakar Shekau pledged allegiance to the Islamic State.")
        == [
          "BOKO_HARAM supports ISIS"
        ])
    #expect(
      try relations(
        "The Maute group, which pledged allegiance to the Islamic State, seized Marawi."
      )
      .contains("PHL_MAUTE supports ISIS"))
  }
}
