/// Arabic nouns of quantity or series before the act they count (named list `quantity_noun`):
/// "فرضت بريطانيا حزمة جديدة من العقوبات على روسيا", "عقدت X وY جولة جديدة من المحادثات". The
/// actor before the quantity noun is the act's author, as if the act stood in its place, and the
/// act keeps the article the partitive "من" asks for without naming an earlier act.
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
  /// The quantity noun whose phrase ends right before token `i` (`QuantityPhrase.head`).
  func quantityHead(before i: Int) -> Int? {
    QuantityPhrase.head(
      tokens, before: i, range: range, lexicon: lexicon,
      isMention: { j in mentions.contains { $0.tokenStart <= j && j < $0.tokenEnd } })
  }
}
