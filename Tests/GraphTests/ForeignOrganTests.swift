import Foundation
import Testing

@testable import Graph

/// English: a state organ known by a generic name ("Foreign Office", the British one in the
/// gazetteer) after another state's possessive is that state's ("Pakistan's Foreign Office").
@Suite("Actors: a generic organ name after another state's possessive")
struct ForeignOrganTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2024-01-18")
  }

  @Test func thePossessorOwnsTheOrgan() throws {
    // (Was GBR strikes BLA.)
    #expect(
      try relations(
        "Pakistan's Foreign Office said the operation targeted the Balochistan Liberation Army.")
        == ["PAK strikes BLA"])
  }

  @Test func theOrgansOwnStateAndOtherPossessedActorsStay() throws {
    // Guard: Britain's own office.
    #expect(try relations("Britain's Foreign Office condemned Iran.") == ["GBR opposes IRN"])
    // Guard: an armed group after a state's possessive is still the group.
    #expect(try relations("Yemen's Houthi movement attacked Israel.") == ["HOUTHIS strikes ISR"])
  }
}
