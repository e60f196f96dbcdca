import Testing

@testable import Graph

/// An Arabic verb of meeting right after "حيث", after a journey "إلى" a place: the traveller
/// meets the one named after the verb ("توجه أمير الكويت إلى جدة حيث التقى العاهل السعودي").
@Suite("Arabic: the traveller meets after حيث")
struct WhereArrivedTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2017-06-06")
  }

  @Test func travellerMeets() throws {
    let out = try relations(
      "توجه أمير الكويت الشيخ صباح الأحمد الثلاثاء إلى جدة حيث التقى العاهل السعودي الملك سلمان، في مسعى لاحتواء الأزمة في مجلس التعاون الخليجي."
    )
    #expect(out == ["KWT negotiates-with SAU"])
  }

  @Test func withMaa() throws {
    #expect(
      try relations("وصل وزير الخارجية التركي إلى موسكو حيث اجتمع مع الرئيس الإيراني.")
        .contains("TUR negotiates-with IRN"))
  }

  @Test func noJourney() throws {
    // guard: with no journey before "حيث", the verb's own subject meets.
    #expect(
      try relations("وعقد اجتماع في الدوحة حيث التقى ممثلو طالبان المبعوث الأمريكي.")
        == ["TALIBAN negotiates-with USA"])
  }
}
