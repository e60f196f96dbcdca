import Testing

@testable import Graph

/// English: "its" or "their" right after a verb of saying owns the joint noun for the sentence's
/// subject, who speaks, not for the actor named last: "condemned China's actions and said its
/// defence treaty with the Philippines ...".
@Suite("Relations: 'said its' owned by the speaker")
struct SaidItsOwnerTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2024-06-19")
  }

  @Test func theSpeakerOwnsTheNoun() throws {
    #expect(
      try relations(
        "The United States condemned China's actions and said its defence treaty with the Philippines covers attacks on Philippine forces."
      ) == ["USA opposes CHN", "USA negotiates-with PHL", "USA supports PHL"])
    #expect(
      try relations("France criticised Russia and said its partnership with Ukraine would grow.")
        == ["FRA opposes RUS", "FRA negotiates-with UKR"])
    // guard: no other actor before.
    #expect(
      try relations("Russia said that its agreement with Iran was strategic.") == [
        "RUS negotiates-with IRN"
      ])
  }

  @Test func theSpeakerOwnsTalksWith() throws {
    #expect(
      try relations("Turkey criticised Greece and said its talks with Cyprus would continue.") == [
        "TUR opposes GRC", "TUR negotiates-with CYP",
      ])
    // guard: the speaker is the only actor before.
    #expect(
      try relations("Russia said its talks with Ukraine had stalled.") == [
        "RUS negotiates-with UKR"
      ])
  }

  @Test func reaffirmedIsAVerbOfSaying() throws {
    #expect(
      try relations(
        "The US State Department condemned China's escalatory actions and reaffirmed that its mutual defence treaty with the Philippines covers attacks on Filipino forces."
      ) == ["USA opposes CHN", "USA negotiates-with PHL", "USA supports PHL"])
    // guard: the support cue keeps its words.
    #expect(try relations("France reaffirmed its support for Ukraine.") == ["FRA supports UKR"])
  }

  @Test func aYearMayStandAmongTheWords() throws {
    // (Was USA opposes CHN alone.)
    #expect(
      try relations(
        "The United States condemned China's actions and reaffirmed that its 1951 mutual defense treaty with the Philippines covers attacks on Filipino vessels."
      ) == ["USA opposes CHN", "USA negotiates-with PHL", "USA supports PHL"])
  }
}
