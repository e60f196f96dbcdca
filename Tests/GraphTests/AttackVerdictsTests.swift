import Foundation
import Testing

@testable import Graph

/// Verdicts on an attack told before: "called the strikes "an act of war"" (the subject of a
/// verb of naming speaks), "a violation of its sovereignty"; and "regretted India's military
/// action" opposes the act's author.
@Suite("English: verdicts on an attack, regret")
struct AttackVerdictsTests {
  @Test func aNamedVerdictJudgesTheAgent() throws {
    // (Each gave only the attack.)
    #expect(
      try builtInRelations(
        "India launched missile strikes on Pakistan. Pakistan called the strikes \"an act of war\".",
        date: "2025-05-07") == ["IND strikes PAK", "PAK opposes IND"])
    #expect(
      try builtInRelations(
        "India launched missile strikes on Pakistan. Pakistan said the strikes were a violation of its sovereignty.",
        date: "2025-05-07") == ["IND strikes PAK", "PAK opposes IND"])
  }

  @Test func regretOpposes() throws {
    // (Was nothing.)
    #expect(
      try builtInRelations("Beijing regretted India's military action.", date: "2025-05-07")
        == ["CHN opposes IND"])
  }

  @Test func moreVerdictsNamed() throws {
    // (Each gave only the attack.)
    #expect(
      try builtInRelations(
        "An Israeli strike killed Hamas leader Saleh al-Arouri in Beirut. Hamas called the killing \"a cowardly act\".",
        date: "2024-01-03") == ["ISR strikes HAMAS", "HAMAS opposes ISR"])
    #expect(
      try builtInRelations(
        "Russian forces seized the Zaporizhzhia plant. Nikki Haley called the seizure an outrageous violation of sovereign Ukrainian territory.",
        date: "2022-03-04") == ["RUS strikes UKR", "USA opposes RUS"])
  }

  @Test func aSwipeAtAnActor() throws {
    // (Gave nothing.)
    #expect(
      try builtInRelations(
        "Trump took a swipe at South Korea, saying its talk of appeasement would not work.",
        date: "2017-09-04") == ["USA opposes KOR"])
  }
}
