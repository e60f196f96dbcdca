/// English stance phrases that modify a whole clause ("deployed troops to Libya in support of
/// the GNA", "staged rallies in solidarity with Hezbollah", "in a show of support for"): the
/// clause's subject takes the stance, and the phrase's own object is no object of an earlier
/// cue in the clause. The nouns such a phrase is built on, after "in" (or "in a show of"), are
/// the list `adverbial_stance_noun` of markers.json.
extension SentenceContext {
  /// True when token `j` is the "in" that opens a stance phrase: "in support", "in
  /// solidarity", "in protest", "in a show of support".
  func opensAdverbialStance(_ j: Int) -> Bool {
    guard j + 1 < range.upperBound, tokens[j].kind == .latin, tokens.norm(j).equalsWord("in") else {
      return false
    }
    if lexicon.isMarker(tokens, j + 1, .adverbialStanceNoun) { return true }
    return j + 4 < range.upperBound && tokens.norm(j + 1).equalsWord("a")
      && tokens.norm(j + 2).equalsWord("show")
      && tokens.norm(j + 3).equalsWord("of")
      && lexicon.isMarker(tokens, j + 4, .adverbialStanceNoun)
  }

  /// The subject of the clause a stance phrase starting with the noun cue at `i` modifies: the
  /// nearest actor before the phrase's "in" in the clause that can be a subject (an actor after
  /// a preposition, "to Libya", cannot).
  func adverbialStanceSubject(before i: Int) -> Int? {
    let opener = [i - 1, i - 4].first { $0 >= range.lowerBound && opensAdverbialStance($0) }
    guard let j = opener,
      let k = nearestBefore(j, sameClause: true, subjectsOnly: true, maxDistance: 12),
      // "the rebels who marched in support of": the phrase is the relative clause's.
      // "The US claims Mahan flies fighters to Syria in support of al-Assad": the phrase
      // belongs to the reported clause, whose subject is not the speaker.
      !(mentions[k].tokenEnd..<j).contains(where: { m in
        isMarker(m, .relative) || isMarker(m, .complementizer)
          || (tokens[m].lex.may(TokenLex.cue)
            && lexicon.match(tokens, at: m, limit: j).contains { $0.entry.frame == .speech })
      })
    else { return nil }
    return k
  }

  /// True when the act whose cue starts at `i` is what a stance noun just before it reacts to:
  /// "غضبا لاغتيال الوزير", "احتجاجا على اغتيال" (the noun, or the noun and على/ضد).
  func protestsAct(before i: Int) -> Bool {
    guard isArabic(i) else { return false }
    if i - 1 >= range.lowerBound, lexicon.isMarker(tokens, i - 1, .adverbialStanceNoun) {
      return true
    }
    return i - 2 >= range.lowerBound && isMarker(i - 1, .preposition)
      && lexicon.isMarker(tokens, i - 2, .adverbialStanceNoun)
  }
}
