import Foundation
import Testing

@testable import Graph

/// Support judged by another actor: a noun of opposition before a noun of support is aimed at
/// the supporter ("احتجاجاً على دعم واشنطن لإسرائيل"), and a refusal of support whose author is
/// named with its noun ("رفضها للدعم الأمريكي", "rejected US support for") denies nothing of it.
@Suite("Relations: support judged by another")
struct JudgedSupportTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2024-01-10").sorted()
  }

  @Test func aProtestAgainstSupportOpposesTheSupporter() throws {
    // (Was USA opposes ISR beside the support.)
    #expect(
      try relations("هاجم الحوثيون سفنا في البحر الأحمر، احتجاجاً على دعم واشنطن لإسرائيل.")
        == ["HOUTHIS opposes USA", "USA supports ISR"])
    #expect(
      try relations("خرج آلاف الأتراك في إسطنبول احتجاجا على دعم الولايات المتحدة لإسرائيل.")
        == ["TUR opposes USA", "USA supports ISR"])
  }

  @Test func aRefusedSupportOfAnotherStillHolds() throws {
    // (Each was USA opposes ISR: the refusal had turned the support around.)
    #expect(
      try relations("أعربت إيران عن رفضها للدعم الأمريكي لإسرائيل.") == [
        "IRN opposes USA", "USA supports ISR",
      ])
    #expect(
      try relations("Iran rejected US support for Israel.") == [
        "IRN opposes USA", "USA supports ISR",
      ])
  }

  @Test func aRefusalOfOnesOwnSupportStillOpposes() throws {
    // Guards: the one who refuses is the one who would support.
    #expect(try relations("Egypt refused to support Haftar.") == ["EGY opposes LNA"])
    #expect(try relations("رفضت مصر دعم حفتر.") == ["EGY opposes LNA"])
  }
}
