import Foundation
import Testing

@testable import Graph

/// Arabic: participles of praising or welcoming after a comma ("مشيداً بجهود قطر", "مثمنة دور
/// قطر", "مرحبة بقرار قطر") tell how the sentence's subject acts, as "متهمة" and "منددا" do: it
/// supports the one praised; so do those of criticism ("منتقدة", "مستنكرة"), which oppose.
@Suite("Relations: Arabic participles of praising")
struct PraisingParticipleTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2025-01-16")
  }

  @Test func theSubjectSupportsTheOnePraised() throws {
    // (Each was no relation.)
    #expect(
      try relations(
        "ورحب الأمين العام للأمم المتحدة أنطونيو غوتيريش بالاتفاق، مشيداً بجهود قطر ومصر والولايات المتحدة."
      ) == ["UN supports QAT", "UN supports EGY", "UN supports USA"])
    #expect(
      try relations("أعلنت مصر دعمها للاتفاق، مثمنة دور قطر.") == ["EGY supports QAT"])
  }

  @Test func participlesOfCriticismAndWelcome() throws {
    // "منتقدة", "مستنكرة" oppose; "مرحبة" supports. (Was the attack alone; then no relation.)
    #expect(
      try relations("أعلنت تركيا موقفها، مستنكرة الهجوم الروسي على أوكرانيا.") == [
        "TUR opposes RUS", "RUS strikes UKR",
      ])
    #expect(
      try relations("أصدرت أرمينيا بيانا، منتقدة روسيا.") == ["ARM opposes RUS"])
    #expect(
      try relations("أصدرت الخارجية المصرية بيانا، مرحبة بقرار قطر.") == ["EGY supports QAT"])
  }

  @Test func withoutTheCommaNoClause() throws {
    // Guard: no actor praised.
    #expect(try relations("وصل الوزير المصري مشيدا بالاستقبال.") == [])
  }
}
