import Testing

@testable import Graph

/// Arabic: a description stands alone before a word with a preposition and the article
/// ("الحركة بالتراجع", "الجيش والدعم السريع"); only a word with the bare article is its
/// adjective ("الحركة الإسلامية").
@Suite("Anaphora: a description before a preposition's noun")
struct DescriptionBeforePrepositionTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2025-01-15")
  }

  @Test func theDescriptionIsRead() throws {
    #expect(
      try relations("شنت إسرائيل غارات على حركة حماس. واتهمت إسرائيل الحركة بالتراجع.") == [
        "ISR strikes HAMAS", "ISR opposes HAMAS",
      ])
    #expect(
      try relations(
        "توصلت إسرائيل وحركة حماس إلى اتفاق. وقال نتنياهو إن بنودا عالقة ما زالت قائمة، متهماً الحركة بالتراجع عن تفاهمات سابقة."
      ).sorted() == ["ISR negotiates-with HAMAS", "ISR opposes HAMAS"])
    // guard: a word with the bare article after it names something else.
    #expect(
      try relations("شنت إسرائيل غارات على حركة حماس. واتهمت إسرائيل الحركة الإسلامية بالتراجع.")
        == ["ISR strikes HAMAS"])
  }
}
