import Testing

@testable import Graph

/// "الجمهورية الإسلامية" alone names Iran, as Arabic reporting uses it; Mauritania's full name,
/// which holds it, still names Mauritania.
@Suite("Actors: the Islamic Republic")
struct IslamicRepublicNameTests {
  /// Relations with the built-in gazetteer, lexicon and titles.
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2003-10-22").sorted()
  }

  @Test func theIslamicRepublicAloneNamesIran() throws {
    #expect(
      try relations(
        "وتتهم الولايات المتحدة الجمهورية الإسلامية بالسعي سرا لامتلاك سلاح نووي.")
        == ["USA opposes IRN"])
    #expect(
      try relations("وقال وزير الخارجية الأمريكي إن الجمهورية الإسلامية تساعد بيونغيانغ.")
        == ["IRN supports PRK"])
  }

  @Test func mauritaniasFullNameNamesMauritania() throws {
    // guard: the longer name, not Iran and a nisba.
    #expect(
      try relations("وقال رئيس الجمهورية الإسلامية الموريتانية إن بلاده ترفض التدخل الفرنسي.")
        == ["MRT opposes FRA"])
  }
}
