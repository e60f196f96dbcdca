import Testing

@testable import Graph

/// "ونفت رواندا الاتهامات، محملة كينشاسا مسؤولية التصعيد": the participle of holding someone
/// responsible, after a comma, takes the sentence's subject, as "متهمة" does.
@Suite("Relations: holding responsible, as a participle")
struct HoldingResponsibleParticipleTests {
  /// Relations with the built-in gazetteer, lexicon and titles, in the order they appear.
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2025-01-28")
  }

  @Test func theSentencesSubjectHoldsTheObjectResponsible() throws {
    #expect(
      try relations("ونفت رواندا الاتهامات، محملة كينشاسا مسؤولية التصعيد.") == ["RWA opposes COD"])
    // Guard: the verb, as before.
    #expect(try relations("وحملت رواندا كينشاسا مسؤولية التصعيد.") == ["RWA opposes COD"])
  }
}
