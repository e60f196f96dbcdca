import Testing

@testable import Graph

/// A verdict that an actor is a threat, a danger or an enemy opposes it, as a designation as a
/// terrorist group does ("اعتبرت تركيا وحدات حماية الشعب تهديدا لأمنها").
@Suite("Relations: verdicts of a threat")
struct VerdictOfThreatTests {
  /// Relations with the built-in gazetteer, lexicon and titles ("?" marks a hypothetical one).
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2024-06-01").sorted()
  }

  @Test func aVerdictOfAThreatOpposesTheOneJudged() throws {
    #expect(
      try relations("اعتبرت تركيا وحدات حماية الشعب تهديدا لأمنها القومي.") == [
        "TUR opposes YPG"
      ])
    #expect(
      try relations("اعتبرت روسيا توسع حلف الناتو خطرا على أمنها.") == ["RUS opposes NATO"])
    #expect(try relations("اعتبر الرئيس الإيراني إسرائيل عدوا للمنطقة.") == ["IRN opposes ISR"])
    // Guard: a verdict on an attack on an actor is no stance on the one attacked.
    #expect(try relations("اعتبرت روسيا أي هجوم على بيلاروسيا تهديدا لها.") == [])
  }
}
