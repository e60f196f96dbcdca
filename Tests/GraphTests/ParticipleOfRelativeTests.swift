import Testing

@testable import Graph

/// An English participle after a comma that ends a relative clause on an unnamed noun ("the
/// gunmen who attacked a market, killing 30 traders") tells of that noun, not of the
/// sentence's subject: no actor is its agent.
@Suite("Relations: a participle that ends a relative clause")
struct ParticipleOfRelativeTests {
  /// Relations with the built-in gazetteer, lexicon and titles ("?" marks a hypothetical one).
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2015-06-01").sorted()
  }

  @Test func theParticipleIsTheUnnamedAntecedents() throws {
    // (Each gave the sentence's subject striking the victims' state.)
    #expect(
      try relations(
        "Nigeria vowed to punish the gunmen who attacked a market in the north, killing 30 Chadian traders."
      ) == [])
    #expect(
      try relations(
        "Kenya vowed to pursue the militants who raided a hotel in Nairobi, killing six American tourists."
      ) == [])
  }

  @Test func aNamedAntecedentStillActs() throws {
    // Guard.
    #expect(
      try relations("Al-Shabaab, which stormed a hotel in Nairobi, killed six American tourists.")
        == ["SHABAAB strikes KEN", "SHABAAB strikes USA"])
  }
}
