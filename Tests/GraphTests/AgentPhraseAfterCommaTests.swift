import Testing

@testable import Graph

/// An English agent phrase after a comma at the end of a long clause ("..., with backing from
/// US air power") backs the sentence's subject, however many words stand between.
@Suite("Relations: an agent phrase after a comma")
struct AgentPhraseAfterCommaTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2025-02-02")
  }

  @Test func theBackerSupportsTheSentencesSubject() throws {
    #expect(
      try relations(
        "Puntland forces launched an offensive against the Islamic State in the mountains since December, with backing from US air power."
      ) == ["PUNTLAND strikes ISIS", "USA supports PUNTLAND"])
    #expect(
      try relations(
        "Kurdish fighters of the SDF pushed deep into the last enclave held by the Islamic State near the Iraqi border on Sunday, with support from the US-led coalition."
      ) == ["US_COALITION supports SDF"])
  }
}
