import Foundation
import Testing

@testable import Graph

/// An attack noun with a written date ("the October 2023 attack on Israel") told beside the
/// attack a report is about is background: a later "condemned the attack" is of the other one.
/// A condemnation reaches five sentences back when no attack was told since.
@Suite("A dated attack is background; condemnations five sentences on")
struct DatedAttackBackgroundTests {
  @Test func theDatedAttackDoesNotTakeThePlace() throws {
    #expect(
      try builtInRelations(
        "Israel carried out an air strike on Hamas leaders in Doha. The Israeli military said it "
          + "had conducted a precise strike against Hamas leaders it held responsible for the "
          + "October 2023 attack on Israel. Qatar condemned the attack as cowardly.",
        date: "2025-09-09"
      ).filter { $0.hasPrefix("QAT") } == ["QAT opposes ISR"])
  }

  @Test func fiveSentencesOn() throws {
    #expect(
      try builtInRelations(
        "Israel carried out an air strike on Hamas leaders in Doha. Hamas said its negotiator "
          + "survived. Qatar said it reserved the right to respond. Talks had been under way for "
          + "months. Officials gave few details. Saudi Arabia and Turkey also condemned the strike.",
        date: "2025-09-09"
      ).filter { $0.contains("opposes") }.sorted() == ["SAU opposes ISR", "TUR opposes ISR"])
    // guard: six sentences on, nothing.
    #expect(
      try builtInRelations(
        "Israel carried out an air strike on Hamas leaders in Doha. Hamas said its negotiator "
          + "survived. Qatar said it reserved the right to respond. Talks had been under way for "
          + "months. Officials gave few details. The weather was mild. Saudi Arabia and Turkey "
          + "also condemned the strike.",
        date: "2025-09-09"
      ).filter { $0.contains("opposes") }.isEmpty)
  }
}
