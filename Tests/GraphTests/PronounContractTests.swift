import Foundation
import Testing

@testable import Graph

/// "بموجب عقد وقعته مانيلا عام 2020، وتطور مع بريطانيا": a verb of meeting whose object is its
/// pronoun ends at a comma before a word with و; radars are weapons sold.
@Suite("Relations: a contract signed, and radars sold")
struct PronounContractTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2025-08-06").sorted()
  }

  @Test func theNextClauseIsNoPartner() throws {
    #expect(
      try relations(
        "وكانت طوكيو قد باعت الفلبين رادارات للمراقبة الجوية بموجب عقد وقعته مانيلا عام 2020، "
          + "وتطور مع بريطانيا وإيطاليا مقاتلة من الجيل الجديد.") == ["JPN supports PHL"])
  }

  @Test func radarsSold() throws {
    #expect(try relations("باعت اليابان الفلبين رادارات.") == ["JPN supports PHL"])
  }
}
