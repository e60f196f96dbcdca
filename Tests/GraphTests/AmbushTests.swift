import Testing

@testable import Graph

/// "نصبت حركة الشباب كمينا للجيش الصومالي": an ambush laid for an actor strikes it; "نصب" is a
/// light verb of the noun.
@Suite("Relations: an ambush laid for an actor")
struct AmbushTests {
  /// Relations with the built-in gazetteer, lexicon and titles, in the order they appear.
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2024-07-29")
  }

  @Test func theAmbushStrikesWhomItIsLaidFor() throws {
    #expect(try relations("ونصبت حركة الشباب كمينا للجيش الصومالي.") == ["SHABAAB strikes SOM"])
    #expect(
      try relations(
        "وأعلن الإطار الاستراتيجي الدائم للدفاع عن شعب أزواد أن مقاتليه نصبوا كمينا لرتل من الجيش "
          + "المالي ومرتزقة فاغنر الروسية.") == ["MLI_CSP strikes MLI", "MLI_CSP strikes WAGNER"])
    // Guard: the killed in an ambush laid by a group, as before.
    #expect(
      try relations("قتل خمسة جنود صوماليين في كمين نصبته حركة الشباب.") == ["SHABAAB strikes SOM"])
  }
}
