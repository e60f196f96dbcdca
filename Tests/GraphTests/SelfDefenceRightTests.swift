import Foundation
import Testing

@testable import Graph

/// English: a speaker who says an actor has the right to defend itself backs it (a verdict
/// cue of `supports`: the actor just before it, the speaker named in the sentence).
@Suite("English: the right to defend itself")
struct SelfDefenceRightTests {
  @Test func presidentSaysIsraelHasTheRight() throws {
    // (Gave nothing.)
    let found = try builtInRelations(
      "Biden said Israel has the right to defend itself.", date: "2023-10-08")
    #expect(found == ["USA supports ISR"])
  }

  @Test func anotherLeader() throws {
    // (Gave nothing.)
    let found = try builtInRelations(
      "Macron said Israel has the right to defend itself.", date: "2023-10-08")
    #expect(found == ["FRA supports ISR"])
  }

  @Test func ownRightIsNoRelation() throws {
    // Guard: an actor that claims the right for itself backs no one.
    let found = try builtInRelations(
      "Israel said it has the right to defend itself.", date: "2023-10-08")
    #expect(found.isEmpty)
  }
}
