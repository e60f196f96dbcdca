import Foundation
import Testing

@testable import Graph

/// The dual and feminine plural relative pronouns ("اللذان", "اللتان", "اللاتي", "اللواتي") open a
/// relative clause as "الذي" and "التي" do: "... كير ستارمر، اللذان أكدا أن موقف موسكو "غير
/// مقبول"".
@Suite("Arabic: dual relative pronouns")
struct DualRelativeTests {
  @Test func theDualRelativeSpeaks() throws {
    // (Gave the meetings only.)
    #expect(
      try builtInRelations(
        "والتقى زيلينسكي بقادة أوروبيين، بينهم الرئيس الفرنسي إيمانويل ماكرون ورئيس الوزراء البريطاني كير ستارمر، اللذان أكدا أن موقف موسكو \"غير مقبول\".",
        date: "2025-05-16"
      ).contains("FRA opposes RUS"))
  }
}
