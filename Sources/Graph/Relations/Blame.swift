/// English blame laid on someone for an act: "Egypt blamed the attack on Hamas", "Iraq blames
/// the bombing on the militias". The one named after "on" is blamed, not struck: the subject
/// opposes them. ("attributed the bombing to X" is no cue: "attribute" would read quotes as
/// accusations.)
extension SentenceContext {
  /// The pairs of a verb of blaming whose object is an act and whose "on" names the one blamed.
  func blamePairs(_ cue: Lexicon.Match) -> [Candidate] {
    guard cue.entry.frame == .verb, cue.entry.relation == .opposes, !isArabic(cue.tokenStart),
      tokens[cue.tokenStart].norm.hasPrefix("blam")
    else { return [] }
    // The act right after the verb (a determiner and two words at most before it), then the
    // preposition, then the one blamed.
    let end = min(range.upperBound, cue.tokenEnd + 5)
    guard let act = (cue.tokenEnd..<end).first(where: { isMarker($0, .attackNoun) }),
      act + 1 < range.upperBound, tokens[act + 1].norm == "on",
      let blamed = firstAfter(act + 2, sameClause: true, maxDistance: 2),
      let s = subject(of: cue)?.group, !s.isEmpty,
      !codes(s).contains(mentions[blamed].code)
    else { return [] }
    return pairs(s, groupForward(blamed), rule: "verb-blame")
  }
}
