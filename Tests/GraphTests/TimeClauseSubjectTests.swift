import Testing

@testable import Graph

/// "سيطرت حركة الشباب على البلدة بعد أن شنت هجوما على ...": after "بعد أن", "قبل أن" or
/// "بعدما", a light verb with no subject of its own has the main clause's subject (not a place,
/// nor the backer named with it).
@Suite("Relations: the subject of a verb after بعد أن")
struct TimeClauseSubjectTests {
  /// Relations with the built-in gazetteer, lexicon and titles, in the order they appear.
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2025-01-28")
  }

  @Test func theMainSubjectLaunchedTheAttack() throws {
    #expect(
      try relations("سيطرت حركة الشباب على البلدة بعد أن شنت هجوما على قاعدة للجيش الصومالي.") == [
        "SHABAAB strikes SOM"
      ])
    #expect(
      try relations(
        "أحكم متمردو حركة 23 مارس المدعومون من رواندا سيطرتهم على معظم أحياء مدينة غوما، كبرى مدن "
          + "شرق الكونغو الديمقراطية، بعد أن شنوا هجوما على مواقع الجيش الكونغولي قرب مطار المدينة."
      )
        == ["RWA supports M23", "M23 strikes COD"])
  }
}
