import Foundation
import Testing

@testable import Graph

/// A few cities name their state as its capital does, in Arabic as in English: "إيلات"
/// (Israel), "خاركيف" (Ukraine), "بورتسودان" (Sudan's seat of government since 2023).
@Suite("Actors: cities that name their state")
struct CitiesNamingStatesTests {
  /// Relations with the built-in gazetteer, lexicon and titles ("?" marks a hypothetical one).
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2024-06-01").sorted()
  }

  @Test func aCityHitIsItsState() throws {
    #expect(
      try relations(
        "أعلنت المقاومة الإسلامية في العراق مسؤوليتها عن هجوم بطائرة مسيرة على إيلات.")
        == ["ISLAMIC_RESISTANCE_IRAQ strikes ISR"])
    #expect(
      try relations("استهدفت قوات الدعم السريع مطار بورتسودان بطائرات مسيرة.") == [
        "RSF strikes SDN"
      ])
    #expect(try relations("قصفت روسيا خاركيف بالصواريخ.") == ["RUS strikes UKR"])
  }

  @Test func aCapitalInASecondSpelling() throws {
    // "كانبيرا" beside "كانبرا" (gave nothing).
    #expect(
      try relations("وأكدت كانبيرا أن قواتها تعمل بالتنسيق مع القوات النيوزيلندية.") == [
        "AUS negotiates-with NZL"
      ])
  }
}
