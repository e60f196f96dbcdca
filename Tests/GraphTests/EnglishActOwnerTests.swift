import Foundation
import Testing

@testable import Graph

/// English: the owner of an act past a written date ("its October 7 attack") or a hyphened
/// modifier ("Moscow's full-scale invasion"); and force words aimed at a state's finances
/// ("targeted Russia's financial sector", list `measure`) state a stance, not force.
@Suite("English: act owners past dates and hyphens; financial targets")
struct EnglishActOwnerTests {
  @Test func aDateBeforeTheAct() throws {
    // (Was nothing.)
    #expect(
      try builtInRelations(
        "The council failed to condemn Hamas for its October 7 attack on Israel.",
        date: "2024-03-25") == ["HAMAS strikes ISR"])
  }

  @Test func aHyphenedModifier() throws {
    // (Was nothing.)
    #expect(
      try builtInRelations(
        "Moscow's full-scale invasion of Ukraine began in 2022.", date: "2024-02-23")
        == ["RUS strikes UKR"])
  }

  @Test func financialTargets() throws {
    // (Gave USA strikes RUS.)
    #expect(
      try builtInRelations(
        "The United States targeted Russia's financial sector with new measures.",
        date: "2024-02-23") == ["USA opposes RUS"])
    // guard: an energy sector hit is force.
    #expect(
      try builtInRelations("Russian missiles targeted Ukraine's energy sector.", date: "2024-02-23")
        == ["RUS strikes UKR"])
  }
}
