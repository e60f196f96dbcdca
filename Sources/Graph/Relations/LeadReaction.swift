/// News tells its main act first: "Mali said it was severing relations with Ukraine. (...)
/// Ukraine's foreign ministry rejected the decision", "China imposed sanctions on three Philippine
/// officials. (...) The United States called the move unjustified". An English reaction to "the
/// move", "the decision", "the step" or "the announcement" told two or more sentences after the
/// document's lead concerns the act the lead told, when no decision or act nearer is named so.
/// In Arabic only opposition, after a lead that told no talks or deal ("ورفضت كييف القرار",
/// "ووصفت حماس الخطوة بأنها ابتزاز"). (Not an Arabic welcome, nor "the agreement": tried on the
/// development sets, "ورحبت X بالخطوة" and "welcomed the agreement" named other acts than the
/// lead's as often as its own.)
extension SentenceContext {
  /// A verb of opposition (or of welcome) whose object is such a noun (English `actNoun`, Arabic
  /// `arabicToldNoun`), or a verdict on one (`judgedAct`): its subject (the verdict's judge)
  /// opposes or backs each actor of the lead's act (`lead`, the act of the document's first or
  /// second sentence), up to `DecisionMemory.window` sentences on. Not a subject that was one of
  /// them.
  func leadReactionPairs(
    _ cue: Lexicon.Match, _ sentence: Sentence, _ lead: ActMemory?, speaker: Argument?
  ) -> [Candidate] {
    // (Within as many sentences as a decision is remembered: a long article tells other acts.)
    guard let lead, case let gap = sentence.index - lead.sentence.index, gap >= 2,
      gap <= DecisionMemory.window, !lead.actors.isEmpty
    else { return [] }
    // Arabic: only opposition, and not to talks or a deal ("ورحبت X بالخطوة" after a deal of
    // two parties backs neither as the sets read it).
    let arabic = tokens[cue.tokenStart].kind == .arabic
    guard !arabic || (cue.entry.relation == .opposes && lead.relation != .negotiatesWith) else {
      return []
    }
    var sources: [Argument] = []
    var rule = "lead-reaction"
    if cue.entry.frame == .verdict {
      guard let noun = judgedAct(before: cue, kind: .told), isLeadActNoun(noun, arabic: arabic),
        let judge = verdictJudge(cue, noun: noun, speaker: speaker)
      else { return [] }
      sources = [judge]
      rule = verdictRuleName(rule, speaker: judge)
    } else {
      guard cue.entry.frame == .verb,
        cue.entry.relation == .opposes
          || (cue.entry.relation == .supports
            && lexicon.isMarker(tokens, cue.tokenStart, .welcomeVerb)),
        let (group, after) = subject(of: cue), !group.isEmpty
      else { return [] }
      let noun =
        arabic
        ? arabicToldNoun(after: cue, subject: group, after: after, in: .clauseNoun)
        : after ? nil : actNoun(after: cue)
      guard let noun, isLeadActNoun(noun, arabic: arabic) else { return [] }
      sources = group.map { Argument(mentions, $0) }
    }
    return Candidate.reactions(
      of: sources, to: lead.actors, rule: rule, confidence: 0.6, antecedent: lead.sentence)
  }

  /// Whether token `n` is "move", "moves", "decision", "step" or "announcement" (Arabic
  /// "القرار", "الخطوة", "الإعلان"): the nouns that name a document's main act.
  func isLeadActNoun(_ n: Int, arabic: Bool) -> Bool {
    let w = tokens.norm(n)
    if arabic {
      // "القرار", "الخطوة", "الإعلان" (a proclitic may stand before: "بالقرار").
      return w.hasByteSuffix("\u{0627}\u{0644}\u{0642}\u{0631}\u{0627}\u{0631}")
        || w.hasByteSuffix("\u{0627}\u{0644}\u{062E}\u{0637}\u{0648}\u{0647}")
        || w.hasByteSuffix("\u{0627}\u{0644}\u{0627}\u{0639}\u{0644}\u{0627}\u{0646}")
    }
    return w.equalsWord("move") || w.equalsWord("moves") || w.equalsWord("decision")
      || w.equalsWord("step") || w.equalsWord("announcement")
  }
}
