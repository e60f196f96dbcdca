import Testing

@testable import Graph

/// "القيادي" (a senior figure of a group) is a title before a name, as "القائد" and "الزعيم"
/// are; the indefinite "قيادي" ("a leader of ...") names nobody and stays a plain noun.
@Suite("Relations: القيادي as a title")
struct LeaderTitleTests {
  /// Relations with the built-in gazetteer, lexicon and titles, in the order they appear.
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2024-01-12")
  }

  let strikes =
    "شنت طائرات وسفن حربية أمريكية وبريطانية فجر الجمعة غارات على أكثر من ستين هدفا للحوثيين "
    + "في محافظة الحديدة."

  @Test func theSeniorFigureNamedAfterTheTitleSpeaksForHisGroup() throws {
    #expect(
      try relations(strikes + " ووصف القيادي محمد علي الحوثي الضربات بأنها عدوان همجي.") == [
        "USA strikes HOUTHIS", "GBR strikes HOUTHIS", "HOUTHIS opposes USA", "HOUTHIS opposes GBR",
      ])
    #expect(
      try relations(strikes + " ودان القيادي الحوثي محمد البخيتي الضربات.") == [
        "USA strikes HOUTHIS", "GBR strikes HOUTHIS", "HOUTHIS opposes USA", "HOUTHIS opposes GBR",
      ])
  }

  @Test func theIndefiniteNounIsNoTitle() throws {
    // Guard: "قيادي بارز في حركة النجباء" is the one killed, of the group struck.
    #expect(
      try relations(
        "قتل قيادي بارز في حركة النجباء العراقية في غارة شنتها طائرة مسيرة أمريكية على مقر في "
          + "بغداد.") == ["USA strikes NUJABA"])
  }
}
