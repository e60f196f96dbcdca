import Foundation
import Testing

@testable import Graph

/// A sentence that opens with "ومن جانبه" or "من جهتها" (on his or her part) before its verb and
/// subject still lends that subject to the next sentence's verb with no subject of its own.
@Suite("Relations: a subject after 'on his part' carried to the next sentence")
struct PartOpenersTests {
  @Test func theSubjectAfterOnHisPartIsCarried() throws {
    #expect(
      try builtInRelations(
        "ومن جانبه اكد ممثل الامارات ان الاجتماع مهم.\nوعبر عن ادانته لقيام اسرائيل باستهداف المدنيين.",
        date: "2006-08-01") == ["ARE opposes ISR"])
    #expect(
      try builtInRelations(
        "من جهته، أكد ممثل الأردن أن الاجتماع مهم.\nوعبر عن إدانته للعدوان الإسرائيلي.",
        date: "2006-08-01") == ["JOR opposes ISR"])
    // guard: with no opener the first actor is still the subject.
    #expect(
      try builtInRelations(
        "أكد ممثل الإمارات أن الاجتماع مهم.\nوأدان العدوان الإسرائيلي.", date: "2006-08-01")
        == ["ARE opposes ISR"])
  }
}
