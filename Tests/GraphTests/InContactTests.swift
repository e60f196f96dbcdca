import Testing

@testable import Graph

/// Being "in contact with" or "in touch with" an actor is a channel of talks with it.
@Suite("Relations: in contact with")
struct InContactTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2023-11-20")
  }

  @Test func beingInContactNegotiates() throws {
    #expect(
      try relations(
        "Japan said it was in contact with the Houthis to seek the release of the vessel.")
        == ["JPN negotiates-with HOUTHIS"])
    #expect(
      try relations("Egypt said it was in direct contact with Hamas and Israel to secure a truce.")
        == ["EGY negotiates-with HAMAS", "EGY negotiates-with ISR"])
    // guard: "not in contact" names no talks.
    #expect(
      try relations("Japan said it was not in contact with the Houthis.").allSatisfy {
        !$0.contains("negotiates-with")
      })
  }
}
