import Testing

@testable import Graph

/// Arabic: a count of the places hit may stand after an act's على ("ضربات صاروخية على تسعة
/// مواقع في باكستان"); the state they lie in is hit.
@Suite("Relations: places hit counted after على")
struct CountedPlacesHitTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2025-05-07")
  }

  @Test func aCountAfterAla() throws {
    #expect(
      try relations("نفذت الهند ضربات صاروخية على تسعة مواقع في باكستان.") == ["IND strikes PAK"])
    #expect(try relations("شنت الهند ضربات على 9 مواقع في باكستان.") == ["IND strikes PAK"])
    // guard: without the count, as before.
    #expect(try relations("نفذت الهند ضربات صاروخية على مواقع في باكستان.") == ["IND strikes PAK"])
  }
}
