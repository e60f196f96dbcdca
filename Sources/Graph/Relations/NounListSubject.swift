/// English: a subject whose head noun goes on in a list of plain nouns before the verb ("U.S.
/// and British warplanes, ships and a submarine struck ..."): the actors qualify the first noun.
extension SentenceContext {
  /// The nisba mention before a list of lower-case nouns that ends right before the verb cue
  /// (commas, "and" and articles between them, at most ten words, one "and" at least); nil
  /// otherwise. The list holds no marker of a clause (relative, complementizer, preposition,
  /// auxiliary, adverb); a word that may be a verb cue is a noun there ("ships").
  func nounListSubject(_ cue: Lexicon.Match) -> Int? {
    guard tokens.kind(cue.tokenStart) == .latin else { return nil }
    var j = cue.tokenStart - 1
    var and = false
    var nouns = 0
    while j > range.lowerBound, cue.tokenStart - j <= 10 {
      if tokens.kind(j) == .comma {
        guard tokens.norm(j).equalsWord(",") else { return nil }
      } else if tokens.kind(j) == .latin, !tokens[j].capitalized, !inMention(j) {
        if isMarker(j, .coordination) {
          and = true
        } else if !isMarker(j, .determiner) {
          guard !isMarker(j, .relative),
            !isMarker(j, .complementizer), !isMarker(j, .preposition), !isMarker(j, .auxiliary),
            !isMarker(j, .passiveAux), !isMarker(j, .adverb)
          else { return nil }
          nouns += 1
        }
      } else {
        break
      }
      j -= 1
    }
    // j ends the mention; the word after it is the head noun, and the list goes on past it.
    guard and, nouns >= 2, let k = mentions.lastIndex(where: { $0.tokenEnd == j + 1 }),
      mentions.form(k) == .adjective, tokens.kind(j + 1) == .latin,
      !isOblique(at: groupStart(k))
    else { return nil }
    return k
  }
}
