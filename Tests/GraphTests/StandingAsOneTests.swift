import Testing

@testable import Graph

/// Arabic "يقف صفا واحدا مع X" (stands in one rank with X): the subject backs X.
@Suite("Standing as one with")
struct StandingAsOneTests {
  @Test func standingInOneRankWithBacks() throws {
    // (Each gave nothing.)
    #expect(
      try builtInRelations(
        "وأكد وزير الخارجية المصري أن بلاده تقف صفاً واحداً مع الكويت.", date: "2012-09-20")
        == ["EGY supports KWT"])
    #expect(
      try builtInRelations(
        "وقال الرئيس اليمني إن اليمن يقف صفا واحدا مع السعودية في مواجهة الإرهاب.",
        date: "2012-09-20") == ["YEM supports SAU"])
  }
}
