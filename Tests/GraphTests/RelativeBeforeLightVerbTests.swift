import Testing

@testable import Graph

/// English: a joint noun after a light verb whose subject stands before a relative clause set off
/// by commas ("Brazil, Colombia and Mexico, whose leftist leaders have kept ties with Caracas,
/// issued a joint statement"); "whose" opens such a clause as "which" and "who" do.
@Suite("Relations: a relative clause before a light verb")
struct RelativeBeforeLightVerbTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2024-08-01")
  }

  @Test func theSubjectBeforeTheRelativeHoldsTheJointAct() throws {
    #expect(
      try relations(
        "Brazil, Colombia and Mexico, whose leftist leaders have kept ties with Caracas, issued a joint statement."
      ) == ["BRA negotiates-with COL", "BRA negotiates-with MEX", "COL negotiates-with MEX"])
    #expect(
      try relations("Brazil and Mexico, which back Maduro, issued a joint statement.") == [
        "BRA supports VEN", "MEX supports VEN", "BRA negotiates-with MEX",
      ])
  }
}
