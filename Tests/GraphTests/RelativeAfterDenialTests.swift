import Testing

@testable import Graph

/// English: after a noun that is no word of content, "that" opens a relative clause, which a
/// denial or rejection before the noun does not reach ("rejected the memorandum that Ethiopia
/// signed with Somaliland"); after a word of content ("denied reports that") it does.
@Suite("Relations: a relative clause after a rejection")
struct RelativeAfterDenialTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2024-01-03")
  }

  @Test func theRelativeClauseIsStated() throws {
    #expect(
      try relations("Somalia rejected the memorandum that Ethiopia signed with Somaliland.") == [
        "SOM opposes ETH", "ETH negotiates-with SOMALILAND",
      ])
    // guard: a denial of reports still denies what they say.
    #expect(try relations("Iran denied reports that it supplied the Houthis with missiles.") == [])
  }
}
