import Foundation
import Testing

@testable import Graph

/// Strikes on the places of a state or a group found with grids of common wire frames: "دك"
/// (pounded) as a verb of force, places hit after على ("أغارت ... على قرى في جنوب لبنان"), a
/// subject with a head and its adjective before the nisba ("الطيران الحربي الاسرائيلي"), and a
/// noun of force with an adjective before its على ("غارات جوية على مواقع في ...").
@Suite("Relations: places hit")
struct PlacesHitTests {
  /// Relations with the built-in gazetteer, lexicon and titles ("?" marks a hypothetical one).
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2006-08-01").sorted()
  }

  @Test func poundedIsAVerbOfForce() throws {
    #expect(
      try relations("دكت المدفعية الاسرائيلية مواقع لحزب الله.") == ["ISR strikes HEZBOLLAH"])
  }

  @Test func placesHitAfterAlaAreInTheStateNamedAfterFi() throws {
    #expect(
      try relations("أغارت الطائرات الاسرائيلية على قرى في جنوب لبنان.") == ["ISR strikes LBN"])
    #expect(
      try relations("شنت اسرائيل غارات جوية على مواقع في جنوب لبنان.") == ["ISR strikes LBN"])
    // guard: a thing hit off a coast is not the state.
    #expect(try relations("استهدفت اسرائيل سفينة قبالة لبنان.") == [])
  }

  @Test func aRegionAfterALongerSubjectIsHit() throws {
    #expect(try relations("قصف الطيران الحربي الاسرائيلي جنوب لبنان.") == ["ISR strikes LBN"])
  }
}
