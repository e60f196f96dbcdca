import Foundation
import Testing

@testable import Graph

/// Arabic: "ميثاق", a charter or pact, is a joint noun as "معاهدة" is (its signers negotiate
/// with each other); a body's name right after an agreement noun owns the text ("ميثاق الأمم
/// المتحدة") and is no party to it.
@Suite("Arabic: charters and the texts of bodies")
struct ChartersTests {
  @Test func signedAPact() throws {
    // (Gave nothing: "ميثاق" was no cue.)
    let found = try builtInRelations(
      "وقع رؤساء مالي وبوركينا فاسو والنيجر ميثاقا للدفاع المشترك.", date: "2023-09-16")
    #expect(found.contains("MLI negotiates-with BFA"))
    #expect(found.contains("BFA negotiates-with NER"))
  }

  @Test func theCharterOfABody() throws {
    // (Gave USA negotiates-with NATO: the treaty's owner read as a party.)
    let found = try builtInRelations(
      "ودانت إيران الضربات الأميركية ووصفتها بأنها انتهاك صارخ لمعاهدة حلف الناتو.",
      date: "2024-02-03")
    #expect(found.contains("IRN opposes USA"))
    #expect(!found.contains("USA negotiates-with NATO"))
  }

  @Test func aBodysAgreementWithAPartner() throws {
    // Guard: with "مع" after it the body is a party.
    let found = try builtInRelations(
      "وأكدت تركيا التزامها باتفاق الاتحاد الأوروبي مع أنقرة بشأن اللاجئين.",
      date: "2016-03-20")
    #expect(found.contains("EU negotiates-with TUR"))
  }
}
