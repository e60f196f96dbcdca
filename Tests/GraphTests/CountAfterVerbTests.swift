import Testing

@testable import Graph

/// English: "about" that opens a count ("about 75") is no word of a topic; the object after
/// the count is the verb's.
@Suite("Relations: an approximate count before the object")
struct CountAfterVerbTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2024-12-08")
  }

  @Test func aboutOpensACount() throws {
    #expect(
      try relations(
        "Biden said American forces had struck about 75 Islamic State targets in central Syria.")
        == ["USA strikes ISIS"])
    #expect(try relations("US forces struck about 75 ISIS targets.") == ["USA strikes ISIS"])
    // guard: "about" of a topic still stops the object.
    #expect(try relations("The US spoke about Iran.") == [])
  }
}
