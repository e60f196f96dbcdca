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
    guard let c = (cue.tokenEnd..<end).first(where: { tokens[$0].kind == .comma }),
      c + 3 < range.upperBound, isSpeechVerb(c + 1)
    else { return [] }
    // ("، قالت القيادة المركزية الأمريكية إنها طالت": the speaker may be named, in four words
    // at most, with no comma.)
    guard
      let q = (c + 2..<min(range.upperBound, c + 7)).first(where: {
        tokens[$0].kind != .arabic
          || tokens.norm($0).sameBytes("\u{0627}\u{0646}\u{0647}\u{0627}")
      }),
      tokens[q].kind == .arabic, let t = saidOwner(after: q)
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

  /// The owner the clause after "إنها" at `q` names: the actor after a word of belonging
  /// ("تابعة لفيلق القدس"), or the ل-genitive of a target head after a verb of hitting ("طالت
  /// مواقع لفيلق القدس"); nil when neither is there.
  func saidOwner(after q: Int) -> Int? {
    // ("طالت مواقع لفيلق القدس التابع للحرس الثوري": the owner of the target head first; the
    // word of belonging after it may be inside that owner's name.)
    if q + 3 < range.upperBound, tokens[q + 1].lex.may(TokenLex.cue),
      lexicon.match(tokens, at: q + 1, limit: q + 2).contains(where: {
        $0.entry.frame == .verb && $0.entry.relation == .strikes
      }),
      isMarker(q + 2, .targetHead),
      let t = mentions.firstIndex(where: { $0.tokenStart == q + 3 }),
      mentions[t].proclitic.containsScalar(0x0644)
    {
      return t
    }
    let end = min(range.upperBound, q + 7)
    guard
      let a = (q + 1..<end).first(where: {
        tokens[$0].kind == .arabic && lexicon.isMarker(tokens, $0, .affiliation)
      })
    else { return nil }
    return firstAfter(a + 1, sameClause: true, maxDistance: 2)
  }

}
