import Foundation
import Testing

@testable import Graph

/// The actor of a compound before a participle ("Iran-backed", "al Qaeda-linked") only
/// qualifies the noun after it: a later "its"/"their" does not point to it.
@Suite("English: a possessive after a compound's actor")
struct CompoundBackerPossessiveTests {
  @Test func theBackerOwnsNoFighters() throws {
    // (Was IRN strikes ISR.)
    #expect(
      try builtInRelations(
        "The Iran-backed group said its fighters had killed dozens of Israeli soldiers.",
        date: "2024-06-21"
      ).isEmpty)
  }

  @Test func theGroupToldBeforeOwnsThem() throws {
    // (Was AQ strikes SOM.)
    #expect(
      try builtInRelations(
        "Al-Shabaab fighters attacked a base. The al Qaeda-linked group said its fighters had killed dozens of Somali soldiers.",
        date: "2025-04-17") == ["SHABAAB strikes SOM"])
  }
}
