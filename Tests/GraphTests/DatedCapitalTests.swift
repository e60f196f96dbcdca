import Foundation
import Testing

@testable import Graph

/// "صنعاء" as a metonym: the Yemeni state before the Houthis took the capital, the Houthis after.
@Suite("Gazetteer: a capital whose holder changed")
struct DatedCapitalTests {
  @Test func sanaaAfterSeptember2014IsTheHouthis() throws {
    // (Was nothing: the form was ambiguous.)
    #expect(
      try builtInRelations(
        "شنت مقاتلات إسرائيلية غارات على ميناء الحديدة ومطار صنعاء.", date: "2025-05-06")
        == ["ISR strikes HOUTHIS"])
  }

  @Test func sanaaBeforeIsTheState() throws {
    // (Was nothing.)
    #expect(
      try builtInRelations("قصفت طائرات أمريكية صنعاء.", date: "2012-05-06") == ["USA strikes YEM"])
  }
}
