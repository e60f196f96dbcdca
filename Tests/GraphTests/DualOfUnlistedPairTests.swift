import Testing

@testable import Graph

/// A dual description ("the two countries", "البلدان") of a joint act or of talks names two
/// actors that no "and" listed: the two of an earlier clause of its own sentence (both
/// languages), or, in English, the two of an earlier sentence (`pairsFromGroup`,
/// `sentencePair`).
@Suite("A dual description of two actors not listed")
struct DualOfUnlistedPairTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2016-06-01").sorted()
  }

  @Test func theTwoOfAnEarlierClause() throws {
    #expect(
      try relations(
        "Japan sent two patrol boats to the Philippines last year, and the two countries "
          + "signed an agreement on fisheries in Manila on Tuesday.")
        == ["JPN negotiates-with PHL"])
    #expect(
      try relations(
        "وأرسلت اليابان زورقي دورية إلى الفلبين العام الماضي، ووقع البلدان اتفاقا للصيد في مانيلا.")
        == ["JPN negotiates-with PHL"])
  }

  @Test func aPairListedBeforeInTheSameClause() throws {
    #expect(
      try relations(
        "Kenyan and Ugandan police have set up a joint investigation team under an agreement "
          + "signed by the two governments.")
        == ["KEN negotiates-with UGA"])
  }

  @Test func theTwoOfTheSentenceBefore() throws {
    #expect(
      try relations(
        "Brazil recalled its ambassador from Paraguay in March. The two governments agreed on "
          + "Friday to restore full diplomatic ties.")
        == ["BRA negotiates-with PRY", "BRA opposes PRY"])
  }

  /// guard: the two who speak of the sides are not the sides.
  @Test func notTheSpeakers() throws {
    #expect(
      try relations(
        "The United Nations envoy, the former Nigerian president Olusegun Obasanjo, said the "
          + "two sides had agreed to a truce.")
        == [])
  }

  /// guard: in Arabic a sentence's two actors not listed are not taken from a sentence before.
  @Test func notAnArabicPairFromTheSentenceBefore() throws {
    #expect(
      try relations("وانتقدت البرازيل باراغواي. ووقع البلدان اتفاقا للتعاون.")
        == ["BRA opposes PRY"])
  }

  @Test func aDualThatNamesItsMembersAfterIn() throws {
    // "الحكومتان العسكريتان في مالي وبوركينا فاسو" names its two after "في": not the two of the
    // sentence before (gave NER and FRA opposes MLI and BFA).
    #expect(
      try relations(
        "اتهم المجلس العسكري في النيجر فرنسا بالسعي إلى التدخل عسكريا. وفي بيان مشترك، حذرت الحكومتان العسكريتان في مالي وبوركينا فاسو من أن أي تدخل عسكري في النيجر سيعد إعلان حرب عليهما."
      ) == ["NER opposes FRA"])
  }
}
