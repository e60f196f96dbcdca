import Testing

@testable import Graph

/// "وأعلنت السلطات الإيرانية مقتل تسعة أشخاص، واستدعت القائم بالأعمال الباكستاني": a chargé
/// d'affaires summoned as an ambassador is; and past a comma the verb shares the sentence's
/// subject, named by a nisba after its head noun.
@Suite("Relations: a chargé d'affaires summoned, by the sentence's subject")
struct ChargeDAffairesSummonedTests {
  /// Relations with the built-in gazetteer, lexicon and titles, in the order they appear.
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2024-01-18")
  }

  @Test func theSubjectNamedByANisbaSummons() throws {
    #expect(
      try relations("وأعلنت السلطات الإيرانية مقتل تسعة أشخاص، واستدعت القائم بالأعمال الباكستاني.")
        == ["IRN opposes PAK"])
    // Guard: an ambassador, by a named subject, as before.
    #expect(
      try relations("وأعلنت إيران مقتل تسعة أشخاص، واستدعت السفير الباكستاني.") == [
        "IRN opposes PAK"
      ])
  }
}
