import Foundation
import Testing

@testable import Graph

/// Arabic: a condemnation of an attack on a state's territory ("الاعتداء على الأراضي التركية")
/// does not oppose that state as the agent of an attack told before: its victim did not do it.
@Suite("Relations: a condemned attack on the remembered agent's own territory")
struct CondemnedAttackOnOwnTerritoryTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2012-04-21")
  }

  @Test func theVictimIsNoAgent() throws {
    // (Was EGY opposes TUR: the Turkish attack told before read as the one condemned.)
    #expect(
      try relations(
        "شنت القوات التركية هجوما على مواقع كردية. ودانت مصر الاعتداء على الأراضي التركية.")
        == [])
    // guard: an attack on another state's territory opposes the agent told before, as before.
    #expect(
      try relations(
        "قصفت الطائرات الإسرائيلية مواقع عسكرية قرب دمشق. ودانت مصر الاعتداء على الأراضي السورية.")
        == ["ISR strikes SYR", "EGY opposes ISR"])
  }
}
