import Foundation
import Testing

@testable import Graph

/// "ثلاثة عشر جندياً، بينهم جنود من جنوب أفريقيا وملاوي": the actors named as examples after a
/// force noun and "من" are the verb's object; a description followed by a word of time ("وقتلت
/// الحركة الأسبوع الماضي") stands alone and refers back.
@Suite("Relations: victims named as examples")
struct ExampleVictimsTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2025-01-29").sorted()
  }

  @Test func soldiersFromCountriesAmongThem() throws {
    #expect(
      try relations("قتلت حركة 23 مارس ثلاثة عشر جنديا، بينهم جنود من جنوب أفريقيا وملاوي.")
        == ["M23 strikes MWI", "M23 strikes ZAF"])
  }

  @Test func aDescriptionBeforeAWordOfTime() throws {
    #expect(
      try relations(
        "سيطر متمردو حركة 23 مارس على غوما. وهاجمت الحركة الأسبوع الماضي القوات الرواندية.")
        == ["M23 strikes RWA"])
  }
}
