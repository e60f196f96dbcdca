import Foundation
import Testing

@testable import Graph

/// English: regarding or recognising an actor as legitimate (a verb of regarding that needs a
/// word of the list `legitimacy_label`) supports it.
@Suite("English: regarded as legitimate")
struct LegitimacyTests {
  @Test func regardedAsLegitimate() throws {
    // (Was nothing.)
    #expect(
      try builtInRelations(
        "The Arab League regards the Yemeni government as the country's legitimate authority.",
        date: "2023-09-25") == ["ARAB_LEAGUE supports YEM"])
  }

  @Test func illegitimateOrDeniedIsNoSupport() throws {
    // guard: another word; a negated verb.
    #expect(
      try builtInRelations(
        "The EU considers the Maduro government illegitimate.", date: "2024-08-01"
      )
      .allSatisfy { !$0.contains("supports") })
    #expect(
      try builtInRelations(
        "Washington does not regard the junta as legitimate.", date: "2023-09-25"
      )
      .isEmpty)
  }
}
