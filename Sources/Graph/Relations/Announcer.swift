/// The one who announces a killing as its author: "أعلن الجيش النيجيري مقتل عشرات من عناصر بوكو
/// حرام في عملية عسكرية". An army, a state or an armed group that announces the death of
/// another actor's people in an act of force with no author of its own reports its own act. The
/// verbs of announcing (أعلن and its forms, as written: "وأعلنت" but no other clitic) are the
/// list `announcing_verb` of markers.json, whole words.
extension SentenceContext {
  /// The pairs for the agent or noun cue `cue` (an act "في غارة", "في عملية عسكرية" after its
  /// victims `t`) when the victims follow "مقتل" right after the announcer, who follows a verb of
  /// announcing (a head noun may stand between: "أعلن الجيش الأمريكي"). Only an army, a state,
  /// a government or an armed group: "أعلنت الأمم المتحدة مقتل ..." reports someone else's act.
  func announcedPairs(_ cue: Lexicon.Match, victim t: Int) -> [Candidate] {
    let fi = "\u{0641}\u{064A}"
    guard isArabic(cue.tokenStart), cue.entry.relation == .strikes, let gazetteer,
      mentions[t].tokenEnd <= cue.tokenStart,
      tokens.norm(cue.tokenStart).sameBytes(fi)
        || (cue.tokenStart - 1 >= mentions[t].tokenEnd
          && tokens.norm(cue.tokenStart - 1).sameBytes(fi)),
      let p = (max(range.lowerBound, mentions[t].tokenStart - 4)..<mentions[t].tokenStart).first(
        where: { isArabic($0) && tokens.norm($0).sameBytes("\u{0645}\u{0642}\u{062A}\u{0644}") }),
      let a = mentions.lastIndex(where: { $0.tokenEnd == p }),
      a != t, !mentions[a].code.isEmpty, mentions[a].code != mentions[t].code,
      let kind = gazetteer.codeKind(mentions[a]),
      kind == .state || kind == .armedGroup || kind == .government,
      // Only the count, من and a head noun between مقتل and the victims.
      !mentions.contains(where: { $0.tokenStart > p && $0.tokenStart < mentions[t].tokenStart }),
      (p + 1..<mentions[t].tokenStart).allSatisfy({ isArabic($0) || tokens[$0].kind == .number })
    else { return [] }
    // No author of the act's own right after it ("في كمين لحماس", "في عملية إسرائيلية"); a
    // place after a preposition or a word of direction is none.
    if let s = firstAfter(cue.tokenEnd, sameClause: true, maxDistance: 2),
      !(cue.tokenEnd..<mentions[s].tokenStart).contains(where: {
        isMarker($0, .preposition) || isMarker($0, .direction)
      }), !hasLocativeProclitic(at: s)
    {
      return []
    }
    var v = mentions[a].tokenStart - 1
    if v > range.lowerBound, isArabic(v), !isMarker(v, .preposition),
      !lexicon.isWholeWordMarker(tokens, v, .announcingVerb)
    {
      v -= 1
    }
    guard v >= range.lowerBound, isArabic(v), lexicon.isWholeWordMarker(tokens, v, .announcingVerb)
    else {
      return []
    }
    return pairs(groupForward(a), groupBackward(t), rule: "agent-announcer")
  }

  /// `announcedPairs` for a noun cue of force right after "في", its victims the nearest actor
  /// before it ("مقتل عشرات من عناصر بوكو حرام في عملية عسكرية"); nil when the noun is not so
  /// placed.
  func announcedNounPairs(_ cue: Lexicon.Match) -> [Candidate]? {
    guard isArabic(cue.tokenStart), cue.entry.relation == .strikes,
      cue.tokenStart - 1 > range.lowerBound,
      tokens.norm(cue.tokenStart - 1).sameBytes("\u{0641}\u{064A}"),
      let t = nearestBefore(
        cue.tokenStart - 1, sameClause: false, subjectsOnly: true, maxDistance: 12)
    else { return nil }
    let found = announcedPairs(cue, victim: t)
    return found.isEmpty ? nil : found
  }
}
