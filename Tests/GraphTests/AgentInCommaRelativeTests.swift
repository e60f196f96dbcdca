import Testing

@testable import Graph

/// English: an agent phrase in a relative clause set off by a comma ("The PKK, which is listed
/// as a terrorist organisation by Turkey", "Hamas, which was attacked by Israel") acts on the
/// relative pronoun's antecedent.
@Suite("English: an agent phrase in a relative clause")
struct AgentInCommaRelativeTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2022-11-21").sorted()
  }

  @Test func theAntecedentIsActedOn() throws {
    // (Each gave nothing: a relative pronoun between the victim and the cue ended the search.)
    #expect(
      try relations(
        "The PKK, which is listed as a terrorist organisation by Turkey, denied involvement.")
        == ["TUR opposes PKK"])
    #expect(
      try relations("The PKK, which was attacked by Turkey, denied involvement.")
        == ["TUR strikes PKK"])
    // Guards: a relative clause before the passive, and an active relative, were read before.
    #expect(
      try relations("Hamas, which has ruled Gaza since 2007, was attacked by Israel.")
        == ["ISR strikes HAMAS"])
    #expect(
      try relations("Hamas, which Israel attacked, denied involvement.") == ["ISR strikes HAMAS"])
  }
}
