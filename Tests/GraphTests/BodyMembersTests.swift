import Testing

@testable import Graph

/// "between Iran and the P5+1, the United States, Britain, ... and China": a list of states
/// after a body, set off by a comma and ending the sentence, names its members; they take part
/// with the other parties, not with the body or one another.
@Suite("Joint acts: the members listed after a body")
struct BodyMembersTests {
  let expected = [
    "IRN negotiates-with P5_PLUS_1", "IRN negotiates-with USA", "IRN negotiates-with GBR",
    "IRN negotiates-with FRA", "IRN negotiates-with DEU", "IRN negotiates-with RUS",
    "IRN negotiates-with CHN",
  ]

  @Test func afterTheGroup() throws {
    // (Gave IRN negotiates-with P5_PLUS_1 alone.)
    #expect(
      try builtInRelations(
        "The agreement was negotiated between Iran and the so-called P5+1, the United States, Britain, France, Germany, Russia and China.",
        date: "2015-07-15") == expected)
  }

  @Test func insideTheGroup() throws {
    // (Gave P5_PLUS_1 negotiates-with each member, and the members with one another.)
    #expect(
      try builtInRelations(
        "Diplomats said the agreement was negotiated between Iran and the P5+1, the United States, Britain, France, Germany, Russia and China.",
        date: "2015-07-15") == expected)
  }

  @Test func noBody() throws {
    // guard: a list with no body before it is one list of parties.
    #expect(
      try builtInRelations(
        "The ceasefire agreement between Israel and Hamas, Egypt and Qatar said on Tuesday, would hold.",
        date: "2015-07-15"
      ).contains("EGY negotiates-with QAT"))
  }
}
