import Testing

@testable import Graph

/// A claim denied in the sentence after the one that reports it, where that sentence told no
/// act of its own: the one who denies opposes the speaker ("South Korea said North Korea had
/// sent troops to Russia. Moscow dismissed the claim").
@Suite("Relations: a reported claim denied")
struct ReportedClaimDeniedTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2024-10-15")
  }

  @Test func theDenierOpposesTheSpeaker() throws {
    #expect(
      try relations(
        "South Korea's spy agency said North Korea had sent troops to Russia. Moscow dismissed the claim as “fake news.”"
      ) == ["RUS opposes KOR"])
    #expect(
      try relations(
        "قالت كوريا الجنوبية إن كوريا الشمالية أرسلت قوات إلى روسيا. ونفت موسكو هذه المزاعم.")
        == ["RUS opposes KOR"])
    // guard: a decision is no claim; nothing was decided.
    #expect(
      try relations(
        "South Korea said North Korea had sent troops to Russia. Moscow rejected the decision.")
        == [])
  }
}
