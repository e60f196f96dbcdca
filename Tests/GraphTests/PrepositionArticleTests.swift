import Testing

@testable import Graph

/// `SentenceContext.startsWithPrepositionArticle` reads bytes where the rule it replaced compared
/// Characters; these words, marks after the letters included, must get the same answers.
@Suite("A head noun's preposition and article, by bytes")
struct PrepositionArticleTests {
  /// The rule as it was written with Characters.
  static func byCharacters(_ head: String) -> Bool {
    ["\u{0628}\u{0627}\u{0644}", "\u{0644}\u{0644}", "\u{0643}\u{0627}\u{0644}"].contains {
      head.hasPrefix($0)
        || head.dropFirst().hasPrefix($0) && "\u{0648}\u{0641}".contains(head.first ?? " ")
    }
  }

  @Test func bytesAgreeWithCharacters() {
    let words = [
      "بالمبادرة", "للحكومة", "كالدولة", "وبالمبادرة", "فللحكومة", "وكالة", "بال", "لل", "و", "ف",
      "والمبادرة", "المبادرة", "ببال", "ولل", "فكال",
      // A mark after a letter joins it into one Character (folding keeps U+0653...U+065F).
      "بال\u{0654}مبادرة", "لل\u{0655}", "و\u{0654}بالمبادرة", "ف\u{065F}للحكومة",
      "ب\u{0654}الحكومة", "وبال\u{0653}", "وبال\u{0652}", "لل\u{0670}", "ولل\u{064B}",
    ]
    for w in words {
      #expect(
        SentenceContext.startsWithPrepositionArticle(w) == Self.byCharacters(w), "\(w)")
    }
  }
}
