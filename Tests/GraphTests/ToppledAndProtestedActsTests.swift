import Foundation
import Testing

@testable import Graph

/// Two readings of force that are not force: a government brought down by a party ("أسقطت ...
/// حكومة") is opposed, not struck; and those who protest an assassination ("غضبا لاغتيال",
/// "احتجاجا على اغتيال") are not its authors. A judgement of an act named with its author
/// ("إدانته لقصف إسرائيل للمدنيين") is aimed at the author.
@Suite("Relations: toppled governments and judged acts")
struct ToppledAndProtestedActsTests {
  @Test func bringingDownAGovernmentIsOpposition() throws {
    #expect(
      try builtInRelations(
        "أسقطت قوى 14 آذار حكومة الرئيس عمر كرامي في عام 2005", date: "2006-12-01")
        == ["LBN_MARCH14 opposes LBN"])
    #expect(
      try builtInRelations(
        "حكومة عمر كرامي التي أسقطتها قوى 14 آذار لم تأمر بإطلاق النار", date: "2006-12-01")
        == ["LBN_MARCH14 opposes LBN"])
    // guard: shooting down a state's aircraft is still a strike.
    #expect(
      try builtInRelations("أسقطت الدفاعات الجوية السورية طائرة إسرائيلية", date: "2006-12-01")
        == ["SYR strikes ISR"])
  }

  @Test func thoseWhoProtestAnAssassinationAreNotItsAuthors() throws {
    #expect(
      try builtInRelations(
        "خرجت أحزاب لبنانية إلى الشوارع غضبا لاغتيال الوزير بيار الجميل", date: "2006-12-01")
        == [])
    // guard: an accusation of the act still names its author.
    #expect(
      try builtInRelations(
        "تتهم قوى 14 آذار سوريا باغتيال الرئيس رفيق الحريري", date: "2006-12-01"
      )
      .contains("LBN_MARCH14 opposes SYR"))
  }

  @Test func aJudgementOfAnActIsAimedAtItsNamedAuthor() throws {
    // guard: read before by another rule.
    #expect(
      try builtInRelations("أعرب الرئيس المصري عن إدانته لقصف إسرائيل للمدنيين", date: "2006-08-01")
        == ["EGY opposes ISR"])
    #expect(
      try builtInRelations(
        "أعرب الرئيس المصري عن دعمه لهجوم تركيا على المسلحين", date: "2006-08-01")
        == ["EGY supports TUR"])
    // guard: alone, the name may be the one bombed.
    #expect(
      try builtInRelations("أعرب الرئيس المصري عن إدانته لقصف إسرائيل", date: "2006-08-01") == [])
  }
}
