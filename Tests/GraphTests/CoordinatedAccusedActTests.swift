import Foundation
import Testing

@testable import Graph

/// Arabic: a word joined by و to the act an accusation names with ب is a verbal noun of that
/// act, the accused's, and no fact ("وتتهم الرياض الدوحة بإيواء ... ودعم حركة حماس").
@Suite("Arabic: acts coordinated after an accusation")
struct CoordinatedAccusedActTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2017-06-06")
  }

  @Test func coordinatedVerbalNounIsTheAccuseds() throws {
    // (Was SAU supports HAMAS: "ودعم" read as a verb of the sentence's subject.)
    #expect(
      try relations("وتتهم الرياض الدوحة بإيواء قيادات من جماعة الإخوان المسلمين ودعم حركة حماس.")
        == ["SAU opposes QAT", "QAT supports HAMAS ?"])
    // (Two words between the one accused and the act.)
    #expect(
      try relations(
        "وتتهم الرياض الدوحة منذ سنوات بإيواء قيادات من الإخوان المسلمين ودعم حركة حماس."
      )
      .contains("QAT supports HAMAS ?"))
  }

  @Test func verbOfTheSubjectStays() throws {
    // Guard: no act named with ب, a verb of the subject's own.
    #expect(
      try relations("وانتقدت روسيا واشنطن بشدة ودعمت الحكومة السورية.")
        == ["RUS opposes USA", "RUS supports SYR"])
  }
}
