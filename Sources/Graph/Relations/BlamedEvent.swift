/// English: the one blamed for an attack told in an earlier sentence without its author is
/// that author. "A car bomb killed 12 Spanish soldiers. Police blamed ETA." (ETA strikes
/// Spain), "... blamed ETA for the attack", "... blamed the bombing on ETA", "... accused ETA of
/// carrying out the attack", "Police said ETA was behind the attack".
extension SentenceContext {
  /// The mentions (indices) a cue of blame names as the author of the attack told before: the
  /// object of a verb of blame (`accusation`) that ends its clause ("blamed ETA.") or is
  /// followed by "for"/"of" and the told act ("blamed ETA for the ambush"), the one after "on"
  /// in "blamed the attack on"; for a verdict of blame ("was behind the attack", "was
  /// responsible for the bombing") the subject before it. `told` is the victim's code.
  func authorsBlamed(_ cue: Lexicon.Match, told: String) -> [Int] {
    guard !isArabic(cue.tokenStart) else { return [] }
    if cue.entry.frame == .verdict {
      // Only verdicts that lay an act on someone, with the act told before in or after them.
      guard
        (cue.tokenStart..<cue.tokenEnd).contains(where: {
          tokens.norm($0).equalsWord("behind") || isMarker($0, .responsibility)
            || lexicon.isWholeWordMarker(tokens, $0, .accusation)
        }),
        let act = (cue.tokenStart..<min(range.upperBound, cue.tokenEnd + 3)).first(where: {
          isMarker($0, .attackNoun)
        }),
        namesToldAct(act, told: told),
        let k = nearestBefore(cue.tokenStart, sameClause: true, subjectsOnly: true, maxDistance: 4)
      else { return [] }
      return groupBackward(k)
    }
    guard cue.entry.frame == .verb, lexicon.isWholeWordMarker(tokens, cue.tokenStart, .accusation)
    else { return [] }
    // "blamed the attack on ETA".
    let end = min(range.upperBound, cue.tokenEnd + 3)
    if let act = (cue.tokenEnd..<end).first(where: { isMarker($0, .attackNoun) }) {
      guard act + 1 < range.upperBound, tokens.norm(act + 1).equalsWord("on"),
        namesToldAct(act, told: told),
        let k = firstAfter(act + 2, sameClause: true, maxDistance: 2)
      else { return [] }
      return groupForward(k)
    }
    guard let g = object(after: cue.tokenEnd, excluding: [told], maxDistance: 3),
      let last = g.last
    else { return [] }
    let e = mentions[last].tokenEnd
    // "Police blamed ETA.", "... blamed ETA, saying ...": a bare blame is of the act told.
    if e >= range.upperBound || tokens[e].kind == .stop || tokens[e].kind == .comma {
      return tokens.norm(cue.tokenStart).hasPrefix("blam") ? g : []
    }
    // "blamed ETA for the attack", "accused ETA of carrying out the bombing".
    guard tokens.norm(e).equalsWord("for") || tokens.norm(e).equalsWord("of"),
      let act = (e + 1..<min(range.upperBound, e + 5)).first(where: { isMarker($0, .attackNoun) }),
      namesToldAct(act, told: told)
    else { return [] }
    return g
  }
}

extension Extractor {
  /// The pairs of an English cue of blame for the attack told within `AttackMemory.window`
  /// sentences before with no author named (or one no actor names: "Gunmen killed ..."): each
  /// one blamed strikes its victim (the relation stated by the rule; the blame's own stance
  /// stays with the cue's rule).
  func blamedEventPairs(
    _ ctx: SentenceContext, _ cue: Lexicon.Match, _ sentence: Sentence, _ memory: AttackMemory?
  ) -> [Candidate] {
    guard cue.entry.relation == .opposes, let m = memory, m.source?.code.isEmpty ?? true,
      let victim = m.target,
      m.sentence.index < sentence.index, sentence.index - m.sentence.index <= AttackMemory.window
    else { return [] }
    return ctx.authorsBlamed(cue, told: victim.code).compactMap { k in
      guard ctx.mentions[k].code != victim.code, !ctx.mentions[k].code.isEmpty else { return nil }
      return Candidate(
        source: Argument(ctx.mentions, k), target: victim, rule: "blamed-event", confidence: 0.7,
        antecedent: m.sentence, relation: .strikes)
    }
  }
}

extension SentenceContext {
  /// English: a told attack noun right after a verb of claim or authorship (`claim_verb`:
  /// "claimed the attack", "carried out the bombing", "staged this attack"), "out" allowed
  /// between the verb and the determiner.
  func claimsToldAttack(_ cue: Lexicon.Match) -> Bool {
    let d = cue.tokenStart - 1
    guard !isArabic(cue.tokenStart), d > range.lowerBound, tokens[d].kind == .latin,
      lexicon.isWholeWordMarker(tokens, d, .toldDeterminer)
    else { return false }
    var v = d - 1
    if tokens.norm(v).equalsWord("out"), v > range.lowerBound { v -= 1 }
    // "claimed the attack was staged": the noun opens a clause of its own.
    if cue.tokenEnd < range.upperBound, isMarker(cue.tokenEnd, .lightVerb) { return false }
    return tokens[v].kind == .latin && lexicon.isWholeWordMarker(tokens, v, .claimVerb)
  }
}

extension Extractor {
  /// English: the victim of the attack told before answers it. "Israeli jets struck Houthi-held
  /// Hodeidah. The Houthis vowed to retaliate." (a verb of response, `response_verb`, that ends
  /// its clause: the victim opposes the attacker); "Al-Shabaab attacked a Kenyan base. Troops
  /// repelled the assault." (a verb of force whose object is the bare attack noun: the victim
  /// strikes the attacker); "South Korea returned fire" (a verb of force made an answer by a
  /// word of `answer_word`, with no actor after it in its clause: the same). Only the victim's
  /// own answer: its subject is the told target.
  func responsePairs(
    _ ctx: SentenceContext, _ cue: Lexicon.Match, _ sentence: Sentence, _ memory: AttackMemory?
  ) -> [Candidate] {
    guard !ctx.isArabic(cue.tokenStart), cue.entry.frame == .verb, let m = memory,
      let attacker = m.source, !attacker.code.isEmpty, let victim = m.target,
      m.sentence.index < sentence.index, sentence.index - m.sentence.index <= AttackMemory.window,
      let group = ctx.subject(of: cue)?.group, let s = group.first,
      ctx.mentions[s].code == victim.code,
      // "Hamas condemned the strike as a massacre": after an article the word is a noun.
      !Self.inEnglishNounSlot(ctx.tokens, ctx.range, cue.tokenStart, ctx.lexicon)
    else { return [] }
    let end = cue.tokenEnd
    let answers: Bool
    switch cue.entry.relation {
    case .opposes:
      answers =
        ctx.lexicon.isMarker(ctx.tokens, cue.tokenStart, .responseVerb)
        && (end >= ctx.range.upperBound || ctx.tokens[end].kind == .stop
          || ctx.tokens[end].kind == .comma)
    case .strikes:
      let clause = ctx.clauseOf(cue.tokenStart)
      answers =
        ctx.objectIsBareAttack(cue, subject: group)
        || (ctx.isAnswerCue(cue)
          && !ctx.mentions.contains(where: {
            $0.tokenStart >= end && ctx.clauseOf($0.tokenStart) == clause
          }))
    default:
      answers = false
    }
    guard answers else { return [] }
    return [
      Candidate(
        source: Argument(ctx.mentions, s), target: attacker, rule: "response-event",
        confidence: 0.7, antecedent: m.sentence)
    ]
  }
}
