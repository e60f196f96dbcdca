/// English: where a clause's own subject stands. A verb after "and" with a subject of its own is
/// out of the reach of a negation before them, "Belgrade rejected the declaration and Russia
/// backed Serbia"; an actor after the sentence's verb is no subject of its participle clause.
extension SentenceContext {
  /// Whether a word of `coordination` after token `j` is followed by an actor that ends right
  /// before the English cue: the coordinated clause's own subject.
  func hasOwnEnglishSubject(_ cue: Lexicon.Match, after j: Int) -> Bool {
    guard tokens[cue.tokenStart].kind == .latin,
      let m = mentions.last(where: { $0.tokenEnd == cue.tokenStart }), m.tokenStart > j + 1
    else { return false }
    return (j + 1..<m.tokenStart).contains { isMarker($0, .coordination) }
      && !(m.tokenStart..<cue.tokenStart).contains { isMarker($0, .negation) }
  }
}

extension SentenceContext {
  /// English: whether a verb cue of a relation stands before mention `k` in its sentence, so
  /// that the mention is in that verb's object ("hit a UN base"), not the sentence's subject.
  func followsEnglishVerb(_ k: Int) -> Bool {
    let end = mentions[k].tokenStart
    return (range.lowerBound..<end).contains { j in
      tokens[j].kind == .latin && tokens[j].lex.may(TokenLex.cue)
        && lexicon.match(tokens, at: j, limit: end).contains {
          $0.tokenStart == j && $0.entry.frame == .verb && $0.entry.relation != nil
        }
    }
  }
}

extension SentenceContext {
  /// English: a cue in -ing right after a comma, a participle clause ("..., killing 12").
  func isCommaParticiple(_ cue: Lexicon.Match) -> Bool {
    commaBefore(cue.tokenStart) && tokens.norm(cue.tokenStart).hasByteSuffix("ing")
  }

  /// English: the participle after a comma that the participle at `cue` is joined to by "and",
  /// with no comma or stop between ("..., conceding that they could not win ... and blaming
  /// France"); nil when there is none within 25 tokens.
  func participleJoinedByAnd(_ cue: Lexicon.Match) -> Int? {
    let c = cue.tokenStart
    guard c - 3 > range.lowerBound, tokens[c].kind == .latin, !tokens[c].capitalized,
      tokens.norm(c).hasByteSuffix("ing"), tokens[c - 1].kind == .latin,
      tokens.norm(c - 1).equalsWord("and")
    else { return nil }
    var j = c - 2
    let lo = max(range.lowerBound + 1, c - 25)
    while j >= lo {
      if tokens[j].kind == .stop || tokens[j].kind == .comma { return nil }
      if tokens[j].kind == .latin, !tokens[j].capitalized, tokens.norm(j).hasByteSuffix("ing"),
        tokens[j - 1].kind == .comma
      {
        return j
      }
      j -= 1
    }
    return nil
  }

  /// English: whether the participle after a comma at `cue` ends a relative clause ("who",
  /// "which") on a noun that no mention names, the clause's comma being the first one back:
  /// "the rebels who stormed an oil site, killing nine Chinese workers" (the rebels kill, not
  /// the sentence's subject).
  func participleOfUnnamedRelative(_ cue: Lexicon.Match) -> Bool {
    guard isCommaParticiple(cue), tokens[cue.tokenStart - 1].kind == .comma else { return false }
    var j = cue.tokenStart - 2
    while j > range.lowerBound, tokens[j].kind != .comma, tokens[j].kind != .stop {
      if tokens[j].kind == .latin,
        tokens.norm(j).equalsWord("who") || tokens.norm(j).equalsWord("which")
      {
        let a = j - 1
        return tokens[a].kind == .latin && !tokens[a].capitalized
          && !mentions.contains(where: { $0.tokenEnd == j })
      }
      j -= 1
    }
    return false
  }

  /// Whether a comma stands right before token `i`, or a closing quote right after a comma
  /// ("told the council that \"we have little time left,\" accusing").
  func commaBefore(_ i: Int) -> Bool {
    guard i > range.lowerBound else { return false }
    if tokens[i - 1].kind == .comma { return true }
    return i - 1 > range.lowerBound && tokens[i - 1].kind == .quote
      && tokens[i - 2].kind == .comma
  }
}

extension SentenceContext {
  /// English: the actor that opens the sentence, the subject of its first clause, when it ends
  /// before token `end`. It stands first after a dateline, or after "The"; a possessor before a
  /// title gives way to the titled person ("Venezuela's President Hugo Chavez has been ...").
  /// Its mention, or nil.
  func englishOpeningSubject(before end: Int) -> Int? {
    guard var k = mentions.indices.first, !isOblique(at: k) else { return nil }
    let a = afterDateline()
    let s = mentions.tokenStart(k)
    guard tokens.kind(s) == .latin,
      s == a || (s == a + 1 && tokens.norm(a).equalsWord("the"))
    else { return nil }
    // "Venezuela's President Hugo Chavez": the possessor's mark, a title, the person.
    let e = mentions.tokenEnd(k)
    if k + 1 < mentions.count, e + 1 < range.upperBound, tokens.kind(e) == .quote,
      tokens.norm(e + 1).equalsWord("s"),
      mentions.tokenStart(k + 1) > e + 1, mentions.tokenStart(k + 1) <= e + 4,
      (e + 2..<mentions.tokenStart(k + 1)).allSatisfy({ tokens[$0].capitalized })
    {
      k += 1
    }
    return mentions.tokenEnd(k) <= end ? k : nil
  }
}

extension SentenceContext {
  /// English: an act the text does not tell as done: one set against another, "rather than" or
  /// "instead of" right before the cue ("the bombers should have fought soldiers rather than
  /// killed people"), or one that should or could have been, "should have" or "could have"
  /// right before it.
  func untoldAct(_ cue: Lexicon.Match) -> Bool {
    let j = cue.tokenStart
    guard j - 2 >= range.lowerBound, tokens.kind(j) == .latin else { return false }
    let (a, b) = (tokens.norm(j - 2), tokens.norm(j - 1))
    return (a.equalsWord("rather") && b.equalsWord("than"))
      || (a.equalsWord("instead") && b.equalsWord("of"))
      || ((a.equalsWord("should") || a.equalsWord("could")) && b.equalsWord("have"))
  }
}
