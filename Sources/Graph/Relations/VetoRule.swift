/// A veto of a text opposes the text's author: "Russia and China vetoed a US-drafted
/// resolution", "vetoed a resolution sponsored by France", "استخدمت روسيا حق النقض ضد مشروع قرار
/// أمريكي". The veto cues need a word of the text (English: list `voted_text` after "vetoed";
/// Arabic: list `veto_verb`, "النقض"/"الفيتو", after "استخدم"); the author is a name or nisba
/// before the text's noun or right after it, or the one after a verb of drafting (list
/// `drafting_verb`: "drafted by", "قدمته"). The body the text is put to (the UN) is no author;
/// a text with no author named gives nothing, and what the text says is nobody's
/// (`describesVetoedText`).
extension SentenceContext {
  /// Whether `cue` is a veto cue (a verb cue of opposition that needs `voted_text` or
  /// `veto_verb`).
  func isVetoCue(_ cue: Lexicon.Match) -> Bool {
    cue.entry.relation == .opposes && cue.entry.frame == .verb
      && (cue.entry.needsNamed == Marker.NamedList.votedText.bit
        || cue.entry.needsNamed == Marker.NamedList.vetoVerb.bit)
  }

  /// The pairs of veto cue `cue`: its subject opposes the vetoed text's author.
  func vetoPairs(_ cue: Lexicon.Match) -> [Candidate] {
    guard let group = subject(of: cue)?.group, !group.isEmpty else { return [] }
    let c = clauseOf(cue.tokenStart)
    let end = min(range.upperBound, cue.tokenEnd + 12)
    // The text's noun, in the cue's clause ("مشروع قرار": the last of the two).
    guard
      var n = (cue.tokenEnd..<end).first(where: {
        isArabic($0)
          ? lexicon.isMarker(tokens, $0, .votedText)
          : tokens[$0].kind == .latin && lexicon.isMarker(tokens, $0, .votedText)
      }),
      // (A bracket may stand between: "حق النقض (الفيتو) ضد مشروع قرار".)
      clauseOf(n) == c || (cue.tokenEnd..<n).contains(where: { tokens.norm($0).equalsWord(")") }),
      !(cue.tokenEnd..<n).contains(where: { tokens[$0].kind == .stop })
    else { return [] }
    if n + 1 < range.upperBound, isArabic(n + 1), lexicon.isMarker(tokens, n + 1, .votedText) {
      n += 1
    }
    let excluded = codes(group) + ["UN"]
    func author(_ k: Int) -> [Int] { groupForward(k, excluding: excluded) }
    if !isArabic(n) {
      // "a US-drafted resolution", "an Algerian resolution": a name or nisba before the noun,
      // only a hyphen, a participle after it and lower-case words between.
      if let k = mentions.lastIndex(where: {
        $0.tokenStart >= cue.tokenEnd && $0.tokenEnd <= n && !excluded.contains($0.code)
      }),
        (mentions[k].tokenEnd..<n).allSatisfy({ j in
          tokens.norm(j).equalsWord("-") || (tokens[j].kind == .latin && !tokens[j].capitalized)
            // ("a U.S.-drafted U.N. Security Council resolution": the body's name between.)
            || mentions.contains { $0.code == "UN" && $0.tokenStart <= j && j < $0.tokenEnd }
        }),
        !(mentions[k].tokenEnd..<n).contains(where: { isMarker($0, .preposition) })
      {
        return pairs(
          group, groupBackward(k).filter { !excluded.contains(mentions[$0].code) },
          rule: "veto-author")
      }
      // "a resolution drafted by the United States", "put forward by France".
      for d in n + 1..<min(range.upperBound, n + 4)
      where lexicon.isMarker(tokens, d, .draftingVerb) {
        var by = d + 1
        if by < range.upperBound, tokens.norm(by).equalsWord("forward") { by += 1 }
        guard by < range.upperBound, tokens.norm(by).equalsWord("by"),
          let k = firstAfter(by + 1, sameClause: true, maxDistance: 1, excluding: excluded)
        else { break }
        return pairs(group, author(k), rule: "veto-author")
      }
      return []
    }
    // "ضد مشروع قرار أمريكي", "مشروع القرار الجزائري": a nisba right after the noun (or one
    // more word after it); "مشروع قرار قدمته الجزائر": the one after a verb of drafting.
    if let k = firstAfter(n + 1, sameClause: true, maxDistance: 1, excluding: excluded),
      mentions[k].form == .adjective
    {
      return pairs(group, author(k), rule: "veto-author")
    }
    for d in n + 1..<min(range.upperBound, n + 4)
    where lexicon.isMarker(tokens, d, .draftingVerb) {
      var from = d + 1
      // "تقدمت به الجزائر": the preposition with the pronoun.
      if from < range.upperBound, isArabic(from), isMarker(from, .preposition) { from += 1 }
      guard let k = firstAfter(from, sameClause: true, maxDistance: 1, excluding: excluded)
      else { break }
      return pairs(group, author(k), rule: "veto-author")
    }
    return []
  }
}
