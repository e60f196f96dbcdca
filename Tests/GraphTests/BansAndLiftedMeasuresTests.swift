import Foundation
import Testing

@testable import Graph

/// A ban or sanctions on a state's goods oppose the state ("عقوبات على صادرات النفط
/// الإيرانية"); a measure lifted or eased ("رفعت ... العقوبات", "lifted sanctions on") opposes no
/// more.
@Suite("Relations: bans on goods and lifted measures")
struct BansAndLiftedMeasuresTests {
  /// Relations with the built-in gazetteer, lexicon and titles ("?" marks a hypothetical one).
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2024-06-01").sorted()
  }

  @Test func aBanOnAStatesGoodsOpposesTheState() throws {
    #expect(
      try relations("فرض الاتحاد الأوروبي حظرا على واردات النفط الروسي.") == ["EU opposes RUS"])
    #expect(
      try relations("فرضت الولايات المتحدة عقوبات على صادرات النفط الإيرانية.") == [
        "USA opposes IRN"
      ])
    #expect(
      try relations("فرضت الولايات المتحدة عقوبات على قطاع النفط الإيراني.") == ["USA opposes IRN"])
    // Guard: a stance on prices of a state's oil is none on the state.
    #expect(try relations("انتقدت مصر ارتفاع أسعار النفط الروسي.") == [])
  }

  @Test func aLiftedMeasureOpposesNoMore() throws {
    #expect(try relations("رفعت الولايات المتحدة العقوبات المفروضة على سوريا.") == [])
    #expect(try relations("The US lifted sanctions on Syria.") == [])
    #expect(try relations("The United States eased sanctions on Venezuela.") == [])
    // Guards: an embargo lifted, and measures imposed.
    #expect(try relations("رفعت الولايات المتحدة الحظر على كوبا.") == [])
    #expect(try relations("فرضت الولايات المتحدة رسوما جمركية على الصين.") == ["USA opposes CHN"])
  }
}
