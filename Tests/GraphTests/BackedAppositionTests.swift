import Foundation
import Testing

@testable import Graph

/// English: "X, a group backed by Y", "X, the Kosovo Serb party backed by Y": in an apposition
/// (a comma, an article and up to three words before the participle) the one backed is the
/// actor before the comma, not a nisba inside the apposition.
@Suite("English: an apposition backed by")
struct BackedAppositionTests {
  @Test func aGroupBackedBy() throws {
    // (Gave nothing: a noun stood between the actor and the participle.)
    let found = try builtInRelations(
      "Hezbollah, a group backed by Iran, fired rockets at Haifa.", date: "2024-09-22")
    #expect(found.contains("IRN supports HEZBOLLAH"))
  }

  @Test func aNisbaInsideTheApposition() throws {
    // (Gave IRN supports LBN: the nisba of "the Lebanese group".)
    let found = try builtInRelations(
      "He is a member of Hezbollah, the Lebanese group backed by Iran.", date: "2024-09-22")
    #expect(found.contains("IRN supports HEZBOLLAH"))
    #expect(!found.contains("IRN supports LBN"))
  }

  @Test func aCueOpeningItsSentenceIsNoCrash() throws {
    // Guard: "Backed by Iran, ..." and ". backed by Russia." opened a reversed range (a
    // precondition failure) in the first version of this rule.
    let found = try builtInRelations(
      "Backed by Iran, the Houthis fired missiles at Israel. backed by Russia.",
      date: "2024-07-19")
    #expect(found.contains("HOUTHIS strikes ISR"))
  }

  @Test func aPartyOfAPeople() throws {
    let found = try builtInRelations(
      "The group was led by Milan Radoicic, a vice-president of Srpska Lista, the Kosovo Serb party backed by Belgrade.",
      date: "2023-09-26")
    #expect(found.contains("SRB supports SRPSKA_LISTA"))
  }
}
