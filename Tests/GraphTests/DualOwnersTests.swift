import Foundation
import Testing

@testable import Graph

/// A stance noun with a dual pronoun after a plural description of two actors named in the
/// sentence before ("التقى الرئيس المصري العاهل الاردني. واكد الزعيمان دعمهما للحكومة
/// العراقية"): each of the two holds the stance.
@Suite("Relations: stances of two actors named before")
struct DualOwnersTests {
  /// Relations with the built-in gazetteer, lexicon and titles ("?" marks a hypothetical one).
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2006-08-01").sorted()
  }

  @Test func aDualPronounTakesTheTwoActorsNamedBefore() throws {
    #expect(
      try relations(
        "التقى الرئيس المصري العاهل الاردني في القاهرة. واكد الزعيمان دعمهما للحكومة العراقية.")
        == ["EGY negotiates-with JOR", "EGY supports IRQ", "JOR supports IRQ"])
    #expect(
      try relations(
        "التقى الرئيس المصري العاهل الاردني. وحذر الزعيمان من تدهور الوضع، مؤكدين دعمهما للحكومة العراقية."
      ) == ["EGY negotiates-with JOR", "EGY supports IRQ", "JOR supports IRQ"])
    #expect(
      try relations("وقعت مصر والاردن اتفاقا. واكد البلدان رفضهما للعدوان الاسرائيلي على غزة.")
        == ["EGY negotiates-with JOR", "EGY opposes ISR", "ISR strikes PSE", "JOR opposes ISR"])
  }
}
