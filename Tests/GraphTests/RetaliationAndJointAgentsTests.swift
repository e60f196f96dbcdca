import Foundation
import Testing

@testable import Graph

/// English subjects whose head noun goes on in a list ("U.S. and British warplanes, ships and a
/// submarine struck"), every agent of one attack in what later sentences say of it, and the
/// author of the attack a strike answers ("in retaliation for Houthi attacks").
@Suite("Retaliation targets and the joint agents of an attack")
struct RetaliationAndJointAgentsTests {
  @Test func aListOfNounsAfterTheNisbas() throws {
    #expect(
      try builtInRelations(
        "U.S. and British warplanes, ships and a submarine struck targets across Yemen.",
        date: "2024-01-12"
      ).sorted() == ["GBR strikes YEM", "USA strikes YEM"])
    #expect(
      try builtInRelations(
        "Russian troops, tanks and artillery attacked Ukrainian positions.", date: "2024-01-12")
        == ["RUS strikes UKR"])
  }

  @Test func aVerbTheLexiconKnowsOnlyAsAVerbIsNoNoun() throws {
    // "a submarine struck": no noun "struck".
    #expect(
      try builtInRelations(
        "British warplanes and a submarine struck Houthi targets.", date: "2024-01-12")
        == ["GBR strikes HOUTHIS"])
  }

  @Test func everyAgentOfTheAttackToldBefore() throws {
    #expect(
      try builtInRelations(
        "U.S. and British warplanes struck targets across Yemen. Australia and Canada supported "
          + "the operation with logistics.",
        date: "2024-01-12"
      ).filter { $0.contains("supports") }.sorted()
        == ["AUS supports GBR", "AUS supports USA", "CAN supports GBR", "CAN supports USA"])
    // guard: a condemnation already reached both (the act memory).
    #expect(
      try builtInRelations(
        "شنت طائرات أمريكية وبريطانية غارات على اليمن. ودانت إيران الضربات.", date: "2024-01-12"
      ).filter { $0.hasPrefix("IRN") }.sorted() == ["IRN opposes GBR", "IRN opposes USA"])
  }

  @Test func theAuthorOfTheAttackAnswered() throws {
    // (The answered attack's author struck the one who answers it: `AnsweredAttackTests`.)
    #expect(
      try builtInRelations(
        "Israel struck targets in Lebanon in retaliation for Hezbollah rocket attacks.",
        date: "2024-01-12"
      ).sorted() == ["HEZBOLLAH strikes ISR", "ISR strikes HEZBOLLAH", "ISR strikes LBN"])
    #expect(
      try builtInRelations(
        "شنت إسرائيل غارات على جنوب لبنان ردا على هجمات حزب الله.", date: "2024-01-12"
      ).sorted() == ["HEZBOLLAH strikes ISR", "ISR strikes HEZBOLLAH", "ISR strikes LBN"])
    #expect(
      try builtInRelations(
        "Israeli jets struck Gaza in response to the Hamas attack.", date: "2024-01-12"
      ).sorted() == ["HAMAS strikes ISR", "ISR strikes HAMAS", "ISR strikes PSE"])
  }

  @Test func aBackerIsNoAuthor() throws {
    // guard: "Iran-backed militias" attacked, not Iran.
    #expect(
      try builtInRelations(
        "The US struck targets in Iraq in retaliation for a drone attack by Iran-backed militias.",
        date: "2024-01-12"
      ) == ["USA strikes IRQ"])
  }
}
