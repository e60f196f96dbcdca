/// Reactions to what the clause before did: "وأعلنت إسرائيل ضم الجولان، وهو ما رفضته سوريا",
/// "Israel annexed the Golan, which Syria condemned", "..., a move Syria rejected". The one who
/// reacts judges the main subject of the clause before. The nouns after a comma that refer to
/// the clause before as a whole ("a move", "a step", "a decision") are the list `clause_noun`
/// of markers.json.
extension SentenceContext {
  /// Pairs of a judging verb (opposes or supports) whose object is the clause before it.
  func clauseReactionPairs(_ cue: Lexicon.Match) -> [Candidate] {
    guard cue.entry.frame == .verb,
      cue.entry.relation == .opposes || cue.entry.relation == .supports,
      let (opening, reacting) = reaction(to: cue),
      let target = mainSubject(before: opening),
      !groupHas(groupBackward(target), code: mentions[reacting].code)
    else { return [] }
    let sources = isArabic(cue.tokenStart) ? groupForward(reacting) : groupBackward(reacting)
    return pairs(sources, groupBackward(target), rule: "verb-clause-reaction")
  }

  /// Where the reference to the clause before opens (its comma or "وهو"), and the reacting
  /// actor: Arabic "وهو ما" + the verb with a pronoun suffix + its subject; English ", which" or
  /// ", a move" + the subject + the verb.
  func reaction(to cue: Lexicon.Match) -> (opening: Int, reacting: Int)? {
    let i = cue.tokenStart
    if isArabic(i) {
      guard !cue.enclitic.isEmpty, i - 2 >= range.lowerBound,
        tokens.norm(i - 1).sameBytes("\u{0645}\u{0627}")
      else { return nil }
      let o = i - 2
      // "وهو", "هي": the whole word, the list `reaction_pronoun` of markers.json.
      let opens =
        tokens[o].kind == .comma || lexicon.isWholeWordMarker(tokens, o, .reactionPronoun)
      guard opens, let k = firstAfter(cue.tokenEnd, sameClause: true, maxDistance: 0) else {
        return nil
      }
      return (o, k)
    }
    // English: ", which Y condemned", ", a move Y rejected".
    guard let k = mentions.lastIndex(where: { $0.tokenEnd == i }),
      let first = groupBackward(k).first
    else { return nil }
    var j = mentions[first].tokenStart - 1
    guard j > range.lowerBound else { return nil }
    if tokens.norm(j).equalsWord("which") {
      j -= 1
    } else if lexicon.isMarker(tokens, j, .clauseNoun), tokens.norm(j - 1).equalsWord("a") {
      j -= 2
    } else {
      return nil
    }
    guard j >= range.lowerBound, tokens[j].kind == .comma else { return nil }
    return (j, k)
  }
}
