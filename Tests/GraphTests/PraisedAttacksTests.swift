import Foundation
import Testing

@testable import Graph

/// Praise of an attack told before ("Belarus hailed the offensive", "ورحبت الولايات المتحدة
/// بالغارات") supports its agent, as a condemnation of it opposes the agent.
@Suite("Attack memory: praise of the attack told before")
struct PraisedAttacksTests {
  @Test func praiseSupportsTheAgent() throws {
    // (Each gave only the attack.)
    #expect(
      try builtInRelations(
        "Russia launched a large offensive on Ukraine on Monday. Belarus hailed the offensive.",
        date: "2024-06-21") == ["RUS strikes UKR", "BLR supports RUS"])
    #expect(
      try builtInRelations(
        "شنت إسرائيل غارات على مواقع لحزب الله. ورحبت الولايات المتحدة بالغارات.",
        date: "2024-06-21") == ["ISR strikes HEZBOLLAH", "USA supports ISR"])
  }

  @Test func condemnationStillOpposes() throws {
    // guard
    #expect(
      try builtInRelations(
        "Israel struck Hezbollah targets in Lebanon. Iran condemned the strikes.",
        date: "2024-06-21") == ["ISR strikes HEZBOLLAH", "IRN opposes ISR"])
  }
}
