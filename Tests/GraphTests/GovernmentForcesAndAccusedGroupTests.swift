import Foundation
import Testing

@testable import Graph

/// English: "government forces" and "government troops" are the forces of the government the
/// document named; "accused the rebels of ..." reads the description as the accused; a
/// description that opens a sentence is its subject for "its" after ", and".
@Suite("Actors: government forces, accused descriptions")
struct GovernmentForcesAndAccusedGroupTests {
  func relations(_ text: String, date: String = "1993-05-24") throws -> [String] {
    try builtInRelations(text, date: date)
  }

  @Test func governmentTroopsAreTheDocumentsState() throws {
    // (Was nothing in the second sentence: "Government troops" named no actor.)
    #expect(
      try relations(
        "PHNOM PENH, May 24 (wire) — The Khmer Rouge guerrillas have boycotted the vote in Cambodia. Government troops have shelled Khmer Rouge positions in the northwest in recent weeks."
      ) == ["KHM strikes KHMER_ROUGE"])
  }

  @Test func governmentForcesAreTheNamedGovernments() throws {
    // "Myanmar's military government" names whose government it is; China, named more often,
    // is not. (Was nothing: "government forces" named no actor.)
    #expect(
      try relations(
        "BEIJING, January 12 - Myanmar's military government agreed to a ceasefire after talks mediated by China, the Chinese foreign ministry said. Beijing would continue to play a constructive role. The Arakan Army, which is also fighting government forces in western Rakhine State, said the truce did not apply there.",
        date: "2024-01-12"
      ).contains("ARAKAN_ARMY strikes MMR"))
  }

  @Test func accusedDescriptionIsTheAccused() throws {
    // (Was nothing: "the rebels of" read as "the group of seven", no description.)
    #expect(
      try relations(
        "The Houthis boycotted the vote in Yemen. Saudi Arabia accused the rebels of attacking polling stations.",
        date: "2015-05-24") == ["SAU opposes HOUTHIS"])
    #expect(
      try relations(
        "The Khmer Rouge have boycotted the vote in Cambodia. Hun Sen's government accused the guerrillas of trying to sabotage the election."
      ) == ["KHM opposes KHMER_ROUGE"])
  }

  @Test func groupOfStaysUnread() throws {
    // Guard: without an accusation verb, "the group of" is no description.
    #expect(
      try relations(
        "The Houthis boycotted the vote in Yemen. Saudi Arabia praised the group of seven.",
        date: "2015-05-24") == [])
  }

  @Test func possessiveAfterAndNamesTheDescribedSubject() throws {
    // (Was THREE_BROTHERHOOD strikes TNLA once "the alliance" was read: "its" took the
    // object of the clause before.)
    let found = try relations(
      "Myanmar's military government and the Three Brotherhood Alliance agreed to a ceasefire. The junta had accused the alliance of working with drug traffickers, and its aircraft repeatedly bombed TNLA positions.",
      date: "2024-01-12")
    #expect(found.contains("MMR strikes TNLA"))
    #expect(found.contains("MMR opposes THREE_BROTHERHOOD"))
    #expect(!found.contains("THREE_BROTHERHOOD strikes TNLA"))
  }
}
