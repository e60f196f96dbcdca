import Testing

@testable import Graph

/// English: "joint" with a noun of its own the lexicon does not list ("joint military flights
/// with Guyana", "held joint air patrols") is read as a joint noun.
@Suite("Relations: 'joint' with an unlisted noun")
struct JointNounPhraseTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2023-12-15")
  }

  @Test func jointNounWithAPartner() throws {
    #expect(
      try relations("The United States held joint military flights with Guyana.") == [
        "USA negotiates-with GUY"
      ])
    #expect(
      try relations(
        "The United States, which held joint military flights with Guyana last week, has said it supports Guyana's territorial integrity."
      ) == ["USA negotiates-with GUY", "USA supports GUY"])
    #expect(
      try relations("Turkey held joint naval patrols with Azerbaijan.") == [
        "TUR negotiates-with AZE"
      ])
  }

  @Test func jointNounOfACoordinatedSubject() throws {
    #expect(
      try relations("Russia and China held joint air patrols over the Sea of Japan.") == [
        "RUS negotiates-with CHN"
      ])
    #expect(
      try relations("Egypt and Sudan began joint air force drills on Saturday.") == [
        "EGY negotiates-with SDN"
      ])
    // guard: "joint" between two actors' names.
    #expect(
      try relations("The joint US-Iraqi raid killed a leader.") == ["USA negotiates-with IRQ"])
  }
}
