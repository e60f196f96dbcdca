import Foundation
import Testing

@testable import Graph

/// English: "federal forces" with no state of their own are the document's main state's, as
/// "security forces" are.
@Suite("Actors: federal forces")
struct FederalForcesTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2022-11-02")
  }

  @Test func federalForcesAreTheMainStates() throws {
    // (Was nothing in the second sentence: "federal forces" named no actor.)
    #expect(
      try relations(
        "Ethiopia's government agreed to a truce. The talks followed weeks in which federal forces backed by Eritrean troops captured several towns from the TPLF."
      ) == ["ERI supports ETH", "ETH strikes TPLF"])
  }

  @Test func securityForcesStay() throws {
    // Guard: the other first word of the list.
    #expect(
      try relations("Ethiopia's government agreed to a truce. Security forces attacked the TPLF.")
        == ["ETH strikes TPLF"])
  }
}
