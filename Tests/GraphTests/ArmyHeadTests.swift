import Foundation
import Testing

@testable import Graph

/// A bare "the army" after an armed group whose name ends in "Army" ("the National Liberation
/// Army (ELN)") is the state's army, not the group named again.
@Suite("Anaphora: 'the army' after a group named an army")
struct ArmyHeadTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2025-01-20")
  }

  @Test func theArmyIsTheStates() throws {
    // (Was without the clashes: "the army" named the ELN again, which then clashed with
    // itself.)
    #expect(
      try relations(
        "Colombian President Gustavo Petro declared a state of internal commotion. The crisis began last week when fighters of the National Liberation Army (ELN) attacked the 33rd Front of FARC dissidents. About 5,000 troops have been sent to the area, and the army reported clashes with ELN units near the town of Tibu."
      ) == ["ELN strikes FARC", "COL strikes ELN", "ELN strikes COL"])
  }

  @Test func aStatesArmyIsStillNamedAgain() throws {
    // Guard: "Sudan's army ... the army".
    #expect(
      try relations("Sudan's army shelled Omdurman. The army said it clashed with the RSF.") == [
        "SDN strikes RSF", "RSF strikes SDN",
      ])
  }
}
