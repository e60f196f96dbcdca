import Foundation
import Testing

@testable import Graph

/// Towns of Israel and Lebanon named as targets in Arabic ("سديروت", "حيفا", "بنت جبيل",
/// "صيدا") stand for their state, as their capitals do.
@Suite("Gazetteer: towns of Israel and Lebanon")
struct LevantTownsTests {
  /// Relations with the built-in gazetteer, lexicon and titles ("?" marks a hypothetical one).
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2006-08-01").sorted()
  }

  @Test func aTownHitStandsForItsState() throws {
    #expect(
      try relations("واطلقت كتائب القسام صواريخ على مستوطنة سديروت.") == ["HAMAS strikes ISR"])
    #expect(try relations("واستهدف حزب الله مدينة حيفا بصواريخ.") == ["HEZBOLLAH strikes ISR"])
    #expect(
      try relations("واطلق حزب الله عشرات الصواريخ على كريات شمونة وصفد.") == [
        "HEZBOLLAH strikes ISR"
      ])
    #expect(try relations("وقصفت الطائرات الاسرائيلية مدينة بنت جبيل.") == ["ISR strikes LBN"])
    #expect(
      try relations("وشنت الطائرات الحربية الاسرائيلية غارات على مدينة صيدا ومنطقة بعلبك.")
        == ["ISR strikes LBN"])
  }
}
