import Foundation
import Testing

@testable import Graph

/// An ally noun ranked by an elative or "one of" ("من أبرز حلفاء", "أقرب حلفاء", "one of Y's
/// closest allies", "among the main backers of"): in an apposition or after "be", the actor
/// before it supports the noun's genitive or possessor.
@Suite("Ranked allies")
struct RankedAllyTests {
  @Test func arabicPartitive() throws {
    // (Was nothing.)
    #expect(
      try builtInRelations(
        "وتعتبر الهند من أوثق حلفاء بوتان في جنوب آسيا، وتقدم لها مساعدات سنوية.",
        date: "2019-05-01")
        == ["IND supports BTN"])
    // (Was nothing: both states of the group.)
    #expect(
      try builtInRelations(
        "وقال الوزير إن كوبا ونيكاراغوا من أقرب حلفاء كاراكاس في المنطقة.", date: "2019-05-01")
        == ["CUB supports VEN", "NIC supports VEN"])
  }

  @Test func arabicApposition() throws {
    // (Was nothing.)
    #expect(
      try builtInRelations(
        "وأعلنت فرنسا، أقرب حلفاء تشاد، دعمها للحكومة في مواجهة المتمردين.", date: "2019-05-01")
        == ["FRA supports TCD"])
    // (Was nothing.)
    #expect(
      try builtInRelations(
        "وأكدت السعودية، من أبرز حلفاء البحرين، وقوفها مع المنامة.", date: "2019-05-01"
      )
      .contains("SAU supports BHR"))
  }

  @Test func arabicWarningIsNoRank() throws {
    // guard: "حذر من" warns of the allies; the subject is not one of them.
    #expect(
      try !builtInRelations(
        "وحذرت واشنطن من أبرز حلفاء طهران في المنطقة.", date: "2019-05-01"
      )
      .contains(where: { $0.hasPrefix("USA supports IRN") }))
  }

  @Test func englishOneOf() throws {
    // (Was nothing.)
    #expect(
      try builtInRelations(
        "Cuba is one of Nicaragua's closest allies in the region.", date: "2019-05-01")
        == ["CUB supports NIC"])
    // (Was nothing.)
    #expect(
      try builtInRelations(
        "Pakistan has long been among the main backers of the Taliban.", date: "2019-05-01")
        == ["PAK supports TALIBAN"])
    // (Was nothing.)
    #expect(
      try builtInRelations(
        "France, one of Chad's oldest allies, called for restraint.", date: "2019-05-01"
      )
      .contains("FRA supports TCD"))
  }

  @Test func englishFormerRankIsNone() throws {
    // guard: a former patron backs no one now.
    #expect(
      try builtInRelations(
        "Pakistan was one of the former backers of the Taliban.", date: "2019-05-01"
      )
      .isEmpty)
  }
}
