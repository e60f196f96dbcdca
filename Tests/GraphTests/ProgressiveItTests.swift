import Foundation
import Testing

@testable import Graph

/// English: "it is defending", "it was withdrawing": "it" before "is"/"was" and a verb in -ing
/// is a pronoun, not the expletive of "it is possible", "it was reported".
@Suite("Anaphora: 'it' before a progressive verb")
struct ProgressiveItTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2025-01-28")
  }

  @Test func thePronounActs() throws {
    // (Was ZAF supports FDLR: "it" dropped as an expletive, the speaker of the sentence before
    // took the verb. Since "defending its border against" opposes, Rwanda's, not South
    // Africa's.)
    #expect(
      try relations(
        "South Africa said 13 of its soldiers had been killed. Rwanda denies arming the M23 but says it is defending its border against the FDLR."
      ) == ["RWA opposes FDLR"])
  }

  @Test func theExpletiveStays() throws {
    // Guard: "it is possible" names no actor.
    #expect(
      try relations("It is possible that Iran backs the Houthis.") == ["IRN supports HOUTHIS ?"])
    // Guard: the pronoun's own reading.
    #expect(try relations("Niger said it was withdrawing from ECOWAS.") == ["NER opposes ECOWAS"])
  }
}
