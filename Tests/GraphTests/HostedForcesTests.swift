import Testing

@testable import Graph

/// A target that hosts another actor's forces (", which hosts US forces") is struck with them.
@Suite("Relations: a target hosting another actor's forces")
struct HostedForcesTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2025-06-24")
  }

  @Test func theHostedForcesAreStruck() throws {
    #expect(
      try relations("Iran fired missiles at the Al Udeid air base in Qatar, which hosts US forces.")
        == ["IRN strikes QAT", "IRN strikes USA"])
    // guard: no forces hosted.
    #expect(
      try relations("Iran fired missiles at Israel, which hosts no US forces.") == [
        "IRN strikes ISR"
      ])
  }
}
