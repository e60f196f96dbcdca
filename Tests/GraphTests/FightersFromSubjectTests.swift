import Foundation
import Testing

@testable import Graph

/// Arabic: fighters, soldiers or units "من" a force or group after the verb are its own men;
/// the partitive "من" makes the group the verb's subject, no prepositional object. A force's
/// weapons "from" a place ("صواريخ من لبنان") name where they were fired from.
@Suite("Arabic: fighters from a group are the subject")
struct FightersFromSubjectTests {
  @Test func fightersFromAGroupStrike() throws {
    // (Gave nothing: "من الجيش الحر" read as oblique.)
    #expect(
      try builtInRelations(
        "وقصف مقاتلون من الجيش الحر مواقع لحزب الله في بلدة الهرمل اللبنانية بالصواريخ.",
        date: "2013-06-05") == ["FSA strikes HEZBOLLAH"])
    #expect(
      try builtInRelations("وقصف مقاتلون من حركة حماس مواقع إسرائيلية.", date: "2021-05-12")
        == ["HAMAS strikes ISR"])
  }

  @Test func rocketsFromAPlaceAreNoSubject() throws {
    // Guard.
    #expect(
      try builtInRelations("أطلقت صواريخ من لبنان على إسرائيل.", date: "2024-06-01").isEmpty)
  }
}
