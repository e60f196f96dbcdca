import Foundation
import Testing

@testable import Graph

/// English: "struck what X called ...": the one who names the object is no object; the object
/// follows the verb of naming.
@Suite("English: what an actor called the object")
struct WhatTheyCalledTests {
  @Test func whatNewDelhiCalled() throws {
    // (Gave nothing: New Delhi, the subject's own state, stopped the search.)
    let found = try builtInRelations(
      "Indian warplanes struck what New Delhi called a training camp of the Jaish-e-Mohammed group in Pakistan.",
      date: "2019-02-26")
    #expect(found.contains("IND strikes JEM_PAK"))
  }

  @Test func whatTheOtherSideCalled() throws {
    // (Gave ISR strikes HEZBOLLAH: the one who names the building was read as hit.)
    let found = try builtInRelations(
      "Israeli jets struck what Hezbollah called a civilian building.", date: "2019-02-26")
    #expect(!found.contains("ISR strikes HEZBOLLAH"))
  }

  @Test func whatTheArmyCalled() throws {
    // Guard: "the" and a word before the verb of naming.
    let found = try builtInRelations(
      "Turkish jets bombed what the army termed PKK shelters in northern Iraq.",
      date: "2019-02-26")
    #expect(found.contains("TUR strikes PKK"))
  }
}
