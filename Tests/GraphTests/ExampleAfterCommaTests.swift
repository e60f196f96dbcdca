import Testing

@testable import Graph

/// An object named by a common noun and its examples after a comma ("diplomats from seven
/// Latin American countries, including Argentina, Chile and Peru", "عدة دول، من بينها بريطانيا"):
/// the examples are the object.
@Suite("Relations: examples after a comma")
struct ExampleAfterCommaTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2024-08-01")
  }

  @Test func englishExamplesAfterACommaAreTheObject() throws {
    #expect(
      try relations(
        "Venezuela's government on Monday expelled diplomats from seven Latin American countries, including Argentina, Chile and Peru."
      ) == ["VEN opposes ARG", "VEN opposes CHL", "VEN opposes PER"])
    #expect(
      try relations("Iran condemned several countries, including Britain.") == ["IRN opposes GBR"])
    // guard: with no comma, as before.
    #expect(
      try relations("Iran condemned several countries including Britain.") == ["IRN opposes GBR"])
  }

  @Test func arabicExamplesAfterACommaAreTheObject() throws {
    #expect(
      try relations("ودانت إيران عدة دول، من بينها بريطانيا وكندا.") == [
        "IRN opposes GBR", "IRN opposes CAN",
      ])
    #expect(
      try relations("وطردت فنزويلا دبلوماسيين من سبع دول، بينها الأرجنتين وتشيلي.") == [
        "VEN opposes ARG", "VEN opposes CHL",
      ])
    #expect(
      try relations("وتدعم إيران جماعات مسلحة، بينها حزب الله.") == ["IRN supports HEZBOLLAH"])
  }
}
