import Foundation
import Testing

@testable import Graph

/// Arabic: a verb of describing or deeming with a word of praise after it (list
/// `praise_label`: "تاريخية", "شجاعة", "إيجابية", "بناءة") backs the actor its object names, as
/// a terror label after the same verbs opposes it.
@Suite("Arabic: an act described as historic or brave")
struct PraiseLabelTests {
  @Test func theLibyanStepCalledHistoric() throws {
    // (Gave nothing.)
    let found = try builtInRelations(
      "ووصف رئيس الوزراء البريطاني توني بلير الخطوة الليبية بأنها تاريخية وشجاعة.",
      date: "2003-12-19")
    #expect(found == ["GBR supports LBY"])
  }

  @Test func anAgreementCalledHistoric() throws {
    // (Gave only the agreement's parties.)
    let found = try builtInRelations(
      "ووصف وزير الخارجية الأمريكي الاتفاق بين السودان والحركة الشعبية بأنه تاريخي.",
      date: "2005-01-09")
    #expect(found == ["USA supports SDN", "USA supports SPLM", "SDN negotiates-with SPLM"])
  }

  @Test func aTerrorLabelStillOpposes() throws {
    // Guard: the same verb with a terror label.
    let found = try builtInRelations(
      "ووصفت إيران الهجوم الإسرائيلي بأنه إرهابي.", date: "2024-04-01")
    #expect(found == ["IRN opposes ISR"])
  }
}
