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
    if let k = arabicCoupAuthor() { return k }
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

  /// Arabic: the author of a coup this sentence tells: the state named right after a coup's
  /// noun ("انقلاب النيجر", "الانقلاب العسكري في ميانمار": an adjective and "في" may stand
  /// between); or, when the noun is no reaction's object (no cue in the three words
  /// before it), the state whose army the sentence names ("شدد الجيش في ميانمار قبضته على
  /// البلاد غداة انقلاب اعتقل خلاله ...": a force noun in the two words before the state).
  func arabicCoupAuthor() -> Int? {
    for j in range where tokens[j].kind == .arabic && lexicon.isMarker(tokens, j, .coupWord) {
      var n = j + 1
      func inOrPlace(_ k: Int) -> Bool {
        k < range.upperBound
          && (inMention(k)
            || (tokens[k].kind == .arabic && tokens.norm(k).sameBytes("\u{0641}\u{064A}")))
      }
      // (An adjective: "انقلاب عسكري في", "الانقلاب العسكري في".)
      if n < range.upperBound, tokens[n].kind == .arabic, !inMention(n),
        !isMarker(n, .preposition), inOrPlace(n + 1)
      {
        n += 1
      }
      if n < range.upperBound, tokens[n].kind == .arabic,
        tokens.norm(n).sameBytes("\u{0641}\u{064A}")
      {
        n += 1
      }
      if let k = mentions.firstIndex(where: { $0.tokenStart == n }),
        gazetteer?.codeKind(mentions[k]) == .state
      {
        return k
      }
      if (max(range.lowerBound, j - 3)..<j).contains(where: { k in
        tokens[k].lex.may(TokenLex.cue) && !lexicon.match(tokens, at: k, limit: j + 1).isEmpty
      }) {
        continue
      }
      // (The force noun may open the mention itself: "الجيش الميانماري"; or stand in the
      // title of a person of the state: "رئيس أركان الجيش في غينيا بيساو الجنرال ...".)
      if let k = mentions.indices.first(where: { k in
        gazetteer?.codeKind(mentions[k]) == .state
          && (max(range.lowerBound, mentions[k].tokenStart - 2)..<mentions[k].tokenEnd)
            .contains(where: {
              isMarker($0, .forceNoun) || lexicon.isArticleMarker(tokens[$0], .forceNoun)
            })
      }) {
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
      cue.entry.frame == .verb,
      cue.entry.relation == .opposes
        || (cue.entry.relation == .supports
          && lexicon.isMarker(tokens, cue.tokenStart, .welcomeVerb))
    else { return [] }
    if tokens[cue.tokenStart].kind == .arabic {
      return arabicCoupReactionPairs(cue, memory)
    }
    guard let n = toldNoun(after: cue, in: .coupWord) else { return [] }
    guard !tokens.norm(n).equalsWord("power"),
      !mentions.contains(where: { $0.tokenStart >= cue.tokenEnd && $0.tokenStart <= n + 2 }),
      let (group, after) = subject(of: cue), !after, !group.isEmpty
    else { return [] }
    return reactions(of: group, to: memory)
  }

  /// Arabic: "كما دان الأمين العام للأمم المتحدة أنطونيو غوتيريش الانقلاب بشدة", "ورحب X
  /// بالانقلاب": a verb of opposition (or of welcome) whose object is a coup's noun, right after
  /// the verb or its subject (one word between), concerns the coup the document told.
  func arabicCoupReactionPairs(_ cue: Lexicon.Match, _ memory: CoupMemory) -> [Candidate] {
    guard let (group, after) = subject(of: cue),
      arabicToldNoun(after: cue, subject: group, after: after, in: .coupWord) != nil
    else { return [] }
    return reactions(of: group, to: memory)
  }

  /// Each of `group` reacting to the coup `memory` told, but its author.
  func reactions(of group: [Int], to memory: CoupMemory) -> [Candidate] {
    group.compactMap { s in
      let source = Argument(mentions, s)
      guard source.code != memory.author.code else { return nil }
      return Candidate(
        source: source, target: memory.author, rule: "condemned-coup", confidence: 0.7,
        antecedent: memory.sentence)
    }
  }
}
