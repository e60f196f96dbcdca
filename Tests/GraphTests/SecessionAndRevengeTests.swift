import Testing

@testable import Graph

/// Breaking away from an actor opposes it ("الانفصال عن بغداد", "independence from Serbia"), as a
/// threat (the threat itself is a stance, the secession hypothetical); so does revenge vowed.
@Suite("Relations: secession, independence and revenge")
struct SecessionAndRevengeTests {
  /// Relations with the built-in gazetteer, lexicon and titles ("?" marks a hypothetical one).
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2020-06-01").sorted()
  }

  @Test func aThreatToSecedeOpposesTheOneLeft() throws {
    #expect(try relations("هدد إقليم كردستان العراق بالانفصال عن بغداد.") == ["KRG opposes IRQ"])
    #expect(
      try relations("The Kurdistan Regional Government threatened to secede from Iraq.") == [
        "KRG opposes IRQ ?"
      ])
  }

  @Test func independenceDeclaredOpposesTheOneLeft() throws {
    #expect(
      try relations("Kosovo declared independence from Serbia in 2008.") == ["XKX opposes SRB"])
    #expect(try relations("أعلنت كوسوفو استقلالها عن صربيا.") == ["XKX opposes SRB"])
  }

  @Test func revengeVowedOpposes() throws {
    #expect(try relations("Iran vowed revenge against Israel.") == ["IRN opposes ISR ?"])
  }
}
