/// English blame laid on someone for an act: "Egypt blamed the attack on Hamas", "the UAE
/// attributed the bombing to Houthi rebels", "Iraq blames the violence on the militias". The one
/// named after "on"/"to" is blamed, not struck: the subject opposes them, and the act is theirs.
extension SentenceContext {
  /// The pairs of a verb of blaming whose object is an act and whose "on"/"to" names the one
  /// blamed: subject opposes the blamed; the blamed strike the act's target when one was named
  /// before (not here: the act's own "on X" is the blamed).
  func blamePairs(_ cue: Lexicon.Match) -> [Candidate] {
    guard cue.entry.frame == .verb, cue.entry.relation == .opposes, !isArabic(cue.tokenStart)
    else { return [] }
    let verb = tokens[cue.tokenStart].norm
    let preposition: String
    if verb.hasPrefix("blam") {
      preposition = "on"
    } else if verb.hasPrefix("attribut") {
      preposition = "to"
    } else {
      return []
    }
    // The act right after the verb (a determiner and two words at most before it), then the
    // preposition, then the one blamed.
    let end = min(range.upperBound, cue.tokenEnd + 5)
    guard let act = (cue.tokenEnd..<end).first(where: { isMarker($0, .attackNoun) }),
      act + 1 < range.upperBound, tokens[act + 1].norm == preposition,
      let blamed = firstAfter(act + 2, sameClause: true, maxDistance: 2),
      let s = subject(of: cue)?.group, !s.isEmpty,
      !codes(s).contains(mentions[blamed].code)
    else { return [] }
    return pairs(s, groupForward(blamed), rule: "verb-blame")
  }
}
