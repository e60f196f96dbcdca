import Foundation
import Testing

@testable import Graph

/// English: a verb of force made an answer by a word of `answer_word` ("returned fire", "hit
/// back"), with no actor after it, is the victim's strike on the author of the attack told
/// before; the attack answered stays the one a later condemnation is about.
@Suite("English: returned fire, hit back")
struct ReturnedFireTests {
  @Test func theVictimReturnsFire() throws {
    // (Gave nothing of South Korea: "returned fire" was no cue.)
    let found = try builtInRelations(
      "North Korea shelled a South Korean island on Tuesday. South Korea returned fire with howitzers. The White House condemned the shelling.",
      date: "2010-11-23")
    #expect(found.contains("KOR strikes PRK"))
    // Guard: the condemnation is of the shelling, not of the answer.
    #expect(found.contains("USA opposes PRK"))
    #expect(!found.contains("USA opposes KOR"))
  }

  @Test func aPossessorsArmyAndHitBack() throws {
    // (Gave nothing of Israel: "Israel's army returned" read as a noun phrase.)
    let army = try builtInRelations(
      "Hamas fired rockets at Israel. Israel's army returned fire. Egypt condemned the attack.",
      date: "2021-05-11")
    #expect(army.contains("ISR strikes HAMAS"))
    #expect(army.contains("EGY opposes HAMAS"))
    let back = try builtInRelations(
      "Hamas fired rockets at Israel on Saturday. Israel hit back with air strikes.",
      date: "2021-05-11")
    #expect(back.contains("ISR strikes HAMAS"))
  }

  @Test func anObjectNamedIsTheTarget() throws {
    // (Gave nothing of Ukraine.)
    let found = try builtInRelations(
      "Russia's troops shelled Kharkiv. Ukrainian forces returned fire on Russian positions.",
      date: "2022-05-01")
    #expect(found.contains("UKR strikes RUS"))
  }
}
