/// The attack a reaction names by its target: "ودانت السعودية الهجوم على الإمارات" after a
/// Houthi attack on the Emirates and then coalition strikes on Sanaa condemns the first attack,
/// whose target it names, not the last one told.
extension SentenceContext {
  /// `older` when the attack noun the cue is or condemns names, after its "على"/"on", the
  /// target of `older` and not the target of `last`; `last` otherwise.
  func attackNamedByTarget(_ cue: Lexicon.Match, last: AttackMemory?, older: AttackMemory?)
    -> AttackMemory?
  {
    guard let older, let told = older.target, let last, last.target?.code != told.code,
      let t = namedAttackTarget(from: cue.tokenStart), mentions[t].code == told.code
    else { return last }
    return older
  }

  /// The actor right after "على"/"on"/"against" (and "the") that follows the first attack noun
  /// from token `from` on, within sixteen tokens and the same clause (a long coordinated
  /// subject may stand between a verb and its object); nil when there is none.
  func namedAttackTarget(from: Int) -> Int? {
    let end = min(range.upperBound, from + 16)
    guard
      let k = (from..<end).first(where: { j in
        clauseOf(j) != clauseOf(from) || tokens.kind(j) == .comma || isMarker(j, .attackNoun)
          || (isArabic(j) && lexicon.isArticleMarker(tokens[j], .attackNoun))
      }),
      clauseOf(k) == clauseOf(from), tokens.kind(k) != .comma,
      k + 2 < range.upperBound, isMarker(k + 1, .eventTarget)
    else { return nil }
    var w = k + 2
    if tokens.kind(w) == .latin, tokens.norm(w).equalsWord("the"), w + 1 < range.upperBound {
      w += 1
    }
    return mentions.firstIndex(where: { $0.tokenStart == w })
  }
}
