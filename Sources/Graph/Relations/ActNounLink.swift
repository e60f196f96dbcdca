/// English: a noun that names the act a verb told before by its own stem: "Iran's Revolutionary
/// Guards seized a British tanker. (...) Germany called the seizure unjustifiable", "US forces
/// captured Saddam Hussein. (...) Blair welcomed the capture", "diverted" and "the diversion".
/// The noun and the verb share their stem once the endings of a verbal noun ("-ion", "-sion",
/// "-ation", "-ment", "-ure", "-al", "-ing") and of a verb ("-ed", "-d", "-s", "-ing") are cut:
/// all of the shorter stem but its last letter at most, and four letters at least ("transfer"
/// and "transformed" share six of eight: no link).
extension SentenceContext {
  /// Whether the English noun at `n` and the verb at `v` (any token of the document) name one
  /// act by their stems.
  func namesSameAct(_ n: Int, verb v: Int) -> Bool {
    guard tokens.kind(n) == .latin, tokens.kind(v) == .latin, !tokens[n].capitalized else {
      return false
    }
    let noun = Self.actStem(Array(tokens.norm(n).utf8), endings: Self.nounEndings)
    let verb = Self.actStem(Array(tokens.norm(v).utf8), endings: Self.verbEndings)
    var common = 0
    while common < noun.count, common < verb.count, noun[common] == verb[common] { common += 1 }
    return common >= 4 && common >= min(noun.count, verb.count) - 1
  }

  /// The word cut of the first of `endings` it ends with, when four letters or more are left.
  static func actStem(_ word: [UInt8], endings: [[UInt8]]) -> ArraySlice<UInt8> {
    for e in endings where word.count >= e.count + 4 && word.suffix(e.count).elementsEqual(e) {
      return word.dropLast(e.count)
    }
    return word[...]
  }

  /// Endings of a verbal noun, longest first.
  static let nounEndings: [[UInt8]] = ["ation", "sion", "tion", "ment", "ing", "ure", "ion", "al"]
    .map { Array($0.utf8) }

  /// Endings of a verb, longest first.
  static let verbEndings: [[UInt8]] = ["ing", "ed", "es", "d", "s"].map { Array($0.utf8) }

  /// The verbal noun of the cue's object that names the act the verb at `v` told: after a
  /// determiner of `told_determiner` ("condemned the diversion"), one lower-case word may
  /// stand between ("the forced landing"); no actor within three words after it.
  func linkedActNoun(after cue: Lexicon.Match, verb v: Int) -> Int? {
    guard let d = toldDeterminer(after: cue) else { return nil }
    for n in d + 1..<min(range.upperBound, d + 3)
    where tokens[n].kind == .latin && !inMention(n) && namesSameAct(n, verb: v) {
      return mentions.contains(where: { $0.tokenStart > n && $0.tokenStart <= n + 3 }) ? nil : n
    }
    return nil
  }

  /// The verbal noun a verdict judges that names the act the verb at `v` told ("called the
  /// seizure unjustifiable", "described the capture as a turning point"): the nearest before
  /// the verdict, in its clause, within eight words.
  func linkedJudgedNoun(before cue: Lexicon.Match, verb v: Int) -> Int? {
    var j = cue.tokenStart - 1
    let lo = max(range.lowerBound, cue.tokenStart - 8)
    while j >= lo {
      if tokens[j].kind == .comma || tokens[j].kind == .stop || isMarker(j, .complementizer) {
        return nil
      }
      if tokens[j].kind == .latin, !inMention(j), namesSameAct(j, verb: v) { return j }
      j -= 1
    }
    return nil
  }
}

extension SentenceContext {
  /// How many sentences back the act remembered last may be for a reaction that names it by
  /// its verbal noun.
  static let linkedActWindow = 3

  /// The verbs that told `act`: its cue's first word, and a verb joined to it by "and" within
  /// five words ("Russian forces fired on and seized three Ukrainian vessels").
  func actVerbs(_ act: ActMemory) -> [Int] {
    var out = [act.cueStart]
    let end = min(act.sentence.tokenRange.upperBound, act.cueStart + 6)
    for k in act.cueStart + 2..<max(act.cueStart + 2, end)
    where tokens.kind(k) == .latin && !tokens[k].capitalized && tokens.norm(k - 1).equalsWord("and")
    {
      out.append(k)
    }
    return out
  }

  /// English: a reaction that names an act told before by the noun of its verb ("Germany called
  /// the seizure unjustifiable", "Blair welcomed the capture", "Biden condemned the
  /// diversion"): a verdict's judge, or the subject of a verb of opposition or welcome, opposes
  /// or backs the actors of that act: the act remembered last (`last`, up to `linkedActWindow`
  /// sentences back), else the lead's (`lead`, up to `DecisionMemory.window`); not an act of
  /// talks or a deal. Not a subject that was one of them.
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
    for (act, window) in [(last, Self.linkedActWindow), (lead, DecisionMemory.window)] {
      // (Not talks or a deal: "welcomed the agreement" after "agreed" backs neither party as
      // the development sets read it.)
      guard let act, !act.actors.isEmpty, act.relation != .negotiatesWith,
        !tokens[act.cueStart].capitalized,
        case let gap = sentence.index - act.sentence.index, gap >= 1, gap <= window
      else { continue }
      var sources: [Argument] = []
      for v in actVerbs(act) where sources.isEmpty {
        if verdict {
          if let noun = linkedJudgedNoun(before: cue, verb: v),
            let judge = verdictJudge(cue, noun: noun, speaker: speaker)
          {
            sources = [judge]
          }
        } else if let (group, after) = subject(of: cue), !after, !group.isEmpty,
          linkedActNoun(after: cue, verb: v) != nil
        {
          sources = group.map { Argument(mentions, $0) }
        }
      }
      guard !sources.isEmpty else { continue }
      return Candidate.reactions(
        of: sources, to: act.actors, rule: "linked-act-reaction", confidence: 0.6,
        antecedent: act.sentence)
    }
    return []
  }
}
