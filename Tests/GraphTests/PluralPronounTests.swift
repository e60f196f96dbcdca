import Foundation
import Testing

@testable import Graph

/// English "they" and "their forces" after a list of actors: the pronoun names every actor of
/// the list, not its last one ("France and Canada said they backed ...").
@Suite("Anaphora: plural pronouns name a whole list")
struct PluralPronounTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2025-05-10")
  }

  @Test func theyAfterAVerbOfSaying() throws {
    // (Was CAN supports UKR alone.)
    #expect(
      try relations("France and Canada said they backed Ukraine.") == [
        "CAN supports UKR", "FRA supports UKR",
      ])
    // (Was BFA opposes ECOWAS alone.)
    #expect(
      try relations("Mali, Niger and Burkina Faso said they were withdrawing from ECOWAS.") == [
        "BFA opposes ECOWAS", "MLI opposes ECOWAS", "NER opposes ECOWAS",
      ])
    // (Was PIJ strikes ISR alone.)
    #expect(
      try relations("Hamas and Islamic Jihad said they fired rockets at Israel.") == [
        "PIJ strikes ISR", "HAMAS strikes ISR",
      ])
  }

  @Test func theyOpeningTheNextSentence() throws {
    // (Was no relation in the second sentence: "They" looked for an armed group.) The second
    // "they" names the first's list.
    #expect(
      try relations(
        "Egypt and Jordan condemned Israel. They said they supported the Palestinian Authority.")
        == [
          "EGY opposes ISR", "JOR opposes ISR", "EGY supports PSE", "JOR supports PSE",
        ])
  }

  @Test func theirForces() throws {
    // (Was GBR strikes HOUTHIS alone.)
    #expect(
      try relations("The United States and Britain said their forces struck the Houthis.") == [
        "GBR strikes HOUTHIS", "USA strikes HOUTHIS",
      ])
  }

  @Test func aSingleActorStaysAlone() throws {
    // Guard: no list, no partner.
    #expect(try relations("Egypt said it backed Sudan's army.") == ["EGY supports SDN"])
    // Guard: "they" opening a sentence after one subject keeps its old reading.
    #expect(
      try relations("Egypt condemned Israel and Turkey. They said it was a crime.") == [
        "EGY opposes ISR", "EGY opposes TUR",
      ])
  }
}
