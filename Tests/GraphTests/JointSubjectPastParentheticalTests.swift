import Testing

@testable import Graph

/// "توصلت روسيا وأوكرانيا، في مينسك، إلى اتفاق": the coordinated subject of an Arabic verb of
/// agreement stands before a parenthetical of place or time, or one opened by a word of
/// sequel ("، بعد مفاوضات طويلة،"), and bare time words may stand before its comma
/// ("اليوم،").
@Suite("Relations: an Arabic joint subject before a parenthetical")
struct JointSubjectPastParentheticalTests {
  /// Relations with the built-in gazetteer, lexicon and titles ("?" marks a hypothetical one).
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2015-02-12").sorted()
  }

  @Test func theSubjectBeforeAParentheticalOfPlaceTakesPart() throws {
    // (Each gave nothing.)
    #expect(
      try relations("توصلت روسيا وأوكرانيا، في مينسك، إلى اتفاق.") == ["RUS negotiates-with UKR"])
  }

  @Test func theSubjectBeforeTimeWordsAndASequelTakesPart() throws {
    #expect(
      try relations("توصلت روسيا وأوكرانيا اليوم، بعد مفاوضات طويلة، إلى اتفاق.") == [
        "RUS negotiates-with UKR"
      ])
    #expect(
      try relations(
        "توصل قادة روسيا وأوكرانيا وألمانيا وفرنسا اليوم الخميس، بعد مفاوضات استمرت أكثر من ست عشرة ساعة، إلى اتفاق على وقف لإطلاق النار."
      ) == [
        "DEU negotiates-with FRA", "RUS negotiates-with DEU", "RUS negotiates-with FRA",
        "RUS negotiates-with UKR", "UKR negotiates-with DEU", "UKR negotiates-with FRA",
      ])
  }
}
