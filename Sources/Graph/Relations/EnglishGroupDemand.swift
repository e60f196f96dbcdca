/// "The two leaders urged Israel to halt its offensive": an English demand whose asker is a
/// plural description of the actors an earlier sentence named ("the two leaders", "both
/// countries"; `GroupMemory`).
extension SentenceContext {
  /// Each actor the description before the request verb refers to (`referents`) and the one
  /// asked: named right before the "to" of the demand cue ("urged Israel to withdraw", "called
  /// on Israeli troops to leave"), or the author of the act a stop cue asks to end ("called for
  /// an end to Israeli strikes"). Empty when the sentence is not so built.
  func pairsFromGroupAsker(_ cue: Lexicon.Match, _ sentence: Sentence, _ memory: GroupMemory?)
    -> [Candidate]
  {
    guard !isArabic(cue.tokenStart), let m = memory, m.sentence.index < sentence.index,
      sentence.index - m.sentence.index <= GroupMemory.window,
      cue.tokenStart - 2 > range.lowerBound
    else { return [] }
    var asked: [Int] = []
    var r = -1
    if tokens.norm(cue.tokenStart - 1).equalsWord("to"),
      let last = mentions.lastIndex(where: { a in
        a.tokenEnd < cue.tokenStart && cue.tokenStart - 1 - a.tokenEnd <= 2
          && (a.tokenEnd..<cue.tokenStart - 1).allSatisfy { j in
            tokens[j].kind == .latin && !tokens[j].capitalized && !isMarker(j, .preposition)
              && !isMarker(j, .request)
          }
      }),
      let first = groupBackward(last).first
    {
      asked = groupBackward(last)
      r = mentions[first].tokenStart - 1
      if r > range.lowerBound, tokens.norm(r).equalsWord("on") || tokens.norm(r).equalsWord("upon")
      {
        r -= 1
      }
    } else if cue.entry.needs == .attackNoun, cue.tokenEnd + 1 < range.upperBound,
      tokens.norm(cue.tokenEnd).equalsWord("to"),
      let n = (cue.tokenEnd + 1..<min(range.upperBound, cue.tokenEnd + 5)).first(where: {
        isMarker($0, .attackNoun)
      }),
      let a = mentions.lastIndex(where: {
        $0.tokenStart > cue.tokenEnd && $0.tokenEnd <= n && n - $0.tokenEnd <= 1
      }),
      let v = (max(range.lowerBound, cue.tokenStart - 5)..<cue.tokenStart).last(where: {
        isMarker($0, .request)
      }),
      !mentions.contains(where: { $0.tokenStart > v && $0.tokenStart < cue.tokenStart })
    {
      asked = [a]
      r = v
    }
    guard !asked.isEmpty, r > range.lowerBound, tokens[r].kind == .latin, isMarker(r, .request)
    else { return [] }
    // Adverbs and auxiliaries between the description and the verb ("also", "jointly").
    var j = r - 1
    while j > range.lowerBound, r - j <= 2,
      isMarker(j, .auxiliary)
        || (tokens[j].kind == .latin && !tokens[j].capitalized
          && tokens.norm(j).hasByteSuffix("ly"))
    {
      j -= 1
    }
    guard let dual = pluralDescription(at: j),
      let (before, members) = referents(m, dual: dual, anyTwo: true, at: j)
    else { return [] }
    var out: [Candidate] = []
    for s in members {
      for t in asked where before.mentions[s].code != mentions[t].code {
        out.append(
          Candidate(
            source: Argument(before.mentions, s), target: Argument(mentions, t),
            rule: "demand-group-anaphor", confidence: 1.0, antecedent: m.sentence))
      }
    }
    return out
  }
}
