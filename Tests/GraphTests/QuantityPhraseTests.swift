import Testing

@testable import Graph

/// Arabic nouns of quantity or series ("حزمة", "موجة", "دفعة", "جولة") before the act they
/// count: the actor before the quantity noun is the act's author, and talks after a partitive
/// "من" keep their article without naming earlier talks. A place after a noun of meeting with
/// a purpose lam is no party to the meeting.
@Suite("Relations: nouns of quantity before an act")
struct QuantityPhraseTests {
  /// Relations with the built-in gazetteer, lexicon and titles ("?" marks a hypothetical one).
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2024-06-01").sorted()
  }

  @Test func theActorBeforeAQuantityNounIsTheActsAuthor() throws {
    #expect(try relations("أقرت بريطانيا حزمة من العقوبات على روسيا.") == ["GBR opposes RUS"])
    #expect(
      try relations("وافق الاتحاد الأوروبي على الحزمة الرابعة عشرة من العقوبات ضد روسيا.") == [
        "EU opposes RUS"
      ])
    #expect(
      try relations("نفذت روسيا موجة جديدة من الضربات الصاروخية على أوكرانيا.") == [
        "RUS strikes UKR"
      ])
    #expect(
      try relations("قدمت ألمانيا دفعة جديدة من الأسلحة إلى أوكرانيا.") == ["DEU supports UKR"])
    // Guard: the sanctions judged are the West's, who is not named.
    #expect(try relations("انتقدت روسيا حزمة من العقوبات الغربية على إيران.") == [])
  }

  @Test func talksAfterAPartitiveKeepTheirArticle() throws {
    #expect(
      try relations("عقدت إيران والولايات المتحدة جولة جديدة من المحادثات في مسقط.") == [
        "IRN negotiates-with USA"
      ])
    #expect(
      try relations("أجرى الوفدان الروسي والأوكراني جولة من المفاوضات في إسطنبول.") == [
        "RUS negotiates-with UKR"
      ])
    // Guard: talks named before ("the talks") with no parties after them.
    #expect(try relations("رفضت إيران العودة إلى المحادثات.") == [])
  }

  @Test func aPlaceAfterAMeetingWithPurposeIsNoParty() throws {
    #expect(try relations("سافر رئيس الوزراء الإثيوبي للقاء في نيروبي.") == [])
    // Guard: the one met is named.
    #expect(
      try relations("سافر رئيس الوزراء الإثيوبي للقاء الرئيس الكيني.") == [
        "ETH negotiates-with KEN"
      ])
  }
}
