/// English: a noun that names the act a verb told before by its own stem: "Iran's Revolutionary
/// Guards seized a British tanker. (...) Germany called the seizure unjustifiable", "US forces
/// captured Saddam Hussein. (...) Blair welcomed the capture", "diverted" and "the diversion".
/// The noun and the verb share their stem once the endings of a verbal noun ("-ion", "-sion",
/// "-ation", "-ment", "-ure", "-al", "-ing") and of a verb ("-ed", "-d", "-s", "-ing") are cut:
/// all of the shorter stem but its last letter at most, and four letters at least ("transfer"
/// and "transformed" share six of eight: no link).
extension SentenceContext {
  /// Whether the English noun at `n` and the verb at `v` (any token of the document) name one
  /// act by their stems. (The words' bytes are read in place: no copy.)
  func namesSameAct(_ n: Int, verb v: Int) -> Bool {
    guard tokens.kind(n) == .latin, tokens.kind(v) == .latin, !tokens[n].capitalized else {
      return false
    }
    let noun = tokens.norm(n).utf8
    let verb = tokens.norm(v).utf8
    let nounStem = Self.stemLength(noun, endings: Self.nounEndings)
    let verbStem = Self.stemLength(verb, endings: Self.verbEndings)
    let common = zip(noun.prefix(nounStem), verb.prefix(verbStem)).prefix(while: { $0 == $1 })
      .count
    return common >= 4 && common >= min(nounStem, verbStem) - 1
  }

  /// The length of the word cut of the first of `endings` it ends with, when four letters or
  /// more are left.
  static func stemLength(_ word: String.UTF8View, endings: [[UInt8]]) -> Int {
    let count = word.count
    for e in endings where count >= e.count + 4 && word.suffix(e.count).elementsEqual(e) {
      return count - e.count
    }
    return count
  }

  /// Endings of a verbal noun, longest first.
  static let nounEndings: [[UInt8]] = ["ation", "sion", "tion", "ment", "ing", "ure", "ion", "al"]
    .map { Array($0.utf8) }

  /// Endings of a verb, longest first.
  static let verbEndings: [[UInt8]] = ["ing", "ed", "es", "d", "s"].map { Array($0.utf8) }

  /// Whether the English word at `j`, in no mention, is a noun of the act the verb at `v` told.
  func isLinkedActNoun(_ j: Int, verb v: Int) -> Bool {
    tokens[j].kind == .latin && !inMention(j) && namesSameAct(j, verb: v)
  }
}

extension SentenceContext {
  /// How many sentences back the act remembered last may be for a reaction that names it by
  /// its verbal noun.
  static let linkedActWindow = 3

  /// The first verb that told `act` for which `test` holds: its cue's first word, or a verb
  /// joined to it by "and" within five words ("Russian forces fired on and seized three
  /// Ukrainian vessels").
  func firstActVerb(_ act: ActMemory, where test: (Int) -> Bool) -> Int? {
    if test(act.cueStart) { return act.cueStart }
    let end = min(act.sentence.tokenRange.upperBound, act.cueStart + 6)
    var k = act.cueStart + 2
    while k < end {
      if tokens.kind(k) == .latin, !tokens[k].capitalized, tokens.norm(k - 1).equalsWord("and"),
        test(k)
      {
        return k
      }
      k += 1
    }
    return nil
  }

  /// English: a reaction that names an act told before by the noun of its verb ("Germany called
  /// the seizure unjustifiable", "Blair welcomed the capture", "Biden condemned the
  /// diversion"): a verdict's judge, or the subject of a verb of opposition or welcome, opposes
  /// or backs the actors of that act: the act remembered last (`last`, up to `linkedActWindow`
  /// sentences back), else the lead's (`lead`, up to `DecisionMemory.window`); not an act of
  /// talks or a deal. Not a subject that was one of them.
  /// (The noun, `judgedAct` before a verdict and `toldNoun` after a verb, is looked for first;
  /// the judge or subject only once it is found.)
  func linkedActReactionPairs(
    _ cue: Lexicon.Match, _ sentence: Sentence, last: ActMemory?, lead: ActMemory?,
    speaker: Argument?
  ) -> [Candidate] {
    guard tokens.kind(cue.tokenStart) == .latin,
      cue.entry.relation == .opposes || cue.entry.relation == .supports
    else { return [] }
    let verdict = cue.entry.frame == .verdict
    guard
      verdict
        || (cue.entry.frame == .verb
          && (cue.entry.relation == .opposes
            || lexicon.isMarker(tokens, cue.tokenStart, .welcomeVerb)))
    else { return [] }
    // The reaction to `act`, when the cue's noun names it and `act` is within `window`.
    func reaction(to act: ActMemory?, window: Int) -> [Candidate]? {
      // (Not talks or a deal: "welcomed the agreement" after "agreed" backs neither party as
      // the development sets read it.)
      guard let act, !act.actors.isEmpty, act.relation != .negotiatesWith,
        !tokens[act.cueStart].capitalized,
        case let gap = sentence.index - act.sentence.index, gap >= 1, gap <= window
      else { return nil }
      var noun: Int?
      _ = firstActVerb(act) { v in
        noun =
          verdict
          ? judgedAct(before: cue) { isLinkedActNoun($0, verb: v) }
          : toldNoun(after: cue) { isLinkedActNoun($0, verb: v) }
        return noun != nil
      }
      guard let noun else { return nil }
      var sources: [Argument] = []
      if verdict {
        guard let judge = verdictJudge(cue, noun: noun, speaker: speaker) else { return nil }
        sources = [judge]
      } else {
        guard namesNoAuthor(after: noun, from: cue.tokenEnd),
          let (group, after) = subject(of: cue), !after, !group.isEmpty
        else { return nil }
        sources = group.map { Argument(mentions, $0) }
      }
      return Candidate.reactions(
        of: sources, to: act.actors, rule: "linked-act-reaction", confidence: 0.6,
        antecedent: act.sentence)
    }
    return reaction(to: last, window: Self.linkedActWindow)
      ?? reaction(to: lead, window: DecisionMemory.window) ?? []
  }
}
