import Testing

@testable import Graph

/// A group listed as terrorist by a state, or in it, is opposed by that state: Arabic
/// "المصنف منظمة إرهابية لدى X" (or "في X", "من قبل X"), English "classified as a terrorist
/// organisation by X", as "designated a terrorist group by X" was read before.
@Suite("A group listed as terrorist by a state")
struct ListedAsTerroristTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2022-11-21").sorted()
  }

  @Test func arabicListing() throws {
    // (Each gave nothing.)
    #expect(
      try relations(
        "وتعد أنقرة الوحدات الكردية امتدادا لحزب العمال الكردستاني، المصنف منظمة إرهابية لدى تركيا والولايات المتحدة والاتحاد الأوروبي."
      ) == ["EU opposes PKK", "TUR opposes PKK", "USA opposes PKK"])
    #expect(
      try relations("وتنشط جماعة الإخوان المسلمين المصنفة جماعة إرهابية في مصر منذ 2013.")
        == ["EGY opposes MB"])
    // Guard: with no state named, no one lists the group.
    #expect(try relations("حزب الله المصنف تنظيما إرهابيا.") == [])
  }

  @Test func englishListing() throws {
    // (Gave nothing.)
    #expect(
      try relations(
        "The PKK, classified as a terrorist organisation by Turkey, denied involvement.")
        == ["TUR opposes PKK"])
  }
}
