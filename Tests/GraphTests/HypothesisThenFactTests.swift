import Testing

@testable import Graph

/// A relation told first as a hypothesis (a pledge, a threat) and then as a fact in the same
/// sentence is given both ways: the fact is not dropped as a repeat of the hypothesis.
@Suite("Relations: a fact after the same relation as a hypothesis")
struct HypothesisThenFactTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2020-10-02")
  }

  @Test func theFactIsKeptAfterTheHypothesis() throws {
    // (Gave the hypothesis only.)
    #expect(
      try relations(
        "President Recep Tayyip Erdogan has pledged to stand by Azerbaijan \"with all our means,\" and Turkish officers have trained the Azerbaijani army for years."
      ) == ["TUR supports AZE ?", "TUR supports AZE"])
    // Guard: a hypothesis after the fact is a repeat.
    #expect(
      try relations(
        "Turkish officers have trained the Azerbaijani army, and Erdogan has pledged to stand by Azerbaijan."
      ) == ["TUR supports AZE"])
  }
}
