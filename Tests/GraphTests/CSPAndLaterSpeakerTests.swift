import Testing

@testable import Graph

/// Mali's Permanent Strategic Framework (CSP) is a gazetteer actor; an unknown abbreviation in
/// parentheses between it and "said" keeps it the speaker; a speaker named later in the
/// sentence ("while JNIM also claimed") is no source of a pronoun's verb before it.
@Suite("Relations: the CSP and a speaker named later")
struct CSPAndLaterSpeakerTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2024-08-06")
  }

  @Test func theFrameworkSpeaksPastItsAbbreviation() throws {
    #expect(
      try relations(
        "The Strategic Framework for the Defence of the People of Azawad (CSP) said it had killed dozens of Wagner fighters."
      ) == ["MLI_CSP strikes WAGNER"])
    #expect(
      try relations(
        "The Permanent Strategic Framework said it had killed dozens of Malian soldiers.")
        == ["MLI_CSP strikes MLI"])
  }

  @Test func aSpeakerNamedLaterDoesNotOwnTheVerbBefore() throws {
    #expect(
      try relations(
        "The Tuareg-led rebel alliance said it had killed dozens of Wagner fighters, while JNIM also claimed an ambush in the area."
      ) == [])
    // guard: the speaker named before.
    #expect(try relations("Hamas said it had fired rockets at Israel.") == ["HAMAS strikes ISR"])
  }
}
