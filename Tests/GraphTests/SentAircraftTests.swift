import Foundation
import Testing

@testable import Graph

/// English: "sent F-16 fighter jets to strike": forces sent to act, with a model's name and a
/// modifier before the force noun, act in fact (the infinitive is no mere plan).
@Suite("Clause mood: forces sent to act, named with their model")
struct SentAircraftTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2025-07-28")
  }

  @Test func aModelAndAModifierBeforeTheForceNoun() throws {
    // (Was THA strikes KHM ?: hypothetical.)
    #expect(
      try relations("Thailand sent F-16 fighter jets to strike Cambodian military targets.") == [
        "THA strikes KHM"
      ])
  }

  @Test func aPlanStaysAPlan() throws {
    // Guard: a verb of the future or a threat before the forces (the threat opposes now).
    #expect(
      try relations("Iran threatened to send fighter jets to strike Israel.") == [
        "IRN strikes ISR ?", "IRN opposes ISR",
      ])
    #expect(
      try relations("Israel warned it would use jets to strike Hezbollah.") == [
        "ISR strikes HEZBOLLAH ?"
      ])
  }
}
