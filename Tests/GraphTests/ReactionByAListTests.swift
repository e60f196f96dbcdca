import Foundation
import Testing

@testable import Graph

/// English: each actor of a subject list reacts to the act the sentence before told ("Saudi
/// Arabia and Qatar welcomed the agreement"), not only the first; a party's welcome backs the other
/// parties.
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

  @Test func aPartyWelcomesTheOtherParty() throws {
    // (Gave the agreement alone: a party to it was no one to react.)
    #expect(
      try builtInRelations(
        "The United States and Ukraine signed an agreement on Wednesday. President Volodymyr "
          + "Zelensky welcomed the agreement as a truly equal one.",
        date: "2025-04-30") == ["USA negotiates-with UKR", "UKR supports USA"])
    // guard: a party's criticism of it still opposes no one.
    #expect(
      try builtInRelations(
        "The United States and Ukraine signed an agreement on Wednesday. Zelensky criticised "
          + "the agreement.",
        date: "2025-04-30") == ["USA negotiates-with UKR"])
  }
}
