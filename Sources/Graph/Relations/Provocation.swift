/// English verbs of provoking anger ("angered", "infuriating"): the one angered opposes the one
/// who angered it ("Ethiopia's deal angered Somalia"; "Ethiopia signed a deal with Somaliland,
/// angering Somalia", where the participle after a comma reacts to the clause before). The
/// verbs are the list `provocation` of markers.json: the lexicon's forms of these cues of
/// `opposes`, read in reverse here.
extension SentenceContext {
  /// Pairs for a provoking verb: its object opposes its subject, or, after a comma, the main
  /// subject of the clause before. Nil when the cue is no such verb; empty when a side is
  /// missing or the verb is passive ("was angered by").
  func provocationPairs(_ cue: Lexicon.Match) -> [Candidate]? {
    guard cue.entry.relation == .opposes, cue.tokenEnd == cue.tokenStart + 1,
      !isArabic(cue.tokenStart), lexicon.isMarker(tokens, cue.tokenStart, .provocation)
    else { return nil }
    guard cue.tokenEnd < range.upperBound, !tokens.norm(cue.tokenEnd).equalsWord("by"),
      let angered = firstAfter(cue.tokenEnd, sameClause: true, maxDistance: 1)
    else { return [] }
    let before = cue.tokenStart - 1
    let provoker =
      before >= range.lowerBound && tokens[before].kind == .comma
      ? mainSubject(before: before)
      : nearestBefore(cue.tokenStart, sameClause: true, subjectsOnly: true, maxDistance: 8)
    guard let p = provoker.map({ possessorOfPhrase($0) ?? $0 }),
      mentions[p].code != mentions[angered].code
    else { return [] }
    return pairs(groupForward(angered), groupBackward(p), rule: "verb-provocation")
  }

  /// "Tehran's support of the Houthis has angered Riyadh", "China's drills around Taiwan drew
  /// condemnation from": an actor after the "of", "for", "to" or a preposition of direction or
  /// place ("around", "near", "against", "over", "toward") of a noun is that noun's object;
  /// the actor within four words before the preposition (its possessor) is the one who acts.
  /// So is the object of an infinitive after the noun ("Sweden's bid to join NATO"). Nil when
  /// there is none.
  func possessorOfPhrase(_ k: Int) -> Int? {
    var j = mentions[k].tokenStart - 1
    if j > range.lowerBound, isMarker(j, .determiner) { j -= 1 }
    // "Sweden's bid to join NATO": the object of an infinitive after the noun.
    if j - 1 > range.lowerBound, tokens[j].kind == .latin, !tokens[j].capitalized,
      !isMarker(j, .preposition), tokens[j - 1].kind == .latin, tokens.norm(j - 1).equalsWord("to")
    {
      j -= 1
    }
    guard j > range.lowerBound, tokens[j].kind == .latin,
      ["of", "for", "to", "around", "near", "against", "over", "toward", "towards"].contains(
        tokens.norm(j))
    else { return nil }
    return nearestBefore(j, sameClause: true, subjectsOnly: true, maxDistance: 4)
  }
}

/// Arabic: "أثار توقيع إثيوبيا اتفاقا مع أرض الصومال غضب الصومال" (X stirred Y's anger): the
/// genitive of the anger noun opposes the one who stirred it. The verbs of stirring ("أثار")
/// are the list `stirring_verb` of markers.json, the nouns of anger ("غضب", cues of `opposes` in
/// the lexicon, read only after a verb of stirring) the list `anger_noun`.
extension SentenceContext {
  /// Pairs for an anger noun: nil when the cue is none; empty unless a verb of stirring stands
  /// within seven words before it and both sides are named. The one who stirred it is the first
  /// actor between the verb and the noun (the genitive of the act: "توقيع إثيوبيا"), else the
  /// verb's subject before it.
  func stirredAngerPairs(_ cue: Lexicon.Match) -> [Candidate]? {
    guard cue.entry.relation == .opposes, cue.tokenEnd == cue.tokenStart + 1,
      isArabic(cue.tokenStart),
      // With its clitics off ("بغضب", "الاستياء"): every form of the lexicon entry comes here,
      // never to the noun rule. (The stems read after the article are in no bit of the token:
      // each is looked up in the list.)
      tokens[cue.tokenStart].articleReadings.contains(where: {
        lexicon.isMarker($0.stem, "anger_noun_ar")
      })
    else { return nil }
    let c = clauseOf(cue.tokenStart)
    guard let angered = firstAfter(cue.tokenEnd, sameClause: true, maxDistance: 0),
      let v = (max(range.lowerBound, cue.tokenStart - 7)..<cue.tokenStart).last(where: { j in
        clauseOf(j) == c && tokens[j].kind == .arabic
          && lexicon.isMarker(tokens, j, .stirringVerb)
      })
    else { return [] }
    let between = mentions.firstIndex(where: {
      $0.tokenStart > v && $0.tokenEnd <= cue.tokenStart && !$0.code.isEmpty
    })
    guard
      let p = between
        ?? nearestBefore(v, sameClause: true, subjectsOnly: true, maxDistance: 4),
      mentions[p].code != mentions[angered].code
    else { return [] }
    return pairs(groupForward(angered), [p], rule: "noun-stirred-anger")
  }
}

extension SentenceContext {
  /// Whether token `j` is a comma right before a participle of provocation ("signed a defence
  /// pact, angering Ethiopia", list `provocation`): the one angered reacts to the clause, and
  /// is no partner or object of its verb.
  func commaBeforeProvocation(_ j: Int) -> Bool {
    tokens[j].kind == .comma && j + 1 < range.upperBound
      && lexicon.isMarker(tokens, j + 1, .provocation)
  }
}
