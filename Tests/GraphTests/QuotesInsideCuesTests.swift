import Testing

@testable import Graph

/// Wire copy quotes part of a phrase ("would “pay a heavy price”", "a “flagrant violation” of"):
/// up to two quote marks between English words of a cue do not break it, in the compiled table
/// and in the look-up by strings alike.
@Suite("Lexicon: quote marks inside an English cue")
struct QuotesInsideCuesTests {
  /// Relations with the built-in gazetteer, lexicon and titles, in the order they appear.
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2025-09-09")
  }

  @Test func aQuotedPartOfAVerdictStillJudges() throws {
    #expect(
      try relations("The Houthis vowed that Washington and London would “pay a heavy price”.") == [
        "HOUTHIS opposes USA", "HOUTHIS opposes GBR",
      ])
    #expect(
      try relations(
        "Israel carried out an air strike on Hamas leaders in Doha on Tuesday. Guterres called it "
          + "a “flagrant violation” of Qatar's sovereignty.") == [
          "ISR strikes HAMAS", "UN opposes ISR",
        ])
  }

  @Test func bothLookUpsAgree() throws {
    let ex = try Extractor.standard()
    let scalars = ScalarText.scalars(
      "Iran said Israel would “pay a heavy price” and called it a “flagrant violation” of law.")
    for tokens in [Tokenizer.tokenize(scalars, index: ex.index), Tokenizer.tokenize(scalars)] {
      let would = try #require(tokens.firstIndex { $0.norm == "would" })
      // "would", the quote, "pay a heavy price": six tokens.
      #expect(
        ex.lexicon.match(tokens, at: would, limit: tokens.count).contains {
          $0.tokenEnd == would + 6
        })
      let a = try #require(tokens.lastIndex { $0.norm == "a" })
      // "a", the quote, "flagrant violation", the quote, "of": six tokens.
      #expect(
        ex.lexicon.match(tokens, at: a, limit: tokens.count).contains {
          $0.tokenEnd == a + 6
        })
    }
  }
}
