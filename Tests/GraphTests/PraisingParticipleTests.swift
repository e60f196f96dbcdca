import Foundation
import Testing

@testable import Graph

/// Arabic: participles of praising after a comma ("مشيداً بجهود قطر", "مثمنة دور قطر") tell
/// how the sentence's subject acts, as "متهمة" and "منددا" do: it supports the one praised.
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

  @Test func withoutTheCommaNoClause() throws {
    // Guard: no actor praised.
    #expect(try relations("وصل الوزير المصري مشيدا بالاستقبال.") == [])
  }
}
