import Foundation
import Testing

@testable import Graph

/// English: a government word opening the sentence ("The military governments of Mali,
/// Burkina Faso and Niger announced ...") acts for the states after its "of", as a title does.
@Suite("English: the government of a state")
struct GovernmentOfTests {
  @Test func theGovernmentsOfAList() throws {
    let found = try builtInRelations(
      "The military governments of Mali, Burkina Faso and Niger announced their withdrawal from ECOWAS.",
      date: "2024-01-28")
    #expect(found.contains("MLI opposes ECOWAS"))
    #expect(found.contains("BFA opposes ECOWAS"))
    #expect(found.contains("NER opposes ECOWAS"))
  }

  @Test func theGovernmentOfOneState() throws {
    #expect(
      try builtInRelations("The government of Mali condemned ECOWAS.", date: "2024-01-28")
        .contains("MLI opposes ECOWAS"))
  }

  @Test func aPossessorAfterOfIsNotTheActor() throws {
    // Guard: Iraq owns the Kurdistan region; its government is not Iraq's.
    #expect(
      try builtInRelations(
        "The government of Iraq's Kurdistan region welcomed the PKK's decision.",
        date: "2025-03-01"
      ).allSatisfy { !$0.hasPrefix("IRQ ") })
  }
}
