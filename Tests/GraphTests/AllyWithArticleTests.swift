import Testing

@testable import Graph

/// English: an ally named after "its ally" with its article ("Hezbollah and its ally the Amal
/// Movement").
@Suite("Relations: an ally with its article")
struct AllyWithArticleTests {
  @Test func theArticleStandsBeforeTheAlly() throws {
    #expect(
      try builtInRelations(
        "Hezbollah and its ally the Amal Movement condemned the strike.", date: "2025-08-08")
        == ["AMAL supports HEZBOLLAH"])
  }
}
