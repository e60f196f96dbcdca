import Testing

@testable import Graph

/// A point between digits ("$1.3 billion", "a magnitude 7.7 earthquake") belongs to the number,
/// as a comma between digits does ("1,500"): it ends no sentence.
@Suite("Text: decimal numbers")
struct DecimalNumberTests {
  @Test func aPointBetweenDigitsIsTheNumbers() {
    let tokens = Tokenizer.tokenize(ScalarText.scalars("It cost $1.3 billion. Then 7."))
    #expect(tokens.filter { $0.kind == .number }.map(\.norm) == ["1.3", "7"])
    #expect(tokens.filter { $0.kind == .stop }.count == 2)
  }

  @Test func aDecimalAmountKeepsTheSentenceWhole() throws {
    // (Gave nothing: the sentence ended at "$1.".)
    #expect(
      try builtInRelations(
        "Clinton signed a $1.3 billion package of military aid for Colombia.", date: "2000-07-14")
        == ["USA supports COL"])
  }

  @Test func intoLawIsPartOfTheVerb() throws {
    // (Gave nothing: "into" read as a preposition between the subject and the aid.)
    #expect(
      try builtInRelations(
        "Clinton signed into law a package of military aid for Colombia.", date: "2000-07-14")
        == ["USA supports COL"])
  }
}
