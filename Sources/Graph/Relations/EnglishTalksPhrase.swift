/// English talks named in a phrase that opens the sentence, or that stands between commas
/// after its subject, with the partner after "with": "In a phone call with Putin, Erdogan
/// called for a ceasefire", "Erdogan, in talks with Putin, urged ...".
extension SentenceContext {
  /// The pairs of talks cue `cue` when it follows "in" or "during" (a determiner and up to two
  /// modifiers between: "In a phone call with") and the partner follows its "with": the actor
  /// right after the comma that closes the phrase when the phrase opens the sentence, or the
  /// actor right before the comma that opens it. Nil when the sentence is not so built.
  func talksPhrasePairs(_ cue: Lexicon.Match) -> [Candidate]? {
    guard cue.entry.relation == .negotiatesWith, tokens[cue.tokenStart].kind == .latin,
      cue.tokenEnd < range.upperBound
    else { return nil }
    // (The cue may open with its preposition: "In talks with".)
    // "After talks with", "Following a meeting with": a phrase of time after the talks opens
    // the sentence the same way (`sequel`).
    func opener(_ j: Int) -> Bool {
      tokens.norm(j).equalsWord("in") || isMarker(j, .during)
        || lexicon.isMarker(tokens, j, .sequel)
    }
    let opens = opener(cue.tokenStart)
    var p = opens ? cue.tokenStart : cue.tokenStart - 1
    while !opens, p > range.lowerBound, cue.tokenStart - p <= 3, tokens[p].kind == .latin,
      !tokens[p].capitalized, !isMarker(p, .preposition), !isMarker(p, .during),
      !lexicon.isMarker(tokens, p, .sequel), !inMention(p)
    {
      p -= 1
    }
    // "After meeting Putin in Moscow, Erdogan said": the gerund's object is the partner.
    let gerund =
      tokens[cue.tokenEnd - 1].kind == .latin && tokens.norm(cue.tokenEnd - 1).hasByteSuffix("ing")
    // "King Juan Carlos said he would mediate after meeting President Kirchner and President
    // Vazquez": a gerund of meeting right after "after" inside the sentence has the main
    // clause's subject (a title may stand before the one met).
    if gerund, p == cue.tokenStart - 1, p > range.lowerBound, lexicon.isMarker(tokens, p, .sequel),
      let y = firstAfter(cue.tokenEnd, sameClause: true, maxDistance: 1),
      let k = mainSubject(before: p), mentions[k].code != mentions[y].code
    {
      return pairs(groupBackward(k), groupForward(y), rule: "joint-with")
    }
    guard p >= range.lowerBound, tokens[p].kind == .latin, opener(p),
      let y = (cue.tokenEnd - 1..<min(range.upperBound, cue.tokenEnd + 3)).first(where: {
        // (The "with" may end the cue: "meeting with".)
        isMarker($0, .with)
      }).flatMap({ firstAfter($0 + 1, sameClause: true, maxDistance: 3) })
        ?? (gerund && lexicon.isMarker(tokens, p, .sequel)
          ? firstAfter(cue.tokenEnd, sameClause: true, maxDistance: 0) : nil)
    else { return nil }
    // The comma that closes the phrase, with no other actor before it ("with Russian President
    // Vladimir Putin,").
    let code = mentions[y].code
    var c = mentions[y].tokenEnd
    while c < min(range.upperBound, mentions[y].tokenEnd + 6), tokens[c].kind != .comma {
      if tokens[c].kind == .stop { return nil }
      c += 1
    }
    guard c < range.upperBound, tokens[c].kind == .comma,
      !mentions.contains(where: {
        $0.tokenStart > mentions[y].tokenStart && $0.tokenStart < c && $0.code != code
      })
    else { return nil }
    let partners = groupForward(y).filter { mentions[$0].tokenStart < c }
    // "In a phone call with Putin, Erdogan ...": the phrase opens the sentence ("Speaking
    // after talks with ...": after one participle in -ing).
    let first =
      p == range.lowerBound
      || (p == range.lowerBound + 1 && tokens[range.lowerBound].kind == .latin
        && tokens.norm(range.lowerBound).hasByteSuffix("ing"))
    if first,
      let k = mentions.firstIndex(where: {
        $0.tokenStart == c + 1 || ($0.tokenStart == c + 2 && tokens.norm(c + 1).equalsWord("the"))
      }),
      mentions[k].code != code
    {
      return pairs(groupForward(k), partners, rule: "joint-with")
    }
    // "Erdogan, in a phone call with Putin, called ...": between commas after the subject.
    if p - 1 > range.lowerBound, tokens[p - 1].kind == .comma,
      let k = mentions.lastIndex(where: { $0.tokenEnd == p - 1 }), mentions[k].code != code
    {
      return pairs(groupBackward(k), partners, rule: "joint-with")
    }
    return nil
  }
}
