import Testing

@testable import Graph

/// A field that is no actor ("الإعلام", media) after the head word of a minister or ministry
/// ("وزير الإعلام الزيمبابوي", "وزارة الإعلام السورية") leaves the nisba after it naming the
/// state; alone ("الإعلام المصري") it still does not.
@Suite("A ministry's field before the nisba")
struct MinistryFieldNisbaTests {
  @Test func theMinistersNisbaNamesTheState() throws {
    // (Each gave nothing.)
    #expect(
      try builtInRelations("وانتقد وزير الإعلام الزيمبابوي بريطانيا.", date: "2003-12-08")
        == ["ZWE opposes GBR"])
    #expect(
      try builtInRelations("وانتقدت وزارة الإعلام السورية قطر.", date: "2012-06-08")
        == ["SYR opposes QAT"])
    // Guard: the media are not the state.
    #expect(try builtInRelations("وانتقد الإعلام المصري قطر.", date: "2017-06-08").isEmpty)
  }
}
