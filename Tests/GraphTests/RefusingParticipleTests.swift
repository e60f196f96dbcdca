import Testing

@testable import Graph

/// Arabic: a participle of refusal ("الرافض", "رافضة") before a cue refuses it as "رفض" does;
/// normalisation refused opposes the partner ("موقفها الرافض للتطبيع مع دمشق").
@Suite("Relations: the Arabic participle of refusal")
struct RefusingParticipleTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2023-05-08")
  }

  @Test func normalisationRefusedOpposes() throws {
    #expect(
      try relations("وأكدت قطر أن موقفها الرافض للتطبيع مع دمشق لم يتغير.") == [
        "QAT opposes SYR"
      ])
    #expect(try relations("وجددت قطر موقفها الرافض للتطبيع مع إسرائيل.") == ["QAT opposes ISR"])
    // guard: the verb of refusal.
    #expect(try relations("رفضت الجزائر التطبيع مع إسرائيل.") == ["DZA opposes ISR"])
  }
}
