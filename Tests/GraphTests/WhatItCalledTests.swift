import Foundation
import Testing

@testable import Graph

/// English: the pronoun in "what it called", "what they said were" inside an object names the
/// speaker of those words, no argument of the verb; the object is what follows.
@Suite("English: what it called")
struct WhatItCalledTests {
  @Test func theObjectFollowsThePronoun() throws {
    // (Gave PAK strikes IRN: "it" read as the target.)
    let found = try builtInRelations(
      "Pakistan carried out strikes inside Iran, targeting what it called hideouts of the Balochistan Liberation Army.",
      date: "2024-01-18")
    #expect(found.contains("PAK strikes BLA"))
    #expect(!found.contains("PAK strikes IRN"))
  }

  @Test func aPluralSpeaker() throws {
    // Guard: the object after "what they said were".
    let found = try builtInRelations(
      "Iran's Revolutionary Guards struck what they said were bases of Jaish al-Adl.",
      date: "2024-01-16")
    #expect(found.contains("IRN strikes JAISH_AL_ADL"))
  }
}
