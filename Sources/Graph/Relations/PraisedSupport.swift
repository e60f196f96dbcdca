/// "Mohamud thanked Egypt for its support", "Burhan thanked him for Cairo's backing": a verb of
/// thanks or praise (an English cue of `supports`) whose object is thanked "for" support (a word
/// that reads as a cue of `supports` after the object's possessive, or after another actor's
/// "'s") also says that the one thanked, or that possessor, supports the verb's subject. So, in
/// Arabic, does thanks "على" a word of support with a pronoun ("شكر واشنطن على دعمها").
extension SentenceContext {
  /// The giver of the support thanked for and the verb's subject, as pairs (rule
  /// "verb-praised-support"); empty when the sentence is not so built.
  func praisedSupportPairs(_ cue: Lexicon.Match) -> [Candidate] {
    guard cue.entry.relation == .supports, cue.entry.frame == .verb else { return [] }
    if isArabic(cue.tokenStart) { return arabicPraisedSupportPairs(cue) }
    let clause = clauseOf(cue.tokenStart)
    // "for" within four words after the verb, past the one thanked (an actor or a pronoun).
    guard
      let f = (cue.tokenEnd..<min(range.upperBound, cue.tokenEnd + 5)).first(where: {
        tokens[$0].kind == .latin && tokens.norm($0).equalsWord("for")
      }),
      f + 2 < range.upperBound, clauseOf(f) == clause
    else { return [] }
    let thanked = mentions.lastIndex(where: { $0.tokenStart >= cue.tokenEnd && $0.tokenEnd == f })
    // The rest of the words before "for" are the one thanked.
    for j in cue.tokenEnd..<f where !inMention(j) {
      guard tokens[j].kind == .latin, ["him", "her", "them", "it"].contains(tokens.norm(j))
      else { return [] }
    }
    var giver: Int?
    var n = f + 1
    if lexicon.isMarker(tokens, n, Marker.NamedList.possessive) {
      giver = thanked
      n += 1
    } else if let p = mentions.firstIndex(where: { $0.tokenStart == f + 1 }),
      mentions[p].tokenEnd + 1 < range.upperBound, tokens[mentions[p].tokenEnd].kind == .quote,
      tokens.norm(mentions[p].tokenEnd + 1).equalsWord("s")
    {
      giver = p
      n = mentions[p].tokenEnd + 2
    }
    // One lower-case modifier may come first ("its continued support").
    func supportWord(_ k: Int) -> Bool {
      k < range.upperBound && tokens[k].kind == .latin && tokens[k].lex.may(TokenLex.cue)
        && lexicon.match(tokens, at: k, limit: k + 1).contains(where: {
          $0.entry.relation == .supports
        })
    }
    guard let g = giver, n < range.upperBound,
      supportWord(n)
        || (tokens[n].kind == .latin && !tokens[n].capitalized && !inMention(n)
          && supportWord(n + 1)),
      let s = nearestBefore(cue.tokenStart, sameClause: true, subjectsOnly: true, maxDistance: 4),
      mentions[s].code != mentions[g].code
    else { return [] }
    return pairs(groupForward(g), groupBackward(s), rule: "verb-praised-support")
  }

  /// Arabic: "وشكر الرئيس الصومالي واشنطن على دعمها": the one thanked, the actor right before
  /// "على" (at most eight words after the verb, in its clause), supports the subject (right
  /// after the verb, past a title, or before it) when a cue of support with a pronoun
  /// ("دعمها", "مساعدته") follows "على".
  func arabicPraisedSupportPairs(_ cue: Lexicon.Match) -> [Candidate] {
    let clause = clauseOf(cue.tokenStart)
    guard
      let ala = (cue.tokenEnd..<min(range.upperBound, cue.tokenEnd + 9)).first(where: {
        isArabic($0) && tokens.norm($0).sameBytes("\u{0639}\u{0644}\u{064A}")  // على
      }),
      // ("على «دعمها الثابت»": a quote mark may open the words of thanks.)
      case let w = ala + 1 < range.upperBound && tokens[ala + 1].kind == .quote ? ala + 2 : ala + 1,
      w < range.upperBound, clauseOf(ala) == clause, isArabic(w),
      tokens[w].lex.may(TokenLex.cue),
      lexicon.match(tokens, at: w, limit: w + 1).contains(where: {
        $0.entry.relation == .supports && !$0.enclitic.isEmpty
      }),
      let thanked = mentions.lastIndex(where: {
        $0.tokenEnd == ala && $0.tokenStart >= cue.tokenEnd
      }),
      case let named = mentions.firstIndex(where: {
        $0.tokenStart >= cue.tokenEnd && $0.tokenStart <= cue.tokenEnd + 2
          && $0.tokenEnd <= mentions.tokenStart(thanked)
      })
        ?? nearestBefore(cue.tokenStart, sameClause: true, subjectsOnly: true, maxDistance: 3),
      let s = named ?? elidedThanker(cue, thanked: thanked),
      s != thanked, mentions[s].code != mentions[thanked].code
    else { return [] }
    // (With the subject left out, the verb's own rule had no pair: the thanks back the one
    // thanked too.)
    if named == nil {
      return pairs([thanked], [s], rule: "verb-praised-support")
        + pairs([s], [thanked], rule: "verb-praised-support")
    }
    return pairs([thanked], [s], rule: "verb-praised-support")
  }

  /// Arabic: "وتشكر الحكومة إيكواس على جهودها، كما تشكر فرنسا على دعمها": a verb of thanks
  /// whose object stands right after it, with no subject of its own in its clause, is the
  /// sentence's opening subject's (its mention, or nil).
  func elidedThanker(_ cue: Lexicon.Match, thanked: Int) -> Int? {
    guard mentions.tokenStart(thanked) == cue.tokenEnd,
      let s = openingSubject(before: cue.tokenStart), mentions.tokenEnd(s) <= cue.tokenStart
    else { return nil }
    return s
  }
}
