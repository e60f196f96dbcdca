import Testing

@testable import Graph

/// "رئيس الحكومة اللبنانية نجيب ميقاتي": a head noun with the article followed by a nisba and
/// a person's name is that state's, not the government named earlier in the document.
@Suite("Relations: a nisba and a name after a definite head")
struct NisbaPersonAfterHeadTests {
  /// Relations with the built-in gazetteer, lexicon and titles, in the order they appear.
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2024-09-28")
  }

  @Test func theHeadIsTheNisbasStateNotAnEarlierGovernment() throws {
    #expect(
      try relations(
        "ونعى المرشد الإيراني علي خامنئي نصر الله وأعلن الحداد العام خمسة أيام. ودان رئيس "
          + "الحكومة اللبنانية نجيب ميقاتي الغارات الإسرائيلية المتواصلة على لبنان.") == [
          "LBN opposes ISR", "ISR strikes LBN",
        ])
    // Guard: with no earlier government, the same.
    #expect(
      try relations("ودان رئيس الحكومة اللبنانية نجيب ميقاتي الغارات الإسرائيلية.") == [
        "LBN opposes ISR"
      ])
  }
}
