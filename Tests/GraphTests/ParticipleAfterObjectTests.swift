import Testing

@testable import Graph

/// English: a participle in -ing right after "the" and an actor a preposition governs ("filed a
/// case at the International Court of Justice accusing the UAE") has the clause's subject.
@Suite("Relations: a participle after a preposition's object")
struct ParticipleAfterObjectTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2025-03-21")
  }

  @Test func theClauseSubjectAccuses() throws {
    #expect(
      try relations(
        "Sudan filed a case at the International Court of Justice accusing the United Arab Emirates of complicity in genocide."
      ) == ["SDN opposes ARE"])
    #expect(
      try relations(
        "Sudan sent a letter to the Security Council accusing the UAE of arming the RSF.")
        == ["SDN opposes ARE", "ARE supports RSF"])
    // guard: no "the" before the object.
    #expect(
      try relations("Sudan sent a letter to Egypt accusing the UAE of arming the RSF.") == [
        "SDN opposes ARE", "ARE supports RSF",
      ])
  }
}
