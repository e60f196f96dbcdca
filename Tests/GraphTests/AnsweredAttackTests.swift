import Foundation
import Testing

@testable import Graph

/// A strike told as the answer to an actor's attack ("in retaliation for a wave of US air
/// strikes", "ردا على الغارات الإسرائيلية"): that actor had struck the one who answers; the
/// attack answered is background, not the one a later condemnation is about.
@Suite("Attacks answered by a strike")
struct AnsweredAttackTests {
  @Test func aWaveOfStrikes() throws {
    // (Gave only HOUTHIS strikes USA: the attack noun lay beyond three words.)
    let found = try builtInRelations(
      "The Houthis fired missiles at a US warship in retaliation for a wave of US air strikes that killed 31 people.",
      date: "2025-03-16")
    #expect(found.contains("HOUTHIS strikes USA"))
    #expect(found.contains("USA strikes HOUTHIS"))
  }

  @Test func arabicAnsweredStrikes() throws {
    // (Gave ISR strikes LBN only.)
    let found = try builtInRelations(
      "أطلق حزب الله صواريخ على شمال إسرائيل ردا على الغارات الإسرائيلية على جنوب لبنان.",
      date: "2024-01-10")
    #expect(found.contains("HEZBOLLAH strikes ISR"))
    #expect(found.contains("ISR strikes HEZBOLLAH"))
  }

  @Test func answeredByName() throws {
    // (Gave ISR strikes PSE and ISR strikes HAMAS only.)
    let found = try builtInRelations(
      "Israel struck targets in Gaza in response to Hamas rocket attacks.", date: "2023-05-10")
    #expect(found.contains("ISR strikes HAMAS"))
    #expect(found.contains("HAMAS strikes ISR"))
  }

  @Test func theCondemnationIsOfTheAnswer() throws {
    // Guard: "the attack" condemned is Iran's, not the American strikes it answered.
    let found = try builtInRelations(
      "Iran fired missiles at the U.S. air base in retaliation for American strikes on its nuclear facilities. Qatar condemned the attack.",
      date: "2025-06-24")
    #expect(found.contains("QAT opposes IRN"))
    #expect(!found.contains("QAT opposes USA"))
  }
}
