import Testing

@testable import Graph

/// Arabic: "تحدث" (spoke) and "تحادث" (talked) are verbs of meeting: the one spoken with, after
/// "مع", is the other side.
@Suite("Arabic: spoke with")
struct SpokeWithTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2021-05-21").sorted()
  }

  @Test func theOneSpokenWithIsTheOtherSide() throws {
    // (Each gave nothing.)
    #expect(
      try relations("وقال بايدن إنه تحدث أيضا مع الرئيس الفلسطيني محمود عباس.") == [
        "USA negotiates-with PSE"
      ])
    #expect(
      try relations("وتحدث بايدن هاتفيا مع الرئيس الفلسطيني محمود عباس.") == [
        "USA negotiates-with PSE"
      ])
    #expect(try relations("وتحادث بوتين وأردوغان هاتفيا.") == ["RUS negotiates-with TUR"])
    // Guard: what one speaks about is no side.
    #expect(try relations("وتحدث الرئيس المصري عن إيران في مؤتمر صحفي.") == [])
  }
}
