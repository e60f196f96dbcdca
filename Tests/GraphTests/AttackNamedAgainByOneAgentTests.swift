import Testing

@testable import Graph

/// An attack with several agents, named again by one of them ("Biden said the strikes hit radar
/// systems"), is still the attack of all: a later condemnation opposes each agent.
@Suite("Relations: an attack named again by one of its agents")
struct AttackNamedAgainByOneAgentTests {
  /// Relations with the built-in gazetteer, lexicon and titles, in the order they appear.
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2024-01-12")
  }

  @Test func theOtherAgentsStayRemembered() throws {
    #expect(
      try relations(
        "US and British forces struck more than 60 Houthi targets across Yemen overnight. "
          + "President Joe Biden said the strikes hit radar systems. Iran's foreign ministry "
          + "condemned the strikes as a violation of Yemen's sovereignty.") == [
          "USA strikes HOUTHIS", "GBR strikes HOUTHIS", "IRN opposes USA", "IRN opposes GBR",
        ])
    // Guard: with one agent, the same as before.
    #expect(
      try relations(
        "Israeli jets struck Hezbollah positions in southern Lebanon. Prime Minister Benjamin "
          + "Netanyahu said the strikes hit weapons depots. Iran condemned the strikes.") == [
          "ISR strikes HEZBOLLAH", "IRN opposes ISR",
        ])
  }
}
