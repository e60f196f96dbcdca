import Foundation
import Testing

@testable import Graph

/// English: an act the text does not tell as done ("should have fought soldiers rather than
/// killed people") is no attack a later condemnation of "the attacks" can name.
@Suite("Relations: acts that should have been are not remembered as attacks")
struct UntoldActMemoryTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2010-07-13")
  }

  @Test func aCounterfactualIsNoAttackTold() throws {
    // (Was USA opposes SOM: the speaker, Somalia's president, read as the agent of "fought".)
    #expect(
      try relations(
        "Somalia's President said the bombers should have fought soldiers rather than killed "
          + "people. Obama condemned the attacks.") == [])
    // guard: an attack told as done, as before.
    #expect(
      try relations(
        "Al-Shabaab bombed a stadium in Kampala, killing 74 people. Obama condemned the attacks.")
        == ["USA opposes SHABAAB"])
    #expect(
      try relations("Israel struck Hamas positions in Gaza. Obama condemned the attacks.")
        == ["ISR strikes HAMAS", "USA opposes ISR"])
  }
}
