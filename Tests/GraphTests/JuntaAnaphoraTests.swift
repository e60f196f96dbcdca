import Testing

@testable import Graph

/// English: a state's military government named with its possessor ("Mali's military-led
/// government", "Myanmar's military government") is "the junta" a later sentence names.
@Suite("Relations: the junta named before as a military government")
struct JuntaAnaphoraTests {
  @Test func theJuntaIsTheMilitaryGovernment() throws {
    #expect(
      try builtInRelations(
        "Mali's military-led government expelled the French ambassador. Le Drian described the junta as illegitimate.",
        date: "2022-01-31") == ["MLI opposes FRA", "FRA opposes MLI"])
    #expect(
      try builtInRelations(
        "Myanmar's military government agreed to a ceasefire. The Arakan Army kept up its fighting against the junta in Rakhine state.",
        date: "2024-01-12") == ["ARAKAN_ARMY strikes MMR", "ARAKAN_ARMY opposes MMR"])
  }
}
