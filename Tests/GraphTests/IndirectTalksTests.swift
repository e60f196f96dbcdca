import Testing

@testable import Graph

/// Arabic: "غير مباشرة" (indirect), "غير رسمية" (unofficial) are adjectives, no negation of the
/// cue after them (list `negation_idiom`).
@Suite("Relations: indirect and unofficial talks")
struct IndirectTalksTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2025-01-15")
  }

  @Test func noNegation() throws {
    #expect(
      try relations(
        "توصلت إسرائيل وحركة حماس إلى اتفاق بعد مفاوضات غير مباشرة استمرت أسابيع بوساطة قطرية ومصرية."
      ).sorted() == ["ISR negotiates-with HAMAS", "QAT negotiates-with EGY"])
    // guard: "غير" before a cue still negates it.
    #expect(try relations("قالت مصر إنها غير داعمة لحركة حماس.") == [])
  }
}
