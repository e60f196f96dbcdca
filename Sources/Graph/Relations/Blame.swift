/// English blame laid on someone for an act. "Egypt blamed the attack on Hamas", "Iraq blames the
/// bombing on the militias": the one named after "on" is blamed, not struck; the subject opposes
/// them. "blamed the Taliban for the attack on X" (`blamedFor`, read by the noun rule): the one
/// blamed is the act's author. ("attributed the bombing to X" is no cue: "attribute" would read
/// quotes as accusations.)
extension SentenceContext {
  /// The pairs of a verb of blaming whose object is an act and whose "on" names the one blamed.
  func blamePairs(_ cue: Lexicon.Match) -> [Candidate] {
    guard cue.entry.frame == .verb, cue.entry.relation == .opposes, !isArabic(cue.tokenStart),
      tokens.norm(cue.tokenStart).hasPrefixBytesFirst("blam")
    else { return [] }
    // The act right after the verb (a determiner and two words at most before it), then the
    // preposition, then the one blamed.
    let end = min(range.upperBound, cue.tokenEnd + 5)
    guard let act = (cue.tokenEnd..<end).first(where: { isMarker($0, .attackNoun) }),
      act + 1 < range.upperBound, tokens.norm(act + 1).equalsWord("on"),
      let blamed = firstAfter(act + 2, sameClause: true, maxDistance: 2),
      let s = subject(of: cue)?.group, !s.isEmpty,
      !groupHas(s, code: mentions[blamed].code)
    else { return [] }
    return pairs(s, groupForward(blamed), rule: "verb-blame")
  }

  /// English: the one blamed for the act whose noun starts at `i`: "blamed the Taliban for the
  /// attack on", "condemned Hamas for the deadly attacks on" (the object of a verb of stance
  /// against, right before "for", a determiner and two modifiers at most between).
  func blamedFor(before i: Int) -> Int? {
    var j = i - 1
    while j > range.lowerBound, i - j <= 3, tokens[j].kind == .latin, !tokens[j].capitalized,
      !tokens.norm(j).equalsWord("for"), !isMarker(j, .preposition)
    {
      j -= 1
    }
    guard j > range.lowerBound, tokens.norm(j).equalsWord("for"),
      let k = mentions.lastIndex(where: { $0.tokenEnd == j }),
      let first = groupBackward(k).first
    else { return nil }
    var v = mentions[first].tokenStart - 1
    if v > range.lowerBound, tokens.norm(v).equalsWord("the") { v -= 1 }
    guard v >= range.lowerBound,
      lexicon.match(tokens, at: v, limit: v + 1).contains(where: {
        $0.entry.frame == .verb && $0.entry.relation == .opposes
      })
    else { return nil }
    return k
  }
}
