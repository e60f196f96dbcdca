import Foundation
import Testing

@testable import Graph

/// English: ", which it blamed on X": the one the pronoun after the relative names (the
/// sentence's subject) blames X, opposing it.
@Suite("English: which it blamed on")
struct RelativeBlameTests {
  @Test func theSpeakerBlames() throws {
    // (Gave nothing: "blamed on" named an attack's agent only after "was".)
    let found = try builtInRelations(
      "Russia's defence ministry described the strikes as retaliation for Monday's attack on the Crimean Bridge, which it blamed on Ukraine.",
      date: "2023-07-19")
    #expect(found.contains("RUS opposes UKR"))
  }

  @Test func aCondemnedAttack() throws {
    let found = try builtInRelations(
      "Israel condemned the rocket fire on Haifa, which it blamed on Hezbollah.",
      date: "2024-09-22")
    #expect(found.contains("ISR opposes HEZBOLLAH"))
  }

  @Test func thePassiveStillNamesTheAgent() throws {
    // Guard: "was blamed on" names the attack's agent.
    let found = try builtInRelations(
      "The attack on the US base was blamed on Kataib Hezbollah.", date: "2024-01-29")
    #expect(found.contains("KATAIB_HEZBOLLAH strikes USA"))
  }
}
