import Testing

@testable import Graph

/// Arabic: an adjective of an act's size or manner that is no nisba (list `act_adjective`:
/// "واسعا", "عنيفة") stands between the act and its على; the places hit are still read.
@Suite("Relations: adjectives of an act before its places")
struct ActAdjectiveTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2025-06-13")
  }

  @Test func placesPastTheAdjective() throws {
    #expect(
      try relations("شنت إسرائيل هجوما واسعا على منشآت نووية في إيران.") == ["ISR strikes IRN"])
    #expect(try relations("شنت إسرائيل غارات عنيفة على مواقع في لبنان.") == ["ISR strikes LBN"])
    // guard: a nisba there, as before.
    #expect(
      try relations("شنت إسرائيل غارات جوية على مواقع عسكرية في لبنان.") == ["ISR strikes LBN"])
  }
}
