import Foundation
import Testing

@testable import Graph

/// English: a participle phrase set off by commas between a light verb and its subject
/// ("troops, backed by drone strikes, launched assaults on") leaves the subject the act's
/// author.
@Suite("English: a participle phrase before a light verb")
struct ParticipleParentheticalTests {
  @Test func backedByThingsNotActors() throws {
    let found = try builtInRelations(
      "Ethiopian and Eritrean troops, backed by drone strikes, launched heavy assaults on Tigrayan forces.",
      date: "2022-10-25")
    #expect(found.contains("ETH strikes TPLF"))
    #expect(found.contains("ERI strikes TPLF"))
  }

  @Test func backedByAnActor() throws {
    let found = try builtInRelations(
      "Russia, backed by Iranian drones, launched a new offensive on Ukraine.", date: "2022-10-25")
    #expect(found.contains("RUS strikes UKR"))
    #expect(found.contains("IRN supports RUS"))
  }

  @Test func aRelativeClauseAndAnAuxiliary() throws {
    let found = try builtInRelations(
      "The TTP, which is allied to the Afghan Taliban, has claimed several of the recent attacks on Pakistani troops.",
      date: "2022-04-17")
    #expect(found.contains("TTP strikes PAK"))
    #expect(found.contains("TTP supports TALIBAN"))
  }

  @Test func madeUpOfAListOfMembers() throws {
    // An irregular participle, and a list with commas of its own.
    let found = try builtInRelations(
      "The Three Brotherhood Alliance, made up of the Myanmar National Democratic Alliance Army, the Ta'ang National Liberation Army and the Arakan Army, launched a major offensive against Myanmar's army.",
      date: "2024-01-12")
    #expect(found.contains("THREE_BROTHERHOOD strikes MMR"))
  }
}
