import Testing

@testable import Graph

/// "X called the raid a terrorist massacre": the attack noun after a verb of naming is a
/// label (read as a verb, its subject would be the one naming it), so no attack is told there;
/// a later "condemned the attack" still names the one told before.
@Suite("Relations: an attack noun used as a label")
struct LabelledAttackTests {
  /// Relations with the built-in gazetteer, lexicon and titles ("?" marks a hypothetical one).
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2007-04-25").sorted()
  }

  @Test func theOneWhoNamesTheAttackDidNotCommitIt() throws {
    // (Each gave the condemnation against the one who named the attack.)
    #expect(
      try relations(
        "Al-Shabaab said its fighters had attacked a base in Lamu. Kenya's interior minister called the raid a cowardly massacre. France condemned the attack."
      ) == ["FRA opposes SHABAAB", "KEN opposes SHABAAB"])
    #expect(
      try relations(
        "The ONLF said its fighters had attacked an army base in the east. Government spokesman Bereket Simon called the raid a terrorist massacre. China condemned the attack."
      ) == ["CHN opposes ONLF", "ETH opposes ONLF"])
  }
}
