/// The author of the last coup a document told ("Myanmar's military seized power", "Sudan's
/// military coup", "the coup in Niger"), so that a later reaction that names the coup by its
/// noun ("Biden condemned the coup", "hailed the takeover") concerns it (English).
struct CoupMemory {
  /// The sentence that told the coup.
  var sentence: Sentence
  /// Who took power.
  var author: Argument

  /// How many sentences back a coup may be named again by its noun.
  static let window = 10

  /// The verbs before "power" that tell a coup ("seized power", "took power").
  static let seizing: Set<String> = [
    "seized", "seize", "seizes", "seizing", "took", "taken", "take", "takes", "grabbed",
    "assumed", "assume", "assumes",
  ]
}

extension SentenceContext {
  /// English: the mention that took power in a coup this sentence tells, if it names one: the
  /// subject right before "seized power" ("Myanmar's military seized power", with its "'s" and
  /// one word after), or the actor that owns a coup noun of list `coup_word` ("Sudan's
  /// military coup", "the Burkinabe coup") or that follows it after "in" ("the coup in Niger")
  /// or "led by".
  func coupAuthor() -> Int? {
    for j in range where tokens[j].kind == .latin && lexicon.isMarker(tokens, j, .coupWord) {
      if tokens.norm(j).equalsWord("power") {
        guard j - 1 > range.lowerBound, CoupMemory.seizing.contains(tokens.norm(j - 1)) else {
          continue
        }
        if let k = owner(endingBefore: j - 1) { return k }
        continue
      }
      if let k = owner(endingBefore: j) { return k }
      if j + 2 < range.upperBound, tokens.norm(j + 1).equalsWord("in"),
        let k = mentions.firstIndex(where: { $0.tokenStart == j + 2 }),
        gazetteer?.codeKind(mentions[k]) == .state
      {
        return k
      }
      // "the July 26 coup led by Gen. Abdourahamane Tiani": its leader, a title of up to two
      // tokens between.
      if j + 3 < range.upperBound, tokens.norm(j + 1).equalsWord("led"),
        tokens.norm(j + 2).equalsWord("by"),
        let k = mentions.firstIndex(where: { $0.tokenStart >= j + 3 && $0.tokenStart <= j + 5 }),
        (j + 3..<mentions[k].tokenStart).allSatisfy({
          tokens[$0].capitalized || !tokens[$0].isWord
        })
      {
        return k
      }
    }
    return nil
  }

  /// The mention that ends right before token `j`, or before its "'s" and at most one
  /// lower-case word ("Myanmar's military"), not after a preposition.
  private func owner(endingBefore j: Int) -> Int? {
    // (A mention may hold its "'s": "Myanmar's" is one.)
    func ending(at end: Int) -> Int? {
      guard let k = mentions.lastIndex(where: { $0.tokenEnd == end }) else { return nil }
      let before = mentions[k].tokenStart - 1
      if before >= range.lowerBound, tokens[before].kind == .latin, isMarker(before, .preposition) {
        return nil
      }
      return k
    }
    if let k = ending(at: j) { return k }
    var end = j
    if end - 1 > range.lowerBound, tokens[end - 1].kind == .latin, !tokens[end - 1].capitalized {
      end -= 1
      if let k = ending(at: end) { return k }
    }
    guard end - 2 >= range.lowerBound, tokens[end - 1].kind == .latin,
      tokens.norm(end - 1).equalsWord("s"), tokens[end - 2].kind == .quote
    else { return nil }
    return ending(at: end - 2)
  }

  /// English: "Biden condemned the coup", "Prigozhin hailed the takeover": a verb of
  /// opposition (or of welcome) whose object is a coup noun after a determiner (one word may
  /// come between: "the military coup") concerns the author of the coup the document told;
  /// its subject opposes (or backs) it. Not when the subject is the author.
  func coupReactionPairs(_ cue: Lexicon.Match, _ memory: CoupMemory?, sentence: Sentence)
    -> [Candidate]
  {
    guard let memory, memory.sentence.index < sentence.index,
      sentence.index - memory.sentence.index <= CoupMemory.window,
      tokens[cue.tokenStart].kind == .latin, cue.entry.frame == .verb,
      cue.entry.relation == .opposes
        || (cue.entry.relation == .supports
          && lexicon.isMarker(tokens, cue.tokenStart, .welcomeVerb)),
      let n = toldNoun(after: cue, in: .coupWord)
    else { return [] }
    guard !tokens.norm(n).equalsWord("power"),
      !mentions.contains(where: { $0.tokenStart >= cue.tokenEnd && $0.tokenStart <= n + 2 }),
      let (group, after) = subject(of: cue), !after, !group.isEmpty
    else { return [] }
    return group.compactMap { s in
      let source = Argument(mentions, s)
      guard source.code != memory.author.code else { return nil }
      return Candidate(
        source: source, target: memory.author, rule: "condemned-coup", confidence: 0.7,
        antecedent: memory.sentence)
    }
  }
}
