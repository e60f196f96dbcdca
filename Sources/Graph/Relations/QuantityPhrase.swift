/// Nouns of quantity or series before the act they count (named list `quantity_noun`). Arabic:
/// "فرضت بريطانيا حزمة جديدة من العقوبات على روسيا", "عقدت X وY جولة جديدة من المحادثات"; the
/// actor before the quantity noun is the act's author, as if the act stood in its place, and the
/// act keeps the article the partitive "من" asks for without naming an earlier act. English: "a
/// wave of strikes on"; the "of" ends no phrase.
enum QuantityPhrase {
  /// The quantity noun whose phrase ends right before token `i`: the noun itself ("حزمة
  /// عقوبات"), or the noun, at most two adjectives and "من" ("حزمة جديدة من", "الحزمة الرابعة
  /// عشرة من"). Nil when no such phrase stands there; `isMention` says whether a token belongs
  /// to an actor's mention (no adjective then).
  static func head(
    _ tokens: [Token], before i: Int, range: Range<Int>, lexicon: Lexicon,
    isMention: (Int) -> Bool
  ) -> Int? {
    var j = i - 1
    guard j >= range.lowerBound else { return nil }
    if tokens[j].kind == .arabic, tokens.norm(j).sameBytes("\u{0645}\u{0646}") {
      j -= 1
      var adjectives = 0
      while j >= range.lowerBound, adjectives < 2, tokens[j].kind == .arabic,
        !lexicon.isMarker(tokens, j, .quantityNoun), !lexicon.isMarker(tokens, j, .preposition),
        !isMention(j)
      {
        j -= 1
        adjectives += 1
      }
    }
    guard j >= range.lowerBound, tokens[j].kind == .arabic,
      lexicon.isMarker(tokens, j, .quantityNoun)
    else { return nil }
    return j
  }
}

extension SentenceContext {
  /// English: whether token `j` is the "of" of a quantity noun right before it ("a wave of
  /// strikes on", "a series of raids against", "hit by a barrage of Russian missiles"): no
  /// preposition that ends a phrase (read by `lightVerbSubject` and the agent phrase of
  /// `agentRule`).
  func isQuantityOf(_ j: Int) -> Bool {
    j > range.lowerBound && tokens[j].norm == "of" && tokens[j - 1].kind == .latin
      && lexicon.isMarker(tokens, j - 1, .quantityNoun)
  }

  /// Arabic: the quantity noun whose phrase ends right before token `i` (`QuantityPhrase.head`).
  func quantityHead(before i: Int) -> Int? {
    let ms = mentions
    return QuantityPhrase.head(
      tokens, before: i, range: range, lexicon: lexicon,
      isMention: { Self.inMention($0, ms) })
  }
}
