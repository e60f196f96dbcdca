/// The last attack a document told, so that a later sentence can name it without its actors:
/// "X condemned the attack" (X opposes its agent), "Y claimed responsibility for the attack"
/// (Y strikes its target).
struct AttackMemory {
  /// The sentence that told the attack.
  var sentence: Sentence
  /// Its agent and target, where that sentence named them.
  var source: Argument?
  var target: Argument?

  /// How many sentences back an attack may be named again by a bare noun.
  static let window = 2
}

extension SentenceContext {
  /// The named side of an attack cue whose rule found no pair: the victim of an English passive
  /// ("six NATO soldiers were killed"), else a verb's object or the subject before it. Nothing
  /// for a definite noun ("the attack", "الهجوم"), which names an attack told before, nor for an
  /// Arabic subject after the verb and a number, the victims of a passive ("قتل عشرة جنود أتراك").
  func partialAttack(_ cue: Lexicon.Match) -> (source: Argument?, target: Argument?) {
    let arabic = isArabic(cue.tokenStart)
    if arabic ? cue.proclitic.hasByteSuffix(ArabicClitics.article) : isDeterminedNoun(cue) {
      return (nil, nil)
    }
    if !arabic, cue.entry.frame == .verb, isEnglishPassive(cue) {
      let t = nearestBefore(cue.tokenStart, sameClause: true, subjectsOnly: true, maxDistance: 8)
      return (nil, t.map { Argument(mentions[$0]) })
    }
    guard cue.entry.frame == .verb else { return (nil, nil) }
    var source: Argument?
    if let s = subject(of: cue), !(arabic && s.after && countsVictims(cue)), let k = s.group.first {
      source = Argument(mentions[k])
    }
    // The object comes after a VSO subject.
    let target = object(after: cue.tokenEnd, excluding: Set(source.map { [$0.code] } ?? []))?
      .first.map { Argument(mentions[$0]) }
    return (source, target)
  }

  /// English: a determiner right before the cue makes it a noun naming a known event.
  func isDeterminedNoun(_ cue: Lexicon.Match) -> Bool {
    cue.tokenStart > range.lowerBound && isMarker(cue.tokenStart - 1, .determiner)
  }

  /// Whether the object of the cue is a bare attack noun ("condemned the attack", "ندد
  /// بالهجوم"): an attack or event noun within three words, with no actor named before it.
  /// The verb's subject (`subject`, mention indices) may stand between in VSO order.
  func objectIsBareAttack(_ cue: Lexicon.Match, subject: [Int]) -> Bool {
    let end = min(range.upperBound, cue.tokenEnd + 3)
    guard
      let k = (cue.tokenEnd..<end).first(where: { j in
        [Marker.attackNoun, .eventNoun].contains {
          isMarker(j, $0) || (isArabic(j) && lexicon.isArticleMarker(tokens[j], $0))
        }
      })
    else { return false }
    // An actor before the noun or right after it names another event ("the Turkish attack",
    // "the attack by X", "الهجوم التركي").
    let after = min(range.upperBound, k + 3)
    return !mentions.indices.contains { i in
      !subject.contains(i) && mentions[i].tokenStart >= cue.tokenEnd
        && mentions[i].tokenStart < after
    }
  }

  /// Whether the attack noun cue is claimed ("claimed responsibility for the attack", "أعلن
  /// مسؤوليته عن الهجوم", "تبنى الهجوم").
  func isClaimedAttack(_ cue: Lexicon.Match) -> Bool {
    let lo = max(range.lowerBound, cue.tokenStart - 8)
    let c = clauseOf(cue.tokenStart)
    return (lo..<cue.tokenStart).contains { j in clauseOf(j) == c && isMarker(j, .responsibility) }
  }

  /// The claimant of a claimed attack noun: the subject of the light verb before it.
  func claimant(_ cue: Lexicon.Match) -> Argument? {
    let k =
      isArabic(cue.tokenStart)
      ? arabicLightVerbSubject(before: cue.tokenStart) : lightVerbSubject(before: cue.tokenStart)
    return k.map { Argument(mentions[$0]) }
  }
}

extension Extractor {
  /// Pairs for a cue whose own sentence lacks one side, taken from the last attack told within
  /// `AttackMemory.window` sentences: a condemnation of the bare attack opposes its agent; a claim
  /// of it strikes its target; the pairs carry the earlier sentence as `antecedent`. Empty when
  /// neither applies.
  func pairsFromMemory(
    _ ctx: SentenceContext, _ cue: Lexicon.Match, _ sentence: Sentence, _ memory: AttackMemory?
  ) -> [Candidate] {
    guard let m = memory, sentence.index - m.sentence.index <= AttackMemory.window,
      m.sentence.index < sentence.index
    else { return [] }
    if cue.entry.relation == .opposes, cue.entry.frame == .verb, let agent = m.source,
      let group = ctx.subject(of: cue)?.group, let s = group.first,
      ctx.objectIsBareAttack(cue, subject: group)
    {
      let src = Argument(ctx.mentions[s])
      guard src.code != agent.code else { return [] }
      return [
        Candidate(
          source: src, target: agent, rule: "condemned-event", confidence: 0.7,
          antecedent: m.sentence)
      ]
    }
    if cue.entry.relation == .strikes, let victim = m.target,
      ctx.isClaimedAttack(cue), let src = ctx.claimant(cue), src.code != victim.code
    {
      return [
        Candidate(
          source: src, target: victim, rule: "claimed-event", confidence: 0.7,
          antecedent: m.sentence)
      ]
    }
    return []
  }
}
