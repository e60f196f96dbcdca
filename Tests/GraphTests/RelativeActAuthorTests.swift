import Testing

@testable import Graph

/// Arabic: "هجمات تشنها X": the subject of a light verb in a relative clause right after an act
/// noun is the act's author, before the actor named ahead of the noun.
@Suite("Arabic: the author of an act told by a relative clause")
struct RelativeActAuthorTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2023-06-01").sorted()
  }

  @Test func theRelativeClauseSubjectIsTheAuthor() throws {
    // (Gave M23 strikes WAZALENDO: the accuser as the author, the militia as the target.)
    #expect(
      try relations(
        "اتهمت حركة 23 مارس الحكومة بخرق الهدنة عبر هجمات تشنها ميليشيات وازاليندو.") == [])
    // Guard: the author after the noun, the target after "على".
    #expect(
      try relations("ودانت فرنسا الهجمات التي تشنها حركة الشباب على القوات الكينية.") == [
        "FRA opposes SHABAAB", "SHABAAB strikes KEN",
      ])
  }
}
