import Testing

@testable import Graph

/// English: a participle joined by "and" to one after a comma ("..., conceding that ... and
/// blaming France") tells of the main clause's subject, and a modal in the first participle's
/// clause does not make it hypothetical (`participleJoinedByAnd`).
@Suite("English: a participle joined by \"and\" to one after a comma")
struct ParticipleJoinedByAndTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2003-03-17")
  }

  @Test func theMainSubjectActs() throws {
    // (Gave "UN opposes FRA ?": the Security Council, named last, as the one who blames, and
    // hypothetical by "could".)
    #expect(
      try relations(
        "The United States, Britain and Spain withdrew their draft resolution, conceding that they could not win a majority in the Security Council and blaming France for the collapse of diplomacy."
      ) == ["USA opposes FRA", "GBR opposes FRA", "ESP opposes FRA"])
  }
}
