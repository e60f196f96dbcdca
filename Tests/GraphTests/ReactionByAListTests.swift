import Foundation
import Testing

@testable import Graph

/// English: each actor of a subject list reacts to the act the sentence before told ("Saudi
/// Arabia and Qatar welcomed the agreement"), not only the first.
@Suite("A reaction by a list")
struct ReactionByAListTests {
  @Test func twoWelcomeTheAgreement() throws {
    // (Gave SAU's two relations only.)
    #expect(
      try builtInRelations(
        "Syrian President Ahmed al-Sharaa and SDF commander Mazloum Abdi signed an agreement on "
          + "Monday. Saudi Arabia and Qatar welcomed the agreement.",
        date: "2025-03-11")
        == [
          "SYR negotiates-with SDF", "SAU supports SYR", "SAU supports SDF", "QAT supports SYR",
          "QAT supports SDF",
        ])
  }

  @Test func oneSubject() throws {
    // Guard: one subject, as before.
    #expect(
      try builtInRelations(
        "Syrian President Ahmed al-Sharaa and SDF commander Mazloum Abdi signed an agreement on "
          + "Monday. Saudi Arabia welcomed the agreement.",
        date: "2025-03-11") == ["SYR negotiates-with SDF", "SAU supports SYR", "SAU supports SDF"])
  }
}
