import Foundation
import Testing

@testable import Graph

/// Names in the sound masculine plural ("الحوثيون") before a feminine nisba that cannot qualify
/// them, the ones a spokesman speaks for ("الناطق باسم الحوثيين"), and Sudan's towns in Arabic
/// ("الفاشر", "أم درمان").
@Suite("Relations: plural names and Sudan's towns")
struct PluralNamesAndSudanTownsTests {
  /// Relations with the built-in gazetteer, lexicon and titles ("?" marks a hypothetical one).
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2015-06-01").sorted()
  }

  @Test func aFeminineNisbaAfterAPluralNameIsTheObject() throws {
    #expect(try relations("انتقد الحوثيون السعودية.") == ["HOUTHIS opposes SAU"])
    // guard: a nisba that agrees with the head of a name qualifies it.
    #expect(
      try relations("قاتلت حركة الشباب الصومالية القوات الاثيوبية.")
        == ["SHABAAB opposes ETH", "SHABAAB strikes ETH"])
  }

  @Test func theOnesASpokesmanSpeaksForAreTheSubject() throws {
    #expect(try relations("انتقد الناطق باسم الحوثيين الامم المتحدة.") == ["HOUTHIS opposes UN"])
  }

  @Test func sudansTownsAreSudan() throws {
    #expect(try relations("شنت قوات الدعم السريع هجوما على مدينة الفاشر.") == ["RSF strikes SDN"])
    #expect(
      try relations("نفذت حركة العدل والمساواة هجوما على مدينة ام درمان.") == ["JEM strikes SDN"])
  }
}
