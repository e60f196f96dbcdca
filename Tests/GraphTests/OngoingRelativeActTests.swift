import Foundation
import Testing

@testable import Graph

/// English: ", which is fighting the junta", a progressive in a relative clause set off by a
/// comma: its subject is the antecedent (the auxiliary "is" no longer hides the pronoun), and
/// the act, which describes that actor, does not replace the attack the report told.
@Suite("English: an ongoing act in a relative clause")
struct OngoingRelativeActTests {
  @Test func theAntecedentActs() throws {
    // (Gave nothing: "is" stood between "which" and the verb.)
    let found = try builtInRelations(
      "Myanmar's military bombed Kachin Independence Army positions near Laiza. The National Unity Government, which is fighting the junta, announced a ceasefire. A UN rapporteur condemned the bombing.",
      date: "2025-03-30")
    #expect(found.contains("NUG_MMR opposes MMR"))
    // The bombing condemned is the military's, told first.
    #expect(found.contains("UN opposes MMR"))
    #expect(!found.contains("UN opposes NUG_MMR"))
  }

  @Test func aRestrictiveThatIsLeftAlone() throws {
    // Guard: "a force that is fighting" keeps the reading it had.
    let found = try builtInRelations(
      "Somalia threatened to expel Ethiopian troops serving in an African Union force that is fighting al Shabaab militants.",
      date: "2024-04-05")
    #expect(found.contains("SOM opposes ETH"))
  }
}
