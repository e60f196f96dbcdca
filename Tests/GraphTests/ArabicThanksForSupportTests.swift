import Testing

@testable import Graph

/// Arabic: the one thanked for its support ("وشكر الرئيس الصومالي واشنطن على دعمها") supports the
/// one who thanks, as in English ("thanked Britain for its support").
@Suite("Relations: Arabic thanks for support")
struct ArabicThanksForSupportTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2025-02-02")
  }

  @Test func theOneThankedForItsSupportBacksTheOneWhoThanks() throws {
    #expect(
      try relations("وشكر الرئيس الصومالي واشنطن على دعمها الثابت.") == [
        "SOM supports USA", "USA supports SOM",
      ])
    #expect(
      try relations("الرئيس الأوكراني شكر بريطانيا على دعمها.") == [
        "UKR supports GBR", "GBR supports UKR",
      ])
    #expect(
      try relations("وشكر الرئيس الصومالي واشنطن على «دعمها الثابت».") == [
        "SOM supports USA", "USA supports SOM",
      ])
    // guard: thanks for a stance that is no support.
    #expect(try relations("وشكرت مصر السعودية على موقفها.") == ["EGY supports SAU"])
  }

  @Test func aThankerLeftOutIsTheSentencesOpeningSubject() throws {
    // (Each gave the first relation only.)
    #expect(
      try relations(
        "وتشكر الحكومة المالية إيكواس على جهودها، كما تشكر فرنسا على دعمها الثابت لمالي.")
        == ["MLI supports ECOWAS", "FRA supports MLI", "MLI supports FRA"])
    #expect(
      try relations("ورحب الرئيس الصومالي بالعملية، وشكر واشنطن على دعمها الثابت.") == [
        "SOM supports USA", "USA supports SOM",
      ])
    // Guard: no subject anywhere before.
    #expect(try relations("وشكرت فرنسا على دعمها.") == [])
  }
}
