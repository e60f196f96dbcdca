/// The authors of the last decision a document told ("China's parliament approved a law",
/// "أصدر مجلس الأمن قرارا", "أقر البرلمان قانونا"), so that a later reaction that names the
/// decision by its noun ("Taipei condemned the law", "وانتقدت موسكو القرار", "welcomed the
/// resolution") concerns them, up to `window` sentences on.
struct DecisionMemory {
  /// The sentence that told the decision.
  var sentence: Sentence
  /// Who adopted it.
  var authors: [Argument]
  /// The codes of the other actors its sentence named (whom it may concern: "France has
  /// decided to bring back its ambassador ... with the junta"); their welcome of it backs no
  /// author.
  var others: [String] = []

  /// How many sentences back a decision may be named again by its noun.
  static let window = 10
}

extension SentenceContext {
  /// The authors of a decision this sentence tells: a noun of `decision_noun` after a verb of
  /// `adopting_verb` in its clause (up to seven words between, "approved a new law",
  /// "conducted its sixth and most powerful nuclear test"; in Arabic the subject stands between,
  /// "أصدر مجلس الأمن قرارا"), and the verb's
  /// subject: in English the actor before it, in Arabic the actor after it or, with none there,
  /// before it. Nil when the sentence tells none; empty when it names no subject.
  func decisionAuthors() -> [Argument]? {
    var unnamed = false
    for j in range where lexicon.isMarker(tokens, j, .decisionNoun) && !inMention(j) {
      let arabic = tokens[j].kind == .arabic
      let c = clauseOf(j)
      // (Arabic: a subject with a title and a time between, "تبنى مجلس حقوق الإنسان التابع
      // للأمم المتحدة أمس الثلاثاء قراراً".)
      let from = max(range.lowerBound, j - (arabic ? 10 : 8))
      // ("قرر مجلس الجامعة تعليق ...", "decided to": a verb of deciding, in both lists, tells
      // the decision itself.)
      guard
        let v = (from...j).last(where: {
          clauseOf($0) == c && tokens[$0].kind == tokens[j].kind
            && lexicon.isMarker(tokens, $0, .adoptingVerb)
        })
      else {
        // "India's new citizenship law", "the Swiss ban": an English decision its actor owns.
        // "بعد ساعات من قرار قمة الرابطة": an Arabic decision in construct with its author.
        if let k = arabic ? arabicDecisionOwner(j) : decisionOwner(j) {
          return groupBackward(k).map { Argument(mentions, $0) }
        }
        continue
      }
      if arabic {
        // (Right after the verb, or after one or two words of title, "أقر وزراء خارجية الاتحاد
        // الأوروبي": "قرر المجلس دعوة أطراف المعارضة السورية" names no subject.)
        if let k = mentions.firstIndex(where: {
          $0.tokenStart > v && $0.tokenStart <= v + 3 && (v == j || $0.tokenEnd <= j)
        }),
          !isOblique(at: k)
        {
          return groupForward(k).map { Argument(mentions, $0) }
        }
        // Only words no actor names between the verb and the noun.
        if let k = nearestBefore(v, sameClause: true, subjectsOnly: true, maxDistance: 2) {
          return groupBackward(k).map { Argument(mentions, $0) }
        }
        unnamed = unnamed || !mentions.contains(where: { $0.tokenStart > v && $0.tokenEnd <= j })
        continue
      }
      guard v == j || !mentions.contains(where: { $0.tokenStart > v && $0.tokenStart < j }),
        let k = nearestBefore(v, sameClause: true, subjectsOnly: true, maxDistance: 6)
      else { continue }
      return groupBackward(k).map { Argument(mentions, $0) }
    }
    return unnamed ? [] : nil
  }

  /// Arabic: the genitive of a decision noun in construct, "قرار مجلس الأمن", "قرار قمة الرابطة"
  /// (past one word of `event_head`), "إجراءات إسرائيل", "قرار الحكومة" (a description): the
  /// noun has no article and no accusative ending ("قراراً" is no construct); not "حظر" ("حظر
  /// حزب الله" bans the party).
  private func arabicDecisionOwner(_ j: Int) -> Int? {
    let w = tokens.norm(j)
    guard !ArabicClitics.hasArticleReading(w), !w.hasByteSuffix("\u{0627}"),
      !w.sameBytes("\u{062D}\u{0638}\u{0631}"), j + 1 < range.upperBound, isArabic(j + 1)
    else { return nil }
    let at = isMarker(j + 1, .eventHead) ? j + 2 : j + 1
    return mentions.firstIndex {
      $0.tokenStart == at && ($0.form == .name || $0.form == .anaphor) && $0.proclitic.isEmpty
        && !$0.code.isEmpty
    }
  }

  /// English: the actor that owns the decision noun at `j`, by a possessive ("India's new
  /// citizenship law", at most two words between) or as a nisba right before it or one word
  /// before it ("the Swiss ban", "the Indian citizenship law").
  private func decisionOwner(_ j: Int) -> Int? {
    if let k = possessor(before: j) { return k }
    let p = j - 1
    guard p > range.lowerBound, tokens[p].kind == .latin else { return nil }
    let end = !tokens[p].capitalized && !isMarker(p, .preposition) ? p : j
    return mentions.lastIndex {
      $0.tokenEnd == end && $0.form == .adjective && $0.tokenStart > range.lowerBound
        && isMarker($0.tokenStart - 1, .determiner)
    }
  }

  /// "Chen's government condemned the law", "وانتقدت موسكو القرار", "ورحبت واشنطن بالقرار": a
  /// verb of opposition (or of welcome) whose object is a decision's noun, with no actor after
  /// it, concerns the authors of the decision `memory` told in an earlier sentence of the
  /// window; its subject opposes (or backs) each. Not a subject that was one of them. So does
  /// an Arabic noun of opposition after its actor ("وأعلنت الصين معارضتها الحازمة للتجربة",
  /// "وسارعت باكستان إلى انتقاد التجربة").
  func decisionReactionPairs(
    _ cue: Lexicon.Match, _ memory: DecisionMemory?, sentence: Sentence
  ) -> [Candidate] {
    let noun = cue.entry.frame == .noun
    guard let memory, memory.sentence.index < sentence.index,
      sentence.index - memory.sentence.index <= DecisionMemory.window,
      cue.entry.frame == .verb || (noun && isArabic(cue.tokenStart)),
      cue.entry.relation == .opposes
        || (cue.entry.relation == .supports
          && lexicon.isMarker(tokens, cue.tokenStart, .welcomeVerb)),
      // (A decision's noun near the verb first: the subject is dearer to find.)
      (cue.tokenEnd..<min(range.upperBound, cue.tokenEnd + 8)).contains(where: {
        lexicon.isMarker(tokens, $0, .decisionNoun)
      }),
      let (group, after) = objectFirstSubject(cue, noun: noun) ?? reactingSubject(cue, noun: noun),
      !group.isEmpty
    else { return [] }
    let told =
      after && mentions.tokenStart(group[0]) > cue.tokenEnd
        && lexicon.isMarker(tokens, cue.tokenEnd, .decisionNoun) && !inMention(cue.tokenEnd)
      ? cue.tokenEnd
      : tokens[cue.tokenStart].kind == .arabic
        ? arabicToldNoun(after: cue, subject: group, after: after, in: .decisionNoun)
        : after
          ? nil
          : toldNoun(after: cue, in: .decisionNoun).flatMap { n in
            mentions.contains(where: { $0.tokenStart > n && $0.tokenStart <= n + 3 }) ? nil : n
          }
    guard told != nil else { return [] }
    // (A welcome by one the decision concerns backs no author.)
    let sources = group.map { Argument(mentions, $0) }.filter {
      cue.entry.relation == .opposes || !memory.others.contains($0.code)
    }
    return Candidate.reactions(
      of: sources, to: memory.authors, rule: "decision-reaction", confidence: 0.7,
      antecedent: memory.sentence)
  }

  /// "ووصفت وزارة الخارجية الفرنسية القرار بأنه "غير مبرر"", "The White House called the law
  /// unacceptable": a verdict (frame `verdict`) on a decision named by its noun, with no actor
  /// between them, judges the authors of the decision `memory` told in an earlier sentence of
  /// the window; the speaker (or the subject of a verb of naming) opposes or backs each. Not a
  /// speaker that was one of them.
  func decisionVerdictPairs(
    _ cue: Lexicon.Match, _ memory: DecisionMemory?, sentence: Sentence, speaker: Argument?
  ) -> [Candidate] {
    guard let memory, cue.entry.frame == .verdict, memory.sentence.index < sentence.index,
      sentence.index - memory.sentence.index <= DecisionMemory.window,
      let judge = verdictJudge(cue, on: .decision, speaker: speaker),
      cue.entry.relation == .opposes || !memory.others.contains(judge.code)
    else { return [] }
    return Candidate.reactions(
      of: [judge], to: memory.authors,
      rule: verdictRuleName("decision-verdict", speaker: judge), confidence: 0.7,
      antecedent: memory.sentence)
  }

  /// Arabic: the subject after a decision's noun right after the verb, "وعارض القرار لبنان
  /// واليمن", "وعارضت القرار كل من سوريا ولبنان" (the object before the subject).
  private func objectFirstSubject(_ cue: Lexicon.Match, noun: Bool) -> (group: [Int], after: Bool)?
  {
    let n = cue.tokenEnd
    guard !noun, isArabic(cue.tokenStart), cue.enclitic.isEmpty, n + 1 < range.upperBound,
      lexicon.isMarker(tokens, n, .decisionNoun), !inMention(n),
      let k = mentions.firstIndex(where: {
        $0.tokenStart == n + 1 || ($0.tokenStart == n + 3 && isEachOf(n + 2))
      }), mentions[k].proclitic.isEmpty
    else { return nil }
    return (groupForward(k), true)
  }

  /// The subject of a reaction: a verb's (`subject(of:)`), or for a noun the actor named last
  /// before it in its clause.
  /// The noun must carry a pronoun of its actor ("معارضتها") or follow "إلى" ("سارعت باكستان
  /// إلى انتقاد"): "اقتحم موالون ... سفارتي السعودية وقطر احتجاجا على القرار" names the
  /// embassies' states, not who protests.
  private func reactingSubject(_ cue: Lexicon.Match, noun: Bool) -> (group: [Int], after: Bool)? {
    guard noun else { return subject(of: cue) }
    let p = cue.tokenStart - 1
    guard
      !cue.enclitic.isEmpty
        || (p >= range.lowerBound && tokens.kind(p) == .arabic && isMarker(p, .destination))
    else { return nil }
    return nearestBefore(cue.tokenStart, sameClause: true, subjectsOnly: true, maxDistance: 6).map {
      (groupBackward($0), false)
    }
  }
}
