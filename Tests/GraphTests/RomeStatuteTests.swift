import Testing

@testable import Graph

/// The Rome Statute ("نظام روما الأساسي", "Rome Statute") is the International Criminal
/// Court's treaty: leaving it opposes the court, not Italy.
@Suite("Rome Statute")
struct RomeStatuteTests {
  @Test func leavingTheStatuteOpposesTheCourt() throws {
    // (Gave KEN opposes ITA.)
    #expect(
      try builtInRelations(
        "صوت البرلمان الكيني على الانسحاب من نظام روما الأساسي.", date: "2013-09-05")
        == ["KEN opposes ICC"])
    // (Gave nothing.)
    #expect(
      try builtInRelations("Burundi withdrew from the Rome Statute.", date: "2017-10-27")
        == ["BDI opposes ICC"])
    // Guard: Rome alone is Italy's capital.
    #expect(
      try builtInRelations("وزار الرئيس المصري روما أمس.", date: "2013-10-13")
        == ["EGY negotiates-with ITA"])
  }
}
