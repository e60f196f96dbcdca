/// English: a noun of an act against someone written as a verb cue with its "of" ("withdrawal
/// of", "expulsion of", "ouster of"), after a determiner and a light verb: "The United States
/// demanded the withdrawal of Eritrean troops", "Niger announced the expulsion of the French
/// ambassador". The light verb's subject acts on the noun's object.
extension SentenceContext {
  /// Pairs of an opposing cue that ends in "of" and follows a determiner, from the subject of
  /// the light verb before it to the object after it; empty when either is missing.
  func determinedActNounPairs(_ cue: Lexicon.Match) -> [Candidate] {
    guard cue.entry.relation == .opposes, cue.tokenEnd - cue.tokenStart >= 2,
      tokens[cue.tokenEnd - 1].kind == .latin, tokens.norm(cue.tokenEnd - 1).equalsWord("of"),
      let k = lightVerbSubject(before: cue.tokenStart)
    else { return [] }
    let subject = groupBackward(k)
    guard let obj = object(after: cue.tokenEnd, excluding: codes(subject)) else { return [] }
    return pairs(subject, obj, rule: "verb-light-noun")
  }
}
