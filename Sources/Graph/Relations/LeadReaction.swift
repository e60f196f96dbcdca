/// News tells its main act first: "Mali said it was severing relations with Ukraine. (...)
/// Ukraine's foreign ministry rejected the decision", "Chinese vessels rammed Vietnamese patrol
/// ships. (...) The United States called the move provocative". An English reaction to "the
/// move", "the decision", "the step" or "the announcement" told two or more sentences after the
/// document's lead concerns the act the lead told, when no decision or act nearer is named so.
/// (Not Arabic, nor "the agreement": tried on the development sets, "ورحبت X بالخطوة" and
/// "welcomed the agreement" named other acts than the lead's as often as its own.)
extension SentenceContext {
  /// A verb of opposition (or of welcome) whose object is such a noun (`actNoun`), or a
  /// verdict on one (`judgedAct`): its subject (the verdict's judge) opposes or backs each
  /// actor of the lead's act (`lead`, the act of the document's first or second sentence). Not
  /// a subject that was one of them.
  func leadReactionPairs(
    _ cue: Lexicon.Match, _ sentence: Sentence, _ lead: ActMemory?, speaker: Argument?
  ) -> [Candidate] {
    guard let lead, sentence.index - lead.sentence.index >= 2, !lead.actors.isEmpty,
      tokens[cue.tokenStart].kind == .latin
    else { return [] }
    var sources: [Argument] = []
    var rule = "lead-reaction"
    if cue.entry.frame == .verdict {
      guard let noun = judgedAct(before: cue, kind: .told), isLeadActNoun(noun),
        let judge = verdictJudge(cue, on: .told, speaker: speaker)
      else { return [] }
      sources = [judge]
      rule = verdictRuleName(rule, speaker: judge)
    } else {
      guard cue.entry.frame == .verb,
        cue.entry.relation == .opposes
          || (cue.entry.relation == .supports
            && lexicon.isMarker(tokens, cue.tokenStart, .welcomeVerb)),
        let noun = actNoun(after: cue), isLeadActNoun(noun),
        let (group, after) = subject(of: cue), !after
      else { return [] }
      sources = group.map { Argument(mentions, $0) }
    }
    var out: [Candidate] = []
    for source in sources where !lead.actors.contains(where: { $0.code == source.code }) {
      for a in lead.actors
      where !out.contains(where: { $0.source.code == source.code && $0.target.code == a.code }) {
        out.append(
          Candidate(
            source: source, target: a, rule: rule, confidence: 0.6, antecedent: lead.sentence))
      }
    }
    return out
  }

  /// Whether token `n` is "move", "moves", "decision", "step" or "announcement": the nouns
  /// that name a document's main act.
  func isLeadActNoun(_ n: Int) -> Bool {
    let w = tokens.norm(n)
    return w.equalsWord("move") || w.equalsWord("moves") || w.equalsWord("decision")
      || w.equalsWord("step") || w.equalsWord("announcement")
  }
}
