import Foundation
import Testing

@testable import Graph

/// Ecuador's gangs designated as terrorist groups in January 2024 are actors of the gazetteer:
/// a list of them is read whole, its last item named too.
@Suite("Actors: Ecuador's designated gangs")
struct EcuadorGangsTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2024-01-10")
  }

  @Test func aListOfGangsIsReadWhole() throws {
    // (Was ECU opposes LOS_CHONEROS alone: the unknown last item cut the list.)
    #expect(
      try relations(
        "Noboa's decree designates 22 groups, including Los Choneros, Los Lobos and Los Tiguerones, as terrorist organisations."
      ) == ["ECU opposes LOS_CHONEROS", "ECU opposes LOS_LOBOS", "ECU opposes LOS_TIGUERONES"])
    // Any list of names joined by commas whose last item, after "and", is no actor.
    // (Was its first item alone.)
    #expect(
      try relations("Ecuador designated Los Choneros, Los Lobos and Los Pepes as terrorist groups.")
        == ["ECU opposes LOS_CHONEROS", "ECU opposes LOS_LOBOS"])
    #expect(
      try relations("Ecuador's army attacked the Chone Killers.") == [
        "ECU strikes CHONE_KILLERS"
      ])
  }
}
