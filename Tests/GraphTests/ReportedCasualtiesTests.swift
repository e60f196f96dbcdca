import Foundation
import Testing

@testable import Graph

/// English: the speaker who reports casualties in the passive ("X said three fighters had been
/// killed") is no victim of a new attack, so a later condemnation still reaches the attack told
/// before.
@Suite("Relations: casualties reported by a speaker")
struct ReportedCasualtiesTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2025-02-01")
  }

  @Test func theSpeakerOfAPassiveIsNoVictim() throws {
    // (Each was the attack alone.)
    #expect(
      try relations(
        "Israel struck Hezbollah positions in southern Lebanon on Sunday. Hezbollah spokesman Mohammed Afif said three fighters had been killed. Iran condemned the strikes."
      ) == ["ISR strikes HEZBOLLAH", "IRN opposes ISR"])
    #expect(
      try relations(
        "Russian missiles hit Kyiv overnight. Ukrainian officials said four civilians were killed. France condemned the attack."
      ) == ["RUS strikes UKR", "FRA opposes RUS"])
  }

  @Test func aVictimNamedAfterTheVerbOfSayingStays() throws {
    // guard: the victims named after "said" are still the passive's subject.
    #expect(
      try relations(
        "Officials said six Israeli soldiers were killed on Monday. Israel blamed Hamas for the attack."
      ) == ["ISR opposes HAMAS", "HAMAS strikes ISR"])
  }
}

/// The one whose own men an attack told before killed, named by a pronoun on them ("من عناصره",
/// "its fighters") before "في"/"in" and the attack noun, was hit by the attack's agent.
@Suite("Relations: casualties in an attack told before")
struct CasualtiesInToldAttackTests {
  @Test func theOwnerOfTheDeadWasHit() throws {
    // (Each was the first relation alone.)
    #expect(
      try builtInRelations(
        "قصفت إسرائيل مواقع في جنوب لبنان. وأعلن حزب الله مقتل ثلاثة من مقاتليه في الغارة.",
        date: "2025-02-01") == ["ISR strikes LBN", "ISR strikes HEZBOLLAH"])
    #expect(
      try builtInRelations(
        "US jets struck targets in eastern Syria. Kataib Hezbollah said two of its fighters were killed in the strikes.",
        date: "2025-02-01") == ["USA strikes SYR", "USA strikes KATAIB_HEZBOLLAH"])
  }

  @Test func deadOfNoOwnerNamedGiveNothing() throws {
    // guard: the dead are no actor's own men.
    #expect(
      try builtInRelations(
        "Israel struck targets in Lebanon. Officials said three people were killed in the strike.",
        date: "2025-02-01") == ["ISR strikes LBN"])
  }
}
