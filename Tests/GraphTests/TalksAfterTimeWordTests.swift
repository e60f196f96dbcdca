import Foundation
import Testing

@testable import Graph

/// Arabic: talks named right after a word of time ("بعد اتصال هاتفي مع", "خلال اتصال"), a
/// comma before it or not, are the main clause subject's; not past a relative clause with its
/// own subject.
@Suite("Arabic: talks after a word of time")
struct TalksAfterTimeWordTests {
  @Test func afterACall() throws {
    // (Gave nothing: the comma cut the subject off from the call.)
    #expect(
      try builtInRelations(
        "أعرب رئيس الوزراء البريطاني ديفيد كاميرون عن أسفه لعدم إبلاغ لندن مسبقا، بعد اتصال هاتفي مع نظيره الجزائري عبد المالك سلال.",
        date: "2013-01-17") == ["GBR negotiates-with DZA"])
    #expect(
      try builtInRelations(
        "أكد الرئيس اللبناني، خلال اتصال هاتفي مع قائد اليونيفيل، التزام بلاده بالقرار.",
        date: "2024-01-17") == ["LBN negotiates-with UN"])
  }

  @Test func notPastARelativeClause() throws {
    // Guard: the two who called are the relative's subject, not the sentence's first actor.
    #expect(
      try builtInRelations(
        "التقى زيلينسكي بقادة أوروبيين، بينهم ماكرون، الذي أكد بعد اتصال مع الرئيس الأمريكي أن الموقف غير مقبول.",
        date: "2025-05-16"
      ).allSatisfy { !$0.hasPrefix("UKR negotiates-with USA") })
  }
}
