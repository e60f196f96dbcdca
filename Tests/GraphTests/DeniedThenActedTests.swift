import Testing

@testable import Graph

/// English: a verb in the past after "and", past a denial and its object, is a clause of its
/// own; the denial does not negate it.
@Suite("Relations: a denial, then an act after \"and\"")
struct DeniedThenActedTests {
  @Test func theActAfterAndStands() throws {
    #expect(
      try builtInRelations(
        "A spokesman for Lashkar-e-Taiba denied any role and accused Indian intelligence of staging the assault.",
        date: "2001-12-14") == ["LET opposes IND"])
    #expect(
      try builtInRelations(
        "Baku rejected the criticism and accused Yerevan of exploiting the case.",
        date: "2023-10-01") == ["AZE opposes ARM"])
  }

  @Test func aNegatedVerbAfterAndStaysNegated() throws {
    // Guard: "did not" before the second verb negates it.
    #expect(
      try builtInRelations("Iran did not attack and did not threaten Israel.", date: "2024-01-01")
        .isEmpty)
  }
}
