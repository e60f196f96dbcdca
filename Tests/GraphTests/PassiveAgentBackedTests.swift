import Testing

@testable import Graph

/// English: the agent of a passive right before a phrase of backing is the one backed ("were
/// intercepted by Israeli air defences with help from the United States").
@Suite("Relations: the passive agent backed")
struct PassiveAgentBackedTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2024-04-14")
  }

  @Test func theAgentAfterByIsBacked() throws {
    #expect(
      try relations(
        "Nearly all were intercepted by Israeli air defences with help from the United States, Britain and Jordan."
      ).sorted() == ["GBR supports ISR", "JOR supports ISR", "USA supports ISR"])
    #expect(
      try relations("Iran's drones were shot down by Israel with help from Jordan.").sorted() == [
        "ISR strikes IRN", "JOR supports ISR",
      ])
    // guard: with no agent phrase, the clause's subject is backed.
    #expect(
      try relations("Israeli air defences intercepted the drones with help from the United States.")
        == ["USA supports ISR"])
  }
}
