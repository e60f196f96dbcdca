/// Arabic: targets whose owner the attacker names in a clause after them: "شن الجيش الهندي
/// ضربات صاروخية على تسعة مواقع في باكستان، قال إنها بنى تحتية تابعة لجماعة لشكر طيبة",
/// "غارات على أكثر من 85 هدفاً، قالت إنها تابعة لفيلق القدس". The owner after the word of
/// belonging (list `affiliation`) is struck.
extension SentenceContext {
  /// The attacker (the verb's subject, or a light verb's before the noun) and the owner named
  /// after "، قال/قالت إنها ... تابعة لـ" within the sentence; empty when the words are not
  /// there.
  func saidOwnedTargetPairs(_ cue: Lexicon.Match) -> [Candidate] {
    guard isArabic(cue.tokenStart), cue.entry.relation == .strikes else { return [] }
    let end = min(range.upperBound, cue.tokenEnd + 16)
    guard
      let c = (cue.tokenEnd..<end).first(where: { tokens[$0].kind == .comma }),
      c + 3 < range.upperBound, isSpeechVerb(c + 1), tokens[c + 2].kind == .arabic,
      tokens.norm(c + 2).sameBytes("\u{0627}\u{0646}\u{0647}\u{0627}"),
      let a = (c + 3..<min(range.upperBound, c + 9)).first(where: {
        tokens[$0].kind == .arabic && lexicon.isMarker(tokens, $0, .affiliation)
      }),
      let t = firstAfter(a + 1, sameClause: true, maxDistance: 2)
    else { return [] }
    let source: Int?
    if cue.entry.frame == .verb, let found = subject(of: cue) {
      source = found.group.first
    } else {
      source = arabicLightVerbSubject(before: cue.tokenStart)
    }
    guard let s = source, mentions[s].code != mentions[t].code,
      mentions.tokenStart(s) < cue.tokenStart || cue.entry.frame == .verb
    else { return [] }
    return pairs(
      groupBackward(s), groupForward(t, excluding: [mentions[s].code]), rule: "said-owned-target")
  }
}
