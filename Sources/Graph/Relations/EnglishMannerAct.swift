/// English acts of force named as the manner of a verb of force: "Israel killed two people in a
/// strike on Beirut", "Russia killed 12 civilians in a missile attack on Kharkiv".
extension SentenceContext {
  /// The author of the English act noun `cue` when it follows "in", and an article or none (up
  /// to two lower-case modifiers between: "in a missile attack on", "in airstrikes on"), and a
  /// verb of force stands before "in" in its clause, within eight tokens: the verb's subject
  /// (before it), who acts by that act. Nil otherwise.
  func mannerActAuthor(_ cue: Lexicon.Match) -> Int? {
    guard cue.entry.relation == .strikes else { return nil }
    var j = cue.tokenStart - 1
    while j > range.lowerBound, cue.tokenStart - j <= 2, tokens[j].kind == .latin,
      !tokens[j].capitalized, !isMarker(j, .determiner), !isMarker(j, .preposition),
      !inMention(j)
    {
      j -= 1
    }
    // "in a strike on", or a plural without an article: "in airstrikes on", "in raids on".
    if j > range.lowerBound, tokens.norm(j).equalsWord("a") || tokens.norm(j).equalsWord("an") {
      j -= 1
    }
    guard j > range.lowerBound, tokens[j].kind == .latin, tokens.norm(j).equalsWord("in") else {
      return nil
    }
    let inWord = j
    let clause = clauseOf(cue.tokenStart)
    var v = inWord - 1
    // A plain loop: a closure calling the context's methods would copy it.
    while v >= range.lowerBound, inWord - v <= 8, clauseOf(v) == clause {
      if tokens[v].kind == .latin, tokens[v].lex.may(TokenLex.cue) {
        for m in lexicon.match(tokens, at: v, limit: inWord)
        where m.entry.frame == .verb && m.entry.relation == .strikes {
          if let s = subject(of: m), !s.after, let k = s.group.last { return k }
        }
      }
      v -= 1
    }
    return nil
  }
}
