/// Support received: "تتلقى حركة حماس دعما ماليا من إيران", "Hamas receives financial support
/// from Iran": the giver, after "من"/"from", supports the receiver, the subject of the verb of
/// receiving (`receipt` markers).
extension SentenceContext {
  /// The pair of a support cue in the clause of a verb of receiving (at most six tokens before
  /// it), if the giver is named right after "من"/"from" within the four tokens after the cue and
  /// the receiver around the verb.
  func receivedSupport(_ cue: Lexicon.Match) -> [Candidate]? {
    guard cue.entry.relation == .supports else { return nil }
    let clause = clauseOf(cue.tokenStart)
    let lo = max(range.lowerBound, cue.tokenStart - 6)
    guard
      let r = (lo..<cue.tokenStart).last(where: {
        clauseOf($0) == clause && isMarker($0, .receipt)
      }),
      let f = (cue.tokenEnd..<min(range.upperBound, cue.tokenEnd + 4)).first(where: {
        isMarker($0, .agentPreposition) && tokens[$0].norm != "by"
      }),
      let giver = firstAfter(f + 1, sameClause: true, maxDistance: 1)
    else { return nil }
    // The receiver: the subject after the verb (VSO), or the one before it.
    let receiver =
      mentions.indices.first(where: {
        mentions[$0].tokenStart > r && mentions[$0].tokenEnd <= cue.tokenStart
          && !isOblique(at: $0)
      })
      ?? nearestBefore(r, sameClause: true, subjectsOnly: true, maxDistance: 4)
    guard let t = receiver, mentions[t].code != mentions[giver].code else { return [] }
    return pairs(groupForward(giver), [t], rule: "received-from")
  }
}
