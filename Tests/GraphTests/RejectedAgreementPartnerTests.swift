import Testing

@testable import Graph

/// Arabic: one who rejects an agreement opposes the partner its author signed it with too
/// ("المذكرة التي وقعتها إثيوبيا مع إقليم أرض الصومال").
@Suite("Relations: the partner of a rejected agreement")
struct RejectedAgreementPartnerTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2024-01-03")
  }

  @Test func bothSignersAreOpposed() throws {
    #expect(
      try relations(
        "أعلنت الحكومة الصومالية رفضها القاطع لمذكرة التفاهم التي وقعتها إثيوبيا مع إقليم أرض الصومال الانفصالي."
      ).sorted() == [
        "ETH negotiates-with SOMALILAND", "SOM opposes ETH", "SOM opposes SOMALILAND",
      ])
    #expect(
      try relations("رفضت مصر الاتفاق الذي وقعته تركيا مع ليبيا.").sorted() == [
        "EGY opposes LBY", "EGY opposes TUR", "TUR negotiates-with LBY",
      ])
    // guard: with no partner, the author alone.
    #expect(try relations("رفضت مصر الاتفاق الذي وقعته تركيا.") == ["EGY opposes TUR"])
  }
}
