import Testing

@testable import Graph

/// Arabic meetings: a comma and a clause opener ("، فيما") followed by a verb of another
/// relation end the meeting's words; and a state's title before another state's known person
/// ("الرئيس التشادي تياني") is a subject and its object, not one person.
@Suite("Meetings across clauses")
struct MeetingAcrossClausesTests {
  @Test func aClauseOfAnotherVerbEndsTheMeeting() throws {
    // (Gave EGY negotiates-with FRA too.)
    #expect(
      try builtInRelations(
        "والتقى وزير الخارجية المصري في القاهرة، فيما انتقدت فرنسا ليبيا.", date: "2023-08-02")
        == ["FRA opposes LBY"])
  }

  @Test func anotherStatesKnownPersonAfterATitle() throws {
    // (Each gave nothing.)
    #expect(
      try builtInRelations("والتقى الرئيس التشادي تياني في نيامي.", date: "2023-08-02")
        == ["TCD negotiates-with NER"])
    #expect(
      try builtInRelations("واستقبل الرئيس الفرنسي بوتين في باريس.", date: "2019-08-19")
        == ["FRA negotiates-with RUS"])
  }
}
