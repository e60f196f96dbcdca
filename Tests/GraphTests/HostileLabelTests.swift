import Foundation
import Testing

@testable import Graph

/// Calling an actor a Nazi, a fascist, an invader or a mercenary (list `terror_label`) opposes
/// it, as calling it a terrorist does.
@Suite("Relations: hostile labels")
struct HostileLabelTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2017-03-13").sorted()
  }

  @Test func englishLabels() throws {
    #expect(
      try relations(
        "President Recep Tayyip Erdogan responded by calling the Dutch \"Nazi remnants\".")
        == ["TUR opposes NLD"])
  }

  @Test func arabicLabels() throws {
    #expect(
      try relations("وصفت كوريا الشمالية الرئيس الأمريكي بأنه نازي.") == ["PRK opposes USA"])
  }

  @Test func occupiedIsNoLabel() throws {
    // guard: "محتلة" (occupied) describes the land, not its occupier; with it in the list,
    // these gave ARAB_LEAGUE opposes SYR and EU opposes PSE.
    #expect(try relations("اعتبرت جامعة الدول العربية الجولان أرضا سورية محتلة.") == [])
    #expect(try relations("وصف الاتحاد الأوروبي الضفة الغربية بأنها أراض فلسطينية محتلة.") == [])
  }
}
