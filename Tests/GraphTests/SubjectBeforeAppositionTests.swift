import Testing

@testable import Graph

/// English: the subject before an apposition set off by commas ("The presidents of Russia,
/// France and the United States, the co-chairs of the OSCE Minsk Group, issued a joint
/// statement") acts, not an actor named inside it; and a title's "of" phrase after "On" and a
/// day that open the sentence names its subject, as at the sentence's start.
@Suite("English: a subject before an apposition, after a day")
struct SubjectBeforeAppositionTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2020-10-02").sorted()
  }

  @Test func theListBeforeTheApposition() throws {
    // (Gave nothing: the Minsk Group, inside the apposition, stood nearest.)
    #expect(
      try relations(
        "The presidents of Russia, France and the United States, the co-chairs of the OSCE Minsk Group, issued a joint statement."
      ) == ["FRA negotiates-with USA", "RUS negotiates-with FRA", "RUS negotiates-with USA"])
  }

  @Test func aDayBeforeTheTitle() throws {
    // (Each gave nothing: "of" after a title that did not open the sentence was a preposition.)
    #expect(
      try relations(
        "On Thursday the presidents of Russia, France and the United States issued a joint statement."
      ) == ["FRA negotiates-with USA", "RUS negotiates-with FRA", "RUS negotiates-with USA"])
    #expect(
      try relations("On Monday the leader of Hezbollah condemned Israel.")
        == ["HEZBOLLAH opposes ISR"])
    // Guards: a relative clause before the verb, and a title as the verb's object.
    #expect(
      try relations(
        "Brazil and Mexico, whose leaders have kept ties with Caracas, issued a joint statement.")
        == ["BRA negotiates-with MEX"])
    #expect(try relations("Israel killed the leader of Hamas on Monday.") == ["ISR strikes HAMAS"])
  }
}
