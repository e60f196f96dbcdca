import Foundation
import Testing

@testable import Graph

/// English: a welcome of an actor's decision, move or efforts backs the actor; a welcome of its
/// words (list `spoken_content`: "announcement", "statement", "claim") does not.
@Suite("English: welcoming an actor's decision")
struct WelcomedDecisionTests {
  @Test func welcomedTheLeadersDecision() throws {
    // (Gave nothing: the decision was read as words.)
    let found = try builtInRelations(
      "Moldovan President Vladimir Voronin refused to sign the plan. "
        + "The United States welcomed Voronin’s decision.", date: "2003-11-25")
    #expect(found == ["USA supports MDA"])
  }

  @Test func welcomedTheStatesEfforts() throws {
    // (Gave nothing.)
    let found = try builtInRelations(
      "Britain welcomed Iran's efforts to free the hostages.", date: "2007-04-04")
    #expect(found == ["GBR supports IRN"])
  }

  @Test func welcomedTheGroupsAnnouncement() throws {
    // Guard: the group's words welcomed are no support of the group.
    let found = try builtInRelations(
      "Spain's government welcomed ETA's announcement that it had disbanded.", date: "2018-05-03")
    #expect(found.isEmpty)
  }
}
