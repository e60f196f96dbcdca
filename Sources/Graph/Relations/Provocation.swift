/// English verbs of provoking anger ("angered", "infuriating"): the one angered opposes the one
/// who angered it ("Ethiopia's deal angered Somalia"; "Ethiopia signed a deal with Somaliland,
/// angering Somalia", where the participle after a comma reacts to the clause before).
extension SentenceContext {
  /// The lexicon's forms of these verbs (cues of `opposes`, read in reverse here).
  static let provocationWords: Set<String> = [
    "angering", "infuriating", "enraging", "outraging", "irking", "angered", "infuriated",
    "enraged", "outraged", "irked", "angers", "infuriates", "enrages", "outrages", "irks",
  ]

  /// Pairs for a provoking verb: its object opposes its subject, or, after a comma, the main
  /// subject of the clause before. Nil when the cue is no such verb; empty when a side is
  /// missing or the verb is passive ("was angered by").
  func provocationPairs(_ cue: Lexicon.Match) -> [Candidate]? {
    guard !isArabic(cue.tokenStart), cue.tokenEnd == cue.tokenStart + 1,
      Self.provocationWords.contains(tokens.norm(cue.tokenStart))
    else { return nil }
    guard cue.tokenEnd < range.upperBound, tokens.norm(cue.tokenEnd) != "by",
      let angered = firstAfter(cue.tokenEnd, sameClause: true, maxDistance: 1)
    else { return [] }
    let before = cue.tokenStart - 1
    let provoker =
      before >= range.lowerBound && tokens[before].kind == .comma
      ? mainSubject(before: before)
      : nearestBefore(cue.tokenStart, sameClause: true, subjectsOnly: true, maxDistance: 8)
    guard let p = provoker, mentions[p].code != mentions[angered].code else { return [] }
    return pairs(groupForward(angered), groupBackward(p), rule: "verb-provocation")
  }
}
