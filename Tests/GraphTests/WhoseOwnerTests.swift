import Testing

@testable import Graph

/// English: an actor before ", whose" acts through what it owns ("Eritrea, whose troops have
/// fought alongside Ethiopian forces").
@Suite("Relations: the owner before whose")
struct WhoseOwnerTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2022-11-02")
  }

  @Test func theOwnerIsTheSubject() throws {
    #expect(
      try relations(
        "The deal did not mention Eritrea, whose troops have fought alongside Ethiopian federal forces in Tigray."
      ) == ["ERI supports ETH"])
    #expect(
      try relations("Iran, whose proxies attacked US bases, denied involvement.") == [
        "IRN strikes USA"
      ])
    // A preposition's object owns what "whose" names too.
    #expect(
      try relations(
        "The rift is being watched closely by Eritrea, whose troops fought alongside Ethiopian forces."
      ) == ["ERI supports ETH"])
    // guard: the passive reading keeps the owner as the one backed.
    #expect(
      try relations("Haftar, whose forces are supported by the UAE, attacked Tripoli.") == [
        "ARE supports LNA"
      ])
  }
}
