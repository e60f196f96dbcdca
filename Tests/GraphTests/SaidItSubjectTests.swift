import Foundation
import Testing

@testable import Graph

/// English: "it" after a verb of saying. A verb of saying between "and" and the pronoun is no
/// modifier that joins the pronoun to the actor before "and" ("criticised Russia and said it
/// backed Ukraine"), and the actor right before the verb of saying is the one the pronoun
/// names ("India struck ... and Pakistan said it struck ...").
@Suite("Anaphora: 'it' after a verb of saying")
struct SaidItSubjectTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2025-05-10")
  }

  @Test func aVerbOfSayingJoinsNoList() throws {
    // (Was also RUS supports UKR: "Russia and said it" read as one list.)
    #expect(
      try relations("Germany criticised Russia and said it backed Ukraine.") == [
        "DEU opposes RUS", "DEU supports UKR",
      ])
  }

  @Test func theActorBeforeTheVerbOfSayingIsThePronouns() throws {
    // (Was IND strikes PAK alone: "it" named India, the sentence's first subject.)
    #expect(
      try relations("India struck Pakistani bases and Pakistan said it struck Indian posts.") == [
        "IND strikes PAK", "PAK strikes IND",
      ])
    // With no actor right before the verb of saying, the sentence's subject. (Was also PSE
    // strikes HAMAS: "Gaza and said it" read as one list.)
    #expect(
      try relations("The Israeli army struck Gaza and said it targeted Hamas.") == [
        "ISR strikes PSE", "ISR strikes HAMAS",
      ])
  }

  @Test func aModifierStillJoinsANameAfterAnd() throws {
    // Guard: "X and paramilitary Y".
    #expect(
      try relations("Sudan's army and paramilitary RSF clashed in Khartoum.") == [
        "SDN strikes RSF", "RSF strikes SDN",
      ])
  }
}
