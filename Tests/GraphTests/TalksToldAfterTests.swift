import Foundation
import Testing

@testable import Graph

/// English: a meeting named after "after" is the time of what the clause says, and has
/// happened: "said it would scale back operations after talks with Ukraine". A reported
/// intention before "after" does not reach it; a future proper or a condition does.
@Suite("English: talks told after \"after\"")
struct TalksToldAfterTests {
  @Test func reportedIntentionBeforeAfter() throws {
    // (Gave RUS negotiates-with UKR as hypothetical.)
    let found = try builtInRelations(
      "Russia said it would scale back operations after talks with Ukraine in Istanbul.",
      date: "2022-03-29")
    #expect(found == ["RUS negotiates-with UKR"])
  }

  @Test func planBeforeAfter() throws {
    // (Gave RUS negotiates-with UKR as hypothetical.)
    let found = try builtInRelations(
      "Moscow plans to pull back some units after talks with Kyiv.", date: "2022-03-29")
    #expect(found == ["RUS negotiates-with UKR"])
  }

  @Test func futureProperStays() throws {
    // Guard: "will" before "after" keeps the talks to come.
    let found = try builtInRelations(
      "Russia will scale back operations after talks with Ukraine next week.",
      date: "2022-03-29")
    #expect(found == ["RUS negotiates-with UKR ?"])
  }

  @Test func conditionStays() throws {
    // Guard: so does a condition.
    let found = try builtInRelations(
      "Russia said it would attack if talks with Ukraine failed.", date: "2022-03-29")
    #expect(found.contains("RUS negotiates-with UKR ?"))
  }
}
