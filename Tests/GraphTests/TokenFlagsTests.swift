import Testing

@testable import Graph

/// `TokenFlags.next` finds the token the scan through the tokens finds, for every start, end and
/// flag the matchers scan by.
@Suite("Text: the flags of a document's tokens")
struct TokenFlagsTests {
  @Test func nextAgreesWithTheTokens() throws {
    let extractor = try #require(builtInExtractor)
    let text =
      "أعلنت وزارة الخارجية السعودية، اليوم، إدانتها للهجوم الذي استهدف السفارة في بغداد. "
      + "The US Secretary of State Antony Blinken said the attack by Hamas was condemned, "
      + "and the Iranian president called it \"a crime\" on 12 May 2024."
    var text8 = text
    let analyzed = text8.withUTF8 { Tokenizer.tokenize(utf8: $0, index: extractor.index) }
    // Tokens looked up by the extractor's index, and tokens not looked up.
    for tokens in [analyzed, Tokenizer.tokenize(text: text)] {
      check(tokens)
    }
  }

  private func check(_ tokens: [Token]) {
    #expect(tokens.count > 40)
    let flags = TokenFlags(tokens)
    for bit in [TokenLex.actor, TokenLex.cue, TokenLex.title] {
      for start in 0...tokens.count {
        for end in start...tokens.count {
          let expected = tokens.nextThatMay(bit, from: start, to: end)
          #expect(flags.next(bit, from: start, to: end, in: tokens) == expected)
          #expect(TokenFlags.none.next(bit, from: start, to: end, in: tokens) == expected)
        }
      }
    }
    for start in 0...tokens.count {
      for end in start...tokens.count {
        let expected = tokens.nextIndex(from: start, to: end) {
          $0.lex.isAnalyzed
            ? $0.lex.flags & TokenLex.description != 0 : $0.kind == .arabic || $0.kind == .latin
        }
        #expect(flags.next(TokenLex.description, from: start, to: end, in: tokens) == expected)
      }
    }
  }
}
