import Testing

@testable import Graph

/// English: a participle of a light verb may stand between an attack noun and its agent's "by"
/// ("the attacks launched by the M23 against the Congolese army", "the raids carried out by
/// Israel on Gaza").
@Suite("English: an attack launched by its agent")
struct AttackLaunchedByTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2022-06-16").sorted()
  }

  @Test func theAgentAfterTheParticiple() throws {
    // (Each gave nothing.)
    #expect(
      try relations("The attacks launched by the M23 against the Congolese army killed ten.")
        == ["M23 strikes COD"])
    #expect(
      try relations("The raids carried out by Israel on Gaza killed ten.") == ["ISR strikes PSE"])
    // Guard: the agent right after the noun was read before.
    #expect(
      try relations("The attacks by the M23 against the Congolese army killed ten.")
        == ["M23 strikes COD"])
  }
}
