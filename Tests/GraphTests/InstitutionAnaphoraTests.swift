import Foundation
import Testing

@testable import Graph

/// A body named in full is later "the court", "the agency", "المحكمة" or "الجامعة": the head
/// noun refers back to it (`anaphoric_head`).
@Suite("Relations: a body's head noun refers back to it")
struct InstitutionAnaphoraTests {
  func relations(_ text: String, date: String = "2009-03-05") throws -> [String] {
    try builtInRelations(text, date: date).sorted()
  }

  @Test func theCourtInArabic() throws {
    #expect(
      try relations(
        "أصدرت المحكمة الجنائية الدولية مذكرة توقيف بحق عمر البشير. وانتقد السودان المحكمة.")
        == ["ICC opposes SDN", "SDN opposes ICC"])
  }

  @Test func theCourtsOrderInEnglish() throws {
    // (The International Court of Justice rolls up to the UN.)
    #expect(
      try relations(
        "The International Court of Justice ordered Myanmar to protect the Rohingya. Canada "
          + "welcomed the court's order.", date: "2020-01-23") == ["CAN supports UN"])
  }

  @Test func theLeagueInArabic() throws {
    #expect(
      try relations(
        "قرر مجلس جامعة الدول العربية تعليق مشاركة الحكومة السورية. واتهمت دمشق الجامعة "
          + "بالتآمر عليها.", date: "2011-11-12")
        == ["ARAB_LEAGUE opposes SYR", "SYR opposes ARAB_LEAGUE"])
  }

  @Test func theAgencyInEnglish() throws {
    #expect(
      try relations(
        "Iran barred inspectors of the International Atomic Energy Agency. Russia said it would "
          + "keep working with the agency.", date: "2006-02-04") == ["RUS negotiates-with IAEA"])
  }

  @Test func theCommonwealthAsTheLeague() throws {
    // "رابطة الكومنولث ... الرابطة" (gave only the withdrawal: "رابطة" was no head).
    #expect(
      try relations(
        "أعلنت زيمبابوي انسحابها من رابطة الكومنولث. وانتقدت الرابطة زيمبابوي.",
        date: "2003-12-08") == ["COMMONWEALTH opposes ZWE", "ZWE opposes COMMONWEALTH"])
  }
}
