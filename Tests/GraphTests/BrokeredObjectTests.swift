import Foundation
import Testing

@testable import Graph

/// English: the go-between named before "-brokered", "-mediated" or "-facilitated" (list
/// `mediation`) qualifies the thing a verb acts on and is no object of the verb.
@Suite("English: the broker of what is acted on")
struct BrokeredObjectTests {
  @Test func quittingABrokeredDeal() throws {
    // (Gave RUS opposes UN.)
    let found = try builtInRelations(
      "Moscow quit a UN-brokered deal on grain exports.", date: "2023-07-17")
    #expect(!found.contains("RUS opposes UN"))
  }

  @Test func rejectingAMediatedProposal() throws {
    let found = try builtInRelations(
      "The Houthis rejected a Saudi-mediated proposal for a truce.", date: "2023-04-20")
    #expect(!found.contains("HOUTHIS opposes SAU"))
  }
}
