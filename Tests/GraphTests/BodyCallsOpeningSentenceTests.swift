import Foundation
import Testing

@testable import Graph

/// Arabic: a request verb that opens a sentence right before an international body is the
/// body's own call (VSO), not a call of the sentence before's subject on the body:
/// "ودعت جامعة الدول العربية إلى وقف فوري للعمليات العسكرية".
@Suite("Arabic: a body's call opening a sentence")
struct BodyCallsOpeningSentenceTests {
  @Test func leagueCallsForAHalt() throws {
    // (Gave KWT opposes ARAB_LEAGUE.)
    let found = try builtInRelations(
      "وأعلنت الحكومة الكويتية دعمها الكامل للعملية العسكرية الأمريكية. "
        + "ودعت جامعة الدول العربية إلى وقف فوري للعمليات العسكرية.", date: "2003-03-20")
    #expect(found == ["KWT supports USA"])
  }

  @Test func stateAskedToWithdraw() throws {
    // Guard: a state named there is still the one asked.
    let found = try builtInRelations(
      "أدانت تركيا الهجوم. وطالبت إسرائيل بالانسحاب من غزة.", date: "2024-01-10")
    #expect(found.contains("TUR opposes ISR"))
  }

  @Test func stateCallsForAHaltOfOthersActs() throws {
    // (Gave RUS opposes CHN: China read as the one asked.)
    let found = try builtInRelations(
      "ودان الرئيس الروسي بوريس يلتسين الضربات. وطالبت الصين بوقف فوري للعمليات العسكرية.",
      date: "1999-03-25")
    #expect(!found.contains("RUS opposes CHN"))
  }

  @Test func stateAskedToStopItsOwnOperations() throws {
    // Guard: a stop of the actor's own acts (a pronoun on the noun) is still asked of it.
    let found = try builtInRelations(
      "أدانت تركيا الهجوم. وطالبت إسرائيل بوقف عملياتها العسكرية في غزة.", date: "2024-01-10")
    #expect(found.contains("TUR opposes ISR"))
  }
}
