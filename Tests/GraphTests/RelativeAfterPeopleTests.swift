import Foundation
import Testing

@testable import Graph

/// English: "X officials, who ..." and "X fighters, who ...": the people of an actor before a
/// relative set off by a comma are its antecedent, also after "according to".
@Suite("Relations: relatives after an actor's people")
struct RelativeAfterPeopleTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2025-02-01")
  }

  @Test func theActorsPeopleAreTheAntecedent() throws {
    // (Each was without the relative's relation.)
    #expect(
      try relations(
        "Israeli jets struck Gaza, killing 12 people, according to Hamas officials, who accused Israel of breaking the truce."
      ) == ["ISR strikes PSE", "HAMAS opposes ISR"])
    #expect(
      try relations("Houthi fighters, who attacked a Saudi post, withdrew.") == [
        "HOUTHIS strikes SAU"
      ])
  }

  @Test func theActPastItsPlaceAndDayIsTheAntecedent() throws {
    // (Each gave nothing: the place and day stood between the act and "that".)
    #expect(
      try builtInRelations(
        "The Taliban claimed responsibility for a car bombing in Kabul on Thursday that killed an American soldier.",
        date: "2019-09-08") == ["TALIBAN strikes USA"])
    #expect(
      try relations(
        "Al-Shabaab claimed an attack near Mogadishu last week that killed two Ugandan soldiers.")
        == ["SHABAAB strikes UGA"])
  }

  @Test func aPlaceAfterAPrepositionStaysNoAntecedent() throws {
    // guard: "the attack on Syria, which killed": Syria is the attack's target.
    #expect(try relations("The attack on Syria, which killed 12 soldiers, was condemned.") == [])
  }
}
