import Testing

@testable import Graph

/// English: "spared no effort", "made no secret of", "no doubt", "left no stone unturned": "no"
/// before these words (list `negation_idiom`) negates nothing.
@Suite("English: idioms with no")
struct EnglishIdiomsOfNoTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2014-04-03").sorted()
  }

  @Test func anIdiomWithNoIsNoNegation() throws {
    // (Each gave nothing: the relation was negated.)
    #expect(
      try relations("Iran made no secret of its support for the Houthis.") == [
        "IRN supports HOUTHIS"
      ])
    #expect(
      try relations("Chad has spared no effort to help the Central African Republic.") == [
        "TCD supports CAF ?"
      ])
    // Guard: "no help" is a negation.
    #expect(try relations("Chad gave no help to the Central African Republic.") == [])
  }

  @Test func closeCooperationIsCooperation() throws {
    // (Gave nothing.)
    #expect(
      try relations("Chad has worked in close cooperation with the African Union and France.") == [
        "TCD negotiates-with AU", "TCD negotiates-with FRA",
      ])
  }
}
