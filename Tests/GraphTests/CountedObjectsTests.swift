import Foundation
import Testing

@testable import Graph

/// A count before the object ("more than a dozen", "at least 15", "ما لا يقل عن 15") is no step
/// between a cue and its object, and its "at" or "عن" is no place's.
@Suite("Relations: counted objects")
struct CountedObjectsTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2025-02-01")
  }

  @Test func anApproximateCountBeforeTheObject() throws {
    // (Each was nothing.)
    #expect(
      try relations("Britain launched air and sea strikes against more than a dozen Houthi sites.")
        == ["GBR strikes HOUTHIS"])
    #expect(
      try relations("Israeli jets carried out raids against at least 20 Hamas positions.") == [
        "ISR strikes HAMAS"
      ])
    #expect(
      try relations("Israel bombed at least 15 Hezbollah sites overnight.") == [
        "ISR strikes HEZBOLLAH"
      ])
    #expect(
      try relations("The Pentagon said it struck over 30 Houthi targets.") == [
        "USA strikes HOUTHIS"
      ])
    #expect(
      try relations("قصفت الطائرات البريطانية ما لا يقل عن 12 موقعا للحوثيين.") == [
        "GBR strikes HOUTHIS"
      ])
  }

  @Test func aCountIsNoAdjacency() throws {
    // guard: a verbal noun's genitive stays the one right after it, a count not passed over
    // ("قتل عشرات المحتجين الفلسطينيين" names the victims, not the author).
    #expect(
      try relations(
        "شجعت الخطوة القوات الإسرائيلية على قتل عشرات المحتجين الفلسطينيين على حدود غزة."
      )
      .contains("PSE strikes ISR") == false)
    // guard: "كل" counts nothing.
    #expect(try relations("قال إن الخلاف بين كل منهما وبين تيار المستقبل يتسع.") == [])
  }
}
