/// The act the sentence before told, so that an English reaction can name it by a noun:
/// "Washington approved a $1bn arms sale to Taiwan. Beijing condemned the sale." (China opposes
/// the United States), "The US sanctioned a Rwandan minister. Kigali rejected the sanctions.",
/// "Khartoum welcomed the sanctions" (a welcome supports them).
struct ActMemory {
  /// The sentence that told the act.
  var sentence: Sentence
  /// The start of the cue whose relations are remembered (the first that gave one).
  var cueStart: Int
  /// Who acted: the sources of that cue's relations (and both sides of a symmetric one).
  var actors: [Argument]
  /// The relation of that cue.
  var relation: RelationType
  /// Whom it acted on: the targets of that cue's relations, for those who follow suit.
  var targets: [Argument] = []
  /// Who accused in that sentence (the sources of a cue of `accusation`, "Zelensky accused
  /// Russian troops of genocide"), for "the accusations" in the next one, which are theirs
  /// whatever act was told first.
  var accusers: [Argument] = []
  /// Who told the act, when the sentence reports it ("Israel said Iran had supplied weapons to
  /// Hezbollah"): the author of "the claim" the next sentence denies or rejects.
  var speaker: Argument? = nil
}

extension SentenceContext {
  /// "Beijing condemned the sale", "Bogota rejected the decision", "warned against the move",
  /// "Minsk condemned them as illegal": a verb of opposition whose object names an act
  /// (`actNoun`); its subject opposes the actors of the act the sentence right before told.
  /// Not when the subject was one of them.
  func actReactionPairs(_ cue: Lexicon.Match, _ sentence: Sentence, _ memory: ActMemory?)
    -> [Candidate]
  {
    guard let memory else { return [] }
    // (Accusations denied may be two sentences back, with a sentence of no act between:
    // "اتهمت كينشاسا رواندا بدعم المتمردين. وقالت الوزيرة إن ... ونفت كيغالي هذه الاتهامات".)
    let gap = sentence.index - memory.sentence.index
    guard gap == 1 || (gap == 2 && !memory.accusers.isEmpty) else { return [] }
    if tokens[cue.tokenStart].kind == .arabic {
      return arabicActReactionPairs(cue, memory, accusationsOnly: gap == 2)
    }
    guard tokens[cue.tokenStart].kind == .latin,
      // "The Sudanese foreign ministry welcomed the sanctions": a welcome backs the actors.
      cue.entry.relation == .opposes
        || (cue.entry.relation == .supports
          && lexicon.isMarker(tokens, cue.tokenStart, .welcomeVerb)),
      cue.entry.frame == .verb, let noun = actNoun(after: cue),
      // ("JNIM claimed to have killed 50 Russians. Ukraine rejected the decision": an act of
      // force is no decision, deal or statement; "the move" or "it" may name it.)
      memory.relation != .strikes || tokens.norm(noun).equalsWord("move")
        || tokens.norm(noun).equalsWord("it")
        || tokens.norm(noun).equalsWord("them") || tokens.norm(noun).equalsWord("step"),
      let (group, after) = subject(of: cue), !after, !group.isEmpty,
      // (A welcome names the act by its noun: "welcomed it" may be a deal this sentence told.)
      cue.entry.relation == .opposes
        || !tokens.norm(noun).equalsWord("it") && !tokens.norm(noun).equalsWord("them")
    else { return [] }
    guard gap == 1 || isAccusationWord(noun) else { return [] }
    // ("Saudi Arabia and Qatar welcomed the agreement": each of a subject list.)
    // ("The United States and Ukraine signed an agreement. Zelensky welcomed the agreement":
    // a party's welcome of talks or a deal it took part in backs the other parties.)
    let welcome = cue.entry.relation == .supports && memory.relation == .negotiatesWith
    return group.flatMap {
      reactionPairs(
        subject: $0, accusation: isAccusationWord(noun), memory, partiesBacked: welcome)
    }
  }

  /// The subject, mention `s`, reacting to the act `memory` told: its pairs with the act's
  /// actors, or with the accusers told then when what it names are accusations ("The Kremlin
  /// rejected the accusations"). None when the subject was one of them, unless
  /// `partiesBacked` (a party's welcome of a deal): then the other actors.
  func reactionPairs(
    subject s: Int, accusation: Bool, _ memory: ActMemory, partiesBacked: Bool = false
  ) -> [Candidate] {
    let source = Argument(mentions, s)
    var actors = !memory.accusers.isEmpty && accusation ? memory.accusers : memory.actors
    // "Israel said Iran had supplied weapons to Hezbollah. Tehran rejected the claim": a
    // claim with no accuser is the speaker's who told it.
    if accusation, memory.accusers.isEmpty, let speaker = memory.speaker,
      speaker.code != source.code
    {
      actors = [speaker]
    }
    if actors.contains(where: { $0.code == source.code }) {
      guard partiesBacked, !accusation else { return [] }
      actors.removeAll(where: { $0.code == source.code })
    }
    return actors.map {
      Candidate(
        source: source, target: $0, rule: "condemned-act", confidence: 0.7,
        antecedent: memory.sentence)
    }
  }

  /// Arabic: "اتهم السودان الإمارات بتزويد الدعم السريع بالأسلحة. ورفضت الإمارات
  /// الاتهامات": a verb of opposition whose object, right after it or after its VSO subject, is
  /// a definite noun of list `clause_noun` ("الاتهامات", "القرار", "العقوبات") opposes the
  /// actors of the act the sentence right before told (for accusations, the accusers). Not an
  /// act of force (the attack memory reads those), nor when the subject was one of the actors.
  func arabicActReactionPairs(_ cue: Lexicon.Match, _ memory: ActMemory, accusationsOnly: Bool)
    -> [Candidate]
  {
    guard cue.entry.relation == .opposes, cue.entry.frame == .verb, memory.relation != .strikes,
      let (group, _) = subject(of: cue), let s = group.first, let last = group.last
    else { return [] }
    var n = cue.tokenEnd
    // ("ورفضت حكومة الرئيس بليز كومباوري الاتهامات": a head word and a title may stand before
    // the subject.)
    let start = mentions.tokenStart(s)
    if start >= n, start <= n + 2,
      (n..<start).allSatisfy({
        tokens[$0].kind == .arabic && !lexicon.isMarker(tokens, $0, .clauseNoun)
          && (lexicon.isMarker(tokens, $0, .anaphoricHead)
            || lexicon.isMarker(tokens, $0, .personHead))
      })
    {
      n = mentions.tokenEnd(last)
    }
    // ("ونفت كيغالي هذه الاتهامات": a demonstrative before the noun.)
    if n + 1 < range.upperBound, tokens[n].kind == .arabic,
      lexicon.isWholeWordMarker(tokens, n, .toldDeterminer)
    {
      n += 1
    }
    guard n < range.upperBound, tokens[n].kind == .arabic, !inMention(n),
      lexicon.isMarker(tokens, n, .clauseNoun),
      !mentions.contains(where: { $0.tokenStart > n && $0.tokenStart <= n + 3 })
    else { return [] }
    let accusation =
      lexicon.isMarker(tokens, n, .accusation) || lexicon.isMarker(tokens, n, .accusationNoun)
    guard accusation || !accusationsOnly else { return [] }
    return reactionPairs(subject: s, accusation: accusation, memory)
  }

  /// "Iran and the United States reached an agreement. Netanyahu called the accord a grave
  /// mistake": a verdict (frame `verdict`) on a noun of `clause_noun`, with no actor between
  /// them, judges the actors of the act the sentence right before told (not an act of force:
  /// the attack memory reads those); the speaker (or the subject of a verb of naming) opposes or
  /// backs each. Not a speaker that was one of them.
  func actVerdictPairs(
    _ cue: Lexicon.Match, _ sentence: Sentence, _ memory: ActMemory?, speaker: Argument?
  ) -> [Candidate] {
    guard let memory, cue.entry.frame == .verdict, memory.relation != .strikes,
      sentence.index - memory.sentence.index == 1,
      let judge = verdictJudge(cue, on: .told, speaker: speaker)
    else { return [] }
    return Candidate.reactions(
      of: [judge], to: memory.actors, rule: verdictRuleName("act-verdict", speaker: judge),
      confidence: 0.7, antecedent: memory.sentence)
  }

  /// The word of the English cue's object that names an act: a noun of `clause_noun` after a
  /// determiner of `told_determiner` (one lower-case word may stand between; "against" or
  /// "over" before it), with no actor named within three words after the noun (its own author:
  /// "the decision of Mali"); or "it" or "them" that ends the clause or comes before "as".
  /// (The word returned is the noun, or "it"/"them"; nil when the object names no act.)
  func actNoun(after cue: Lexicon.Match) -> Int? {
    let p = cue.tokenEnd
    if p < range.upperBound, tokens[p].kind == .latin,
      tokens.norm(p).equalsWord("it") || tokens.norm(p).equalsWord("them")
    {
      return p + 1 >= range.upperBound || tokens[p + 1].kind == .stop
        || tokens[p + 1].kind == .comma || tokens.norm(p + 1).equalsWord("as") ? p : nil
    }
    guard let n = toldNoun(after: cue, in: .clauseNoun) else { return nil }
    return namesNoAuthor(after: n, from: cue.tokenEnd) ? n : nil
  }

  /// Whether no actor is named from `start` to three words after the noun at `n` (its own
  /// author: "the decision of Mali"). (An actor past a comma is another clause's: "rejected the
  /// accusation, saying Belgrade had nothing to do with it".)
  func namesNoAuthor(after n: Int, from start: Int) -> Bool {
    !mentions.contains(where: { m in
      m.tokenStart > start && m.tokenStart <= n + 3
        && !(n..<m.tokenStart).contains(where: { tokens[$0].kind == .comma })
    })
  }

  /// An English noun of accusation ("accusation(s)", "allegation(s)", "charge(s)").
  func isAccusationWord(_ n: Int) -> Bool {
    let w = tokens.norm(n)
    return w.hasPrefix("accusation") || w.hasPrefix("allegation") || w.hasPrefix("charge")
      || w.equalsWord("claim") || w.equalsWord("claims")
  }

  /// The English noun of `list` the cue's object names as told before: after a determiner of
  /// `told_determiner` (`toldDeterminer`), one lower-case word of no such noun may stand
  /// between ("condemned the military coup", "rejected the new law"). Its index, or nil.
  func toldNoun(after cue: Lexicon.Match, in list: Marker.NamedList) -> Int? {
    toldNoun(after: cue) { lexicon.isMarker(tokens, $0, list) }
  }

  /// `toldNoun(after:in:)` for the nouns `isNoun` accepts.
  func toldNoun(after cue: Lexicon.Match, where isNoun: (Int) -> Bool) -> Int? {
    guard let d = toldDeterminer(after: cue) else { return nil }
    var n = d + 1
    if n + 1 < range.upperBound, tokens[n].kind == .latin, !tokens[n].capitalized, !isNoun(n) {
      n += 1
    }
    return n < range.upperBound && tokens[n].kind == .latin && isNoun(n) ? n : nil
  }

  /// Arabic: the noun of `list` that a verb cue's object names as told before: right after the
  /// verb, or after its subject `group` when that follows the verb (a title's word may come
  /// first: "ورحب زعيم فاغنر يفغيني بريغوجين بالانقلاب"); one word of the subject's or an
  /// adverb may stand between ("رحب المجلس الوطني السوري المعارض بالقرار", "انتقدت روسيا بشدة
  /// القرار"). No actor may be named within three words after it. Its index, or nil.
  func arabicToldNoun(
    after cue: Lexicon.Match, subject group: [Int], after: Bool, in list: Marker.NamedList
  ) -> Int? {
    guard let first = group.first, let last = group.last else { return nil }
    var n = cue.tokenEnd
    if after, mentions.tokenStart(first) - n <= 2 { n = mentions.tokenEnd(last) }
    guard n < range.upperBound, tokens[n].kind == .arabic, !inMention(n) else { return nil }
    if !lexicon.isMarker(tokens, n, list), n + 1 < range.upperBound,
      tokens[n + 1].kind == .arabic, !inMention(n + 1), !isMarker(n, .preposition)
    {
      n += 1
    }
    guard lexicon.isMarker(tokens, n, list),
      !mentions.contains(where: { $0.tokenStart > n && $0.tokenStart <= n + 3 })
    else { return nil }
    return n
  }

  /// The determiner of `told_determiner` right after the English cue, or after its "against"
  /// or "over" ("warned against the move", "protested over the decision").
  func toldDeterminer(after cue: Lexicon.Match) -> Int? {
    var d = cue.tokenEnd
    if d + 1 < range.upperBound, tokens[d].kind == .latin,
      tokens.norm(d).equalsWord("against") || tokens.norm(d).equalsWord("over")
    {
      d += 1
    }
    return d < range.upperBound && tokens[d].kind == .latin
      && lexicon.isWholeWordMarker(tokens, d, .toldDeterminer) ? d : nil
  }

  /// "Britain and the United States struck Houthi targets. Iran condemned the strikes": the
  /// attack told before (`AttackMemory`) keeps one agent; a condemnation of it opposes the
  /// others that act told too, when the act remembered is that attack.
  func otherAgents(_ found: [Candidate], _ memory: ActMemory?) -> [Candidate] {
    guard let memory, memory.relation == .strikes, let first = found.first,
      first.rule == "condemned-event", first.antecedent?.index == memory.sentence.index,
      memory.actors.contains(where: { $0.code == first.target.code })
    else { return [] }
    // (Every one who condemns: "France and Britain condemned the strikes".)
    var sources: [Argument] = []
    for c in found
    where c.rule == first.rule && !sources.contains(where: { $0.code == c.source.code }) {
      sources.append(c.source)
    }
    return sources.flatMap { source in
      memory.actors.filter { a in
        a.code != source.code && !found.contains { $0.target.code == a.code }
      }.map {
        Candidate(
          source: source, target: $0, rule: first.rule, confidence: first.confidence,
          antecedent: first.antecedent)
      }
    }
  }
}

extension SentenceContext {
  /// "Trump recognised Guaido as Venezuela's leader. Canada, Brazil, Colombia and Argentina
  /// quickly followed suit", "وحذت حذوها الإمارات": a verb of following suit (the cue's last
  /// word in list `follow_suit`) repeats the act the sentence right before told; each actor of
  /// its subject takes that act's relation to its targets. Not one who acted in it.
  func followedSuitPairs(_ cue: Lexicon.Match, _ sentence: Sentence, _ memory: ActMemory?)
    -> [Candidate]
  {
    guard let memory, sentence.index - memory.sentence.index == 1, !memory.targets.isEmpty,
      lexicon.isMarker(tokens, cue.tokenEnd - 1, .followSuit),
      let group = subject(of: cue)?.group
    else { return [] }
    var out: [Candidate] = []
    for k in group where !memory.actors.contains(where: { $0.code == mentions.code(k) }) {
      for t in memory.targets where t.code != mentions.code(k) {
        out.append(
          Candidate(
            source: Argument(mentions, k), target: t, rule: "followed-suit", confidence: 0.7,
            antecedent: memory.sentence, relation: memory.relation))
      }
    }
    return out
  }
}
