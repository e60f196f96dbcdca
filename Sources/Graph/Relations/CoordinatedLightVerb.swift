/// English: the subject of a light verb after "and" or "but", "Egypt condemned the Israeli raid
/// and expressed solidarity with Lebanon": the verb shares the first predicate's subject, and
/// the actors in that predicate's object are no authors of the noun after it.
extension SentenceContext {
  /// The subject of the clause a light verb right before noun cue `i` is coordinated into (the
  /// words between the verb and the noun are lower-case modifiers: "expressed full solidarity
  /// with", "voiced its support for"), when an actor stands between that subject and "and", and a
  /// verb cue between them tells the first predicate (or a verb of meeting: "spoke to Poroshenko
  /// by phone and expressed full support for"); nil otherwise.
  func coordinatedLightVerbSubject(before i: Int) -> Int? {
    var v = i - 1
    while v > range.lowerBound, i - v <= 3, tokens[v].kind == .latin, !tokens[v].capitalized,
      !isMarker(v, .lightVerb)
    {
      v -= 1
    }
    guard v > range.lowerBound, tokens[v].kind == .latin, isMarker(v, .lightVerb),
      !mentions.contains(where: { $0.tokenEnd > v && $0.tokenStart < i })
    else { return nil }
    var j = v - 1
    // ("and has expressed", "and also voiced": an auxiliary or an adverb between.)
    if j > range.lowerBound, tokens[j].kind == .latin,
      isMarker(j, .auxiliary) || isMarker(j, .adverb) || tokens.norm(j).equalsWord("also")
    {
      j -= 1
    }
    guard j > range.lowerBound, tokens[j].kind == .latin,
      tokens.norm(j).equalsWord("and") || tokens.norm(j).equalsWord("but"),
      let last = mentions.lastIndex(where: { $0.tokenEnd <= j }),
      let k = mainSubject(before: j), k < last,
      (mentions.tokenEnd(k)..<mentions.tokenStart(last)).contains(where: {
        tokens[$0].kind == .latin && tokens[$0].lex.may(TokenLex.cue)
          && lexicon.match(tokens, at: $0, limit: j).contains {
            $0.entry.frame == .verb || $0.entry.frame == .meet
          }
      })
    else { return nil }
    return k
  }
}
