import Foundation
import Testing

@testable import Graph

/// English: a plural description as the object of a verb of meeting ("met both leaders", "had
/// spoken to both leaders") names whom the subject meets, each of the actors an earlier sentence
/// joined, as one after "with" does.
@Suite("English: meeting both leaders")
struct MetBothLeadersTests {
  @Test func metBothLeaders() throws {
    // (Gave SRB negotiates-with XKX again, and not the EU.)
    let found = try builtInRelations(
      "Serbian President Aleksandar Vucic and Kosovo Prime Minister Albulena Haxhiu held talks in Brussels on Monday. European Council President Charles Michel met both leaders separately.",
      date: "2020-10-20")
    #expect(found.contains("EU negotiates-with SRB"))
    #expect(found.contains("EU negotiates-with XKX"))
  }

  @Test func spokeToBothLeaders() throws {
    // (Gave ARM negotiates-with AZE for the call.)
    let found = try builtInRelations(
      "Armenia and Azerbaijan agreed on a ceasefire. US Secretary of State Mike Pompeo said he had spoken to both leaders.",
      date: "2020-10-20")
    #expect(found.contains("USA negotiates-with ARM"))
    #expect(found.contains("USA negotiates-with AZE"))
  }

  @Test func aTitleWordInTheDescription() throws {
    // (Gave nothing of the United States: "foreign" and "prime" stood between the determiner
    // and the plural.)
    let met = try builtInRelations(
      "Armenia and Azerbaijan agreed on a peace text. Secretary of State Marco Rubio met the two foreign ministers in Washington.",
      date: "2025-06-27")
    #expect(met.contains("USA negotiates-with ARM"))
    #expect(met.contains("USA negotiates-with AZE"))
    let called = try builtInRelations(
      "The prime ministers of Serbia and Kosovo signed an agreement. US Secretary of State John Kerry telephoned both prime ministers to congratulate them.",
      date: "2013-04-19")
    #expect(called.contains("USA negotiates-with SRB"))
    #expect(called.contains("USA negotiates-with XKX"))
  }
}
