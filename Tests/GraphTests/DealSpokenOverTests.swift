import Foundation
import Testing

@testable import Graph

/// A deal one speaks "over", "about" or "against" is another's: "Washington and Tokyo voiced
/// concern over the pact" pairs no one; its parties, when named, still are.
@Suite("English: a deal spoken over")
struct DealSpokenOverTests {
  @Test func concernOverAPactIsNoPact() throws {
    // (Was USA negotiates-with JPN.)
    #expect(
      try builtInRelations("Washington and Tokyo voiced concern over the pact.", date: "2024-06-21")
        .isEmpty)
  }

  @Test func namedPartiesStay() throws {
    // guard
    #expect(
      try builtInRelations(
        "Washington and Tokyo voiced concern over the pact between Russia and North Korea.",
        date: "2024-06-21") == ["RUS negotiates-with PRK"])
  }
}
