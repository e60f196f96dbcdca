/// The attack a reaction names by its target: "ودانت السعودية الهجوم على الإمارات" after a
/// Houthi attack on the Emirates and then coalition strikes on Sanaa condemns the first attack,
/// whose target it names, not the last one told.
extension SentenceContext {
  /// Whether the attack noun the cue is or condemns names, after its "على"/"on", the target
  /// `older` (the code of the attack told before the last one's target) and not `last` (the
  /// last one's): the reaction is to the older attack. (Codes, not the memories: an
  /// `AttackMemory` copied for each cue cost more than the test.)
  func namesOlderTarget(_ cue: Lexicon.Match, last: String?, older: String?) -> Bool {
    guard let older, last != older, let t = namedAttackTarget(from: cue.tokenStart) else {
      return false
    }
    return mentions.code(t) == older
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
      clauseOf(k) == clauseOf(from), tokens.kind(k) != .comma
    else { return nil }
    // ("بالهجمات "الإرهابية الشنيعة" على الإمارات": quote marks and up to three Arabic
    // adjectives with the article may stand between the noun and its "على".)
    var p = k + 1
    while p < min(range.upperBound, k + 6), !isMarker(p, .eventTarget),
      tokens.kind(p) == .quote
        || (isArabic(p) && !inMention(p)
          && tokens.norm(p).hasPrefixBytesFirst("\u{0627}\u{0644}"))
    {
      p += 1
    }
    guard p + 1 < range.upperBound, isMarker(p, .eventTarget) else { return nil }
    var w = p + 1
    if tokens.kind(w) == .latin, tokens.norm(w).equalsWord("the"), w + 1 < range.upperBound {
      w += 1
    }
    return mentions.firstIndex(where: { $0.tokenStart == w })
  }
}
