import Testing

@testable import Graph

/// English: shielding an actor ("has shielded Myanmar from stronger action", "shields Syria at the
/// Security Council") backs it, like defending it (lemma "shield" of the support verbs).
@Suite("English: shielding an actor backs it")
struct ShieldSupportsTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2017-11-20").sorted()
  }

  @Test func shieldingAnActorSupportsIt() throws {
    // (Each gave nothing.)
    #expect(
      try relations("Beijing has shielded Myanmar from stronger action at the UN Security Council.")
        == ["CHN supports MMR"])
    #expect(try relations("Russia shields Syria at the Security Council.") == ["RUS supports SYR"])
  }
}
