import Testing

@testable import Graph

/// English: the one who asks for talks ("urged Ethiopia and Somalia to engage in dialogue")
/// takes no part in them.
@Suite("Relations: talks asked for")
struct TalksAskedForTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2024-01-03")
  }

  @Test func theAskerIsNoPartyOfTheTalks() throws {
    #expect(
      try relations(
        "The African Union urged Ethiopia and Somalia to engage in dialogue without delay.")
        == ["ETH negotiates-with SOM ?"])
    #expect(
      try relations("The African Union urged Ethiopia to engage in dialogue with Somalia.") == [
        "ETH negotiates-with SOM ?"
      ])
  }
}
