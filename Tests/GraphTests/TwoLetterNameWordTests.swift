import Testing

@testable import Graph

/// Arabic: a word of two letters that starts with "و" ("كانغ كيونغ وا") is a word of the name
/// after a title, not "و" opening a new phrase (no "و" and a word make two letters).
@Suite("Arabic: a two-letter word of a name")
struct TwoLetterNameWordTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2019-08-01").sorted()
  }

  @Test func theNameKeepsItsLastWord() throws {
    // (Gave nothing: the name stopped before "وا", which then stood between it and "نظيرها".)
    #expect(
      try relations(
        "بعد لقاء وزيرة الخارجية الكورية الجنوبية كانغ كيونغ وا نظيرها الياباني تارو كونو في طوكيو."
      ) == ["KOR negotiates-with JPN"])
    // Guard: "و" before a longer word still opens a new phrase.
    #expect(
      try relations("التقى وزير الخارجية المصري سامح شكري ووزير الخارجية الأردني في عمان.") == [
        "EGY negotiates-with JOR"
      ])
  }
}
