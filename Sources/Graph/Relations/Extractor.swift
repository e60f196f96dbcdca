/// Reads documents and returns typed relations with provenance (the extraction pipeline).
public struct Extractor: Sendable {
  public let matcher: ActorMatcher
  public let lexicon: Lexicon
  public let titles: TitleRecognizer?
  /// The words of all three dictionaries, looked up once per token.
  let index: WordIndex
  /// Codes of the gazetteer's persons.
  let personCodes: Set<String>

  public init(gazetteer: Gazetteer, lexicon: Lexicon, titles: TitleRecognizer? = nil) {
    var matcher = ActorMatcher(gazetteer: gazetteer)
    matcher.phraseOpeners = Set(
      ["complementizer", "preposition", "relative"].flatMap { list in
        ["_ar", "_en"].flatMap { lexicon.markers[list + $0] ?? [] }
      })
    var lexicon = lexicon
    var titles = titles
    let index = WordIndex(matcher: matcher, lexicon: lexicon, titles: titles)
    matcher.compile(with: index)
    lexicon.compile(with: index)
    titles?.compile(with: index)
    self.matcher = matcher
    self.lexicon = lexicon
    self.titles = titles
    self.index = index
    self.personCodes = Set(gazetteer.entries.filter { $0.kind == .person }.map(\.code))
  }

  /// The built-in gazetteer (plus `extraActors`) and lexicon.
  public static func standard(extraActors: [GazetteerEntry] = []) throws -> Extractor {
    var g = try Gazetteer.builtIn()
    g.merge(extraActors)
    return Extractor(
      gazetteer: g, lexicon: try Lexicon.builtIn(), titles: try TitleRecognizer.builtIn())
  }

  /// All relations found in `doc`, in reading order. Negated statements yield no relation.
  public func extract(_ doc: Document) -> [Relation] {
    trace(doc, unmatched: false).relations
  }

  /// Relations of `doc` and what was left unmatched (nothing unless `collectUnmatched`).
  public func trace(_ doc: Document, unmatched collectUnmatched: Bool = true) -> DocumentTrace {
    // The tokenizer reads the text's UTF-8; texts of tokens are cut from the same bytes.
    let bytes = doc.utf8
    let tokens = bytes.withUnsafeBufferPointer { Tokenizer.tokenize(utf8: $0, index: index) }
    /// The text from the start of token `a` to the end of token `b`.
    func text(_ a: Int, _ b: Int) -> String {
      String(
        decoding: bytes[Int(tokens[a].byteStart)..<Int(tokens[b].byteEnd)], as: UTF8.self)
    }
    let sentences = SentenceSplitter.split(tokens)
    var speaker: Argument?
    var out: [Relation] = []
    var unmatched: [Unmatched] = []
    // By surname; folded words compare by their bytes (`FoldedKey`).
    var people: [FoldedKey: TitleRecognizer.Person] = [:]
    // The word endings of `people`'s surnames, added to when `people` gains one (a name that
    // left `people` keeps its endings: the look-up in `people` then finds nothing).
    var surnameEndings = SurnameEndings([String]())
    var clashingNames = Set<FoldedKey>()
    var cueScratch = CueScratch()
    // Working space of `matcher.mentions`, kept from sentence to sentence.
    var foundPatterns: [Int] = []
    let anaphora = DefiniteAnaphora(gazetteer: matcher.gazetteer, lexicon: lexicon)
    var named = DefiniteAnaphora.Memory()
    var lastAttack: AttackMemory?
    var lastGroup: GroupMemory?
    let forces = DomesticForces(lexicon: lexicon, gazetteer: matcher.gazetteer)
    var states = DomesticForces.Memory()
    for s in sentences {
      // The sentence's text, made only when a relation or an unmatched item needs it.
      var evidenceText: String?
      func evidence() -> String {
        if let e = evidenceText { return e }
        let e = text(s.tokenRange.lowerBound, s.tokenRange.upperBound - 1)
        evidenceText = e
        return e
      }
      func note(_ kind: Unmatched.Kind, _ a: Int, _ b: Int, _ actors: [String]) {
        guard collectUnmatched else { return }
        unmatched.append(
          Unmatched(
            kind: kind, doc: doc.id, sentence: s.index,
            text: text(a, b - 1), actors: actors,
            evidence: evidence(), span: [s.start, s.end]))
      }
      var ms = matcher.dropModifiers(
        matcher.mentions(in: tokens, range: s.tokenRange, date: doc.date, found: &foundPatterns),
        tokens, lexicon: lexicon)
      // "كلاوس" is no "ك + لاوس": a short name read with the proclitic ك (as, like) is rare
      // and usually a foreign name's first letter.
      ms.removeMatching { m in
        m.form == .name && m.proclitic.last == "\u{0643}"
          && tokens[m.tokenStart].norm.unicodeScalars.count - m.proclitic.unicodeScalars.count <= 4
      }
      // "(الفرنسية)", "(AFP)": a news agency's credit in brackets names no actor.
      ms.removeMatching { m in
        m.form == .adjective && m.tokenStart > s.tokenRange.lowerBound
          && m.tokenEnd < s.tokenRange.upperBound && tokens[m.tokenStart - 1].norm == "("
          && tokens[m.tokenEnd].norm == ")"
      }
      var cues = findCues(tokens, s.tokenRange, ms, scratch: &cueScratch)
      // Optional chaining calls the recognizer in place (an `if let` copies it per sentence).
      var surnamed = titles?.surnameMentions(
        tokens, range: s.tokenRange, people: people, endings: surnameEndings, existing: ms)
      // "الرئيس بري", "رئيس الوزراء المالكي": a word the gazetteer keeps ambiguous names the
      // person right after a title; later in the document the word alone does too.
      if let before = surnamed {
        let titled = titledPeople(tokens, s.tokenRange, before, date: doc.date)
        if !titled.isEmpty {
          for m in titled {
            let name = tokens[m.tokenStart..<m.tokenEnd].map(\.norm).joined(separator: " ")
            people[FoldedKey(name)] = TitleRecognizer.Person(
              code: m.actor, name: name, affiliation: m.code, surname: name)
            surnameEndings.add(name)
          }
          surnamed = (before + titled).sorted { $0.tokenStart < $1.tokenStart }
        }
      }
      if let surnamed,
        let found = titles?.recognise(tokens, range: s.tokenRange, mentions: surnamed, cues: cues)
      {
        ms = found.mentions
        for p in found.people {
          people[FoldedKey(p.surname)] = p
          surnameEndings.add(p.surname)
        }
        learnShortNames(
          ms, tokens, into: &people, clashes: &clashingNames, endings: &surnameEndings)
        for r in found.unaffiliated { note(.unknownNameAfterTitle, r.lowerBound, r.upperBound, []) }
        if !found.people.isEmpty {
          // Cue words inside a title phrase ("المتحدث باسم") belong to the person now.
          cues.removeMatching { c in
            ms.contains { $0.tokenStart < c.tokenEnd && c.tokenStart < $0.tokenEnd }
          }
        }
      }
      // After the titles, which read their own place phrases ("ambassador in Syria Ali Bakr").
      ms = dropPostings(ms, tokens, s.tokenRange)
      ms = anaphora.resolve(
        tokens, range: s.tokenRange, sentence: s.index, mentions: ms, memory: &named)
      // The main state is the earlier sentences': this one's may all be foreign.
      let stated = ms
      ms = forces.resolve(tokens, range: s.tokenRange, mentions: ms, memory: states)
      forces.learn(stated, into: &states)
      let groupBefore = lastGroup
      GroupMemory.update(&lastGroup, s, ms)
      // What is left reads cues: a sentence without a speech cue, and without an actor or a
      // relation cue, yields nothing more (and changes nothing for later sentences) unless the
      // unmatched items are wanted. A speech cue always counts, even with no actor: it may name
      // a new speaker ("وقال وزير الدولة لشؤون الإعلام:"), which changes who "we" is after it.
      // A joint act may name the actors of an earlier sentence with a plural description
      // ("the two countries": `pairsFromGroup`).
      // The cues are tested by index, in place: `contains(where:)` on the array copied each.
      let groupCue =
        groupBefore != nil
        && cues.indices.contains(where: {
          let frame = cues[$0].entry.frame
          return (frame == .joint || frame == .meet || frame == .verb)
            && cues[$0].entry.relation != nil
        })
      guard
        collectUnmatched || cues.indices.contains(where: { cues[$0].entry.frame == .speech })
          || (!ms.isEmpty && cues.indices.contains(where: { cues[$0].entry.relation != nil }))
          || groupCue
      else { continue }
      // Speech verbs set the speaker before "بلاده" / first-person verbs are resolved.
      var ctx = SentenceContext(tokens: tokens, range: s.tokenRange, mentions: ms, lexicon: lexicon)
      ctx.personCodes = personCodes
      var localSpeaker: Argument?
      for ci in cues.indices where cues[ci].entry.frame == .speech || ctx.reportsSpeech(cues[ci]) {
        let cue = cues[ci]
        if let k = ctx.speakerMention(of: cue) {
          speaker = Argument(ms[k])
          localSpeaker = speaker
          break
        }
        // "وقال وزير الدولة لشؤون الإعلام:": a new speaker whom no actor names; a "we" or
        // "بلاده" after it is not the previous speaker's.
        if ctx.hasUnnamedSpeaker(cue) {
          speaker = nil
          break
        }
      }
      if ms.contains(where: { $0.form == .deictic }) {
        ms = ms.compactMap { m in
          guard m.form == .deictic else { return m }
          guard let sp = speaker else { return nil }
          var r = m
          r.code = sp.code
          r.actor = sp.actor
          return r
        }
        ctx.mentions = ms
      }
      ctx.gazetteer = matcher.gazetteer
      ctx.personCodes = personCodes
      // The sentence's actors, for unmatched items only.
      let codes =
        collectUnmatched ? Array(Set(ms.map(\.code).filter { !$0.isEmpty })).sorted() : []
      let hasRelationCue = cues.indices.contains { cues[$0].entry.relation != nil }
      if !hasRelationCue && codes.count >= 2, let f = ms.first, let l = ms.last {
        note(.actorsWithoutCue, f.tokenStart, l.tokenEnd, codes)
      }
      guard ms.count >= 1 || groupCue else {
        for c in cues where c.entry.relation != nil {
          note(.cueWithOneActor, c.tokenStart, c.tokenEnd, codes)
        }
        continue
      }
      var seen = Set<String>()
      var previousSubject: [Argument] = []
      for cue in cues {
        guard let type = cue.entry.relation else { continue }
        var candidates: [Candidate]
        switch cue.entry.frame {
        case .verb:
          candidates = ctx.verbRule(
            cue, speaker: speaker, localSpeaker: localSpeaker, previousSubject: previousSubject)
          if let first = candidates.first {
            previousSubject = [first.source]
          }
        case .noun: candidates = ctx.nounRule(cue)
        case .passive: candidates = ctx.passiveRule(cue)
        case .participle: candidates = ctx.participleRule(cue)
        case .agent: candidates = ctx.agentRule(cue)
        case .patron: candidates = ctx.patronRule(cue)
        case .joint: candidates = ctx.jointRule(cue)
        case .meet: candidates = ctx.meetRule(cue, speaker: speaker)
        case .demand: candidates = ctx.demandRule(cue, speaker: speaker)
        case .speech: candidates = []
        case .verdict: candidates = ctx.verdictRule(cue, speaker: localSpeaker)
        }
        if candidates.isEmpty {
          candidates = pairsFromMemory(ctx, cue, s, lastAttack)
        }
        if candidates.isEmpty {
          candidates = ctx.pairsFromGroup(cue, s, groupBefore)
        }
        if candidates.isEmpty {
          candidates = ctx.pairsFromGroupSubject(cue, s, groupBefore)
        }
        if candidates.isEmpty, let w = ctx.withdrawer(from: cue) {
          candidates = ctx.withdrawalPairs(cue, withdrawer: w)
        }
        if candidates.isEmpty {
          candidates = ctx.clauseReactionPairs(cue)
        }
        if candidates.isEmpty {
          candidates = ctx.blamePairs(cue)
        }
        if candidates.isEmpty {
          // An attack told with one side named: a later sentence may name it again.
          if type == .strikes, negation(ctx, cue) == nil, !isHypothetical(ctx, cue) {
            let p = ctx.partialAttack(cue)
            if let m = lastAttack, m.sentence.index == s.index, p.source != nil || p.target != nil {
              // "attacked a police station ..., killing 10 policemen": one attack told twice;
              // the later cue's sides count, the earlier ones fill what it lacks, and where the
              // two would make one actor strike itself the earlier reading stays.
              let source = p.source ?? m.source
              let target = p.target ?? m.target
              lastAttack =
                source?.code == target?.code
                ? m : AttackMemory(sentence: s, source: source, target: target)
            } else if p.source != nil || p.target != nil {
              lastAttack = AttackMemory(sentence: s, source: p.source, target: p.target)
            }
          }
          note(
            codes.count >= 2 ? .cueWithoutArguments : .cueWithOneActor, cue.tokenStart,
            cue.tokenEnd, codes)
          continue
        }
        var relationType = type
        // A refused cue gives the relation the refusal expresses; it is stated, not denied.
        var refused = false
        let political = cue.entry.towardPolitics
        if let by = negation(ctx, cue) {
          // "رفض التفاوض مع X", "refused to support X": a refusal of cooperation opposes.
          guard ctx.isMarker(by, .refusal), let opposite = cue.entry.whenRefused else {
            note(.negated, cue.tokenStart, cue.tokenEnd, codes)
            continue
          }
          relationType = opposite
          refused = true
        } else if let opposite = cue.entry.whenRefused, let w = ctx.withdrawer(from: cue) {
          // "انسحبت الولايات المتحدة من الاتفاق مع إيران": leaving a joint act is refusing it;
          // the one who leaves is the source.
          relationType = opposite
          refused = true
          let leaving = ctx.mentions[w].code
          candidates = candidates.compactMap { c in
            if c.source.code == leaving { return c }
            guard c.target.code == leaving else { return nil }
            var r = c
            swap(&r.source, &r.target)
            return r
          }
        }
        let hypothetical = isHypothetical(ctx, cue)
        if relationType == .strikes, !refused, !hypothetical, let c = candidates.first {
          lastAttack = AttackMemory(sentence: s, source: c.source, target: c.target)
        }
        let cueText = text(cue.tokenStart, cue.tokenEnd - 1)
        for c in candidates where c.source.code != c.target.code && !c.source.code.isEmpty {
          // "نصر الله يهاجم قوى 14 آذار", "attacked the UN chief": words aimed at a person, party
          // or organisation.
          // (Not for a target named in an earlier sentence: its context is not this one.)
          let relationType =
            !refused && political != nil && c.antecedent == nil && isPolitical(c.target, ctx)
            ? political ?? relationType
            : relationType
          // "قاتل", "war against": fighting states a stance as well as force.
          let also = refused || relationType != type ? nil : cue.entry.alsoStates
          for relationType in [relationType] + (also.map { [$0] } ?? []) {
            var a = c.source.code
            var b = c.target.code
            if relationType.isSymmetric && b < a { swap(&a, &b) }
            guard seen.insert("\(a)|\(relationType.rawValue)|\(b)").inserted else { continue }
            out.append(
              Relation(
                doc: doc.id, sentence: s.index, source: c.source.code, relation: relationType,
                target: c.target.code, cue: cueText,
                evidence: c.antecedent.map {
                  text($0.tokenRange.lowerBound, s.tokenRange.upperBound - 1)
                }
                  ?? evidence(),
                span: [c.antecedent?.start ?? s.start, s.end],
                sourceText: text(c.source.tokenStart, c.source.tokenEnd - 1),
                targetText: text(c.target.tokenStart, c.target.tokenEnd - 1),
                negated: false, hypothetical: hypothetical,
                confidence: (cue.entry.confidence * c.confidence * 100).rounded() / 100,
                rule: "\(cue.entry.frame.rawValue)/\(c.rule) \(cue.entry.origin)",
                sourceActor: c.source.actor == c.source.code ? nil : c.source.actor,
                targetActor: c.target.actor == c.target.code ? nil : c.target.actor,
                date: doc.date.map { String($0.prefix(10)) }))
          }
        }
      }
    }
    return DocumentTrace(relations: out, unmatched: unmatched)
  }

  /// Cues in the sentence, longest first, never inside an actor's name; a word that reads both
  /// as a verb and as a noun is a noun when it carries a preposition or the article.
  func findCues(_ tokens: [Token], _ range: Range<Int>, _ mentions: [Mention]) -> [Lexicon.Match] {
    var scratch = CueScratch()
    return findCues(tokens, range, mentions, scratch: &scratch)
  }

  /// Working space of `findCues`, kept by `trace` from sentence to sentence.
  struct CueScratch {
    var inMention: [Bool] = []
    var match = Lexicon.MatchScratch()
  }

  func findCues(
    _ tokens: [Token], _ range: Range<Int>, _ mentions: [Mention], scratch cs: inout CueScratch
  ) -> [Lexicon.Match] {
    // Tokens inside a mention, by position in the sentence (the list is kept at its longest
    // and its first `range.count` places reset: emptying and refilling it cost more).
    if cs.inMention.count < range.count {
      cs.inMention.append(contentsOf: repeatElement(false, count: range.count - cs.inMention.count))
    }
    for k in 0..<range.count { cs.inMention[k] = false }
    for m in mentions {
      for i in m.tokenStart..<m.tokenEnd where range.contains(i) {
        cs.inMention[i - range.lowerBound] = true
      }
    }
    var out: [Lexicon.Match] = []
    var i = range.lowerBound
    while i < range.upperBound {
      // A word inside an actor's name, or one that starts no cue, is skipped here (`match`
      // would find nothing).
      if cs.inMention[i - range.lowerBound] || !tokens[i].lex.may(TokenLex.cue) {
        i += 1
        continue
      }
      lexicon.match(tokens, at: i, limit: range.upperBound, into: &cs.match)
      if !cs.match.found.isEmpty {
        let inMention = cs.inMention
        cs.match.found.removeMatching { m in
          (m.tokenStart..<m.tokenEnd).contains { inMention[$0 - range.lowerBound] }
        }
      }
      // A symmetric noun read with the article ("الاتفاق", "المحادثات") mostly names an
      // event told before; it counts when "مع" follows it ("بالتنسيق مع X").
      // A cue that needs a later word ("حمّل ... المسؤولية", "held ... responsible").
      // ("قطعت X علاقاتها مع Y": a list read by name, `needsNamed`.)
      if cs.match.found.contains(where: { $0.entry.needs != nil || $0.entry.needsNamed != 0 }) {
        cs.match.found.removeAll { m in
          let end = min(range.upperBound, m.tokenEnd + CueEntry.needsReach)
          if let needed = m.entry.needs {
            // A destination is also a word with ل right after the cue ("زيارته لروسيا").
            if needed == .destination, m.tokenEnd < range.upperBound,
              tokens[m.tokenEnd].readingPrepositions.contains(ReadingPrepositions.lam)
            {
              return false
            }
            return !(m.tokenEnd..<end).contains { lexicon.isMarker(tokens, $0, needed) }
          }
          let bit = m.entry.needsNamed
          guard bit != 0 else { return false }
          let name = Marker.namedLists[bit.trailingZeroBitCount]
          return !(m.tokenEnd..<end).contains { lexicon.isMarker(tokens, $0, bit, name) }
        }
      }
      // A cue noun that names a group with the article ("المعارضة": the opposition, not the
      // act of opposing) is no cue then.
      if !cs.match.found.isEmpty {
        cs.match.found.removeMatching { m in
          guard m.proclitic.hasByteSuffix(ArabicClitics.article) else { return false }
          if m.entry.frame == .joint {
            // "انسحبت X من الاتفاق النووي": the act left is named by the article too; so is
            // one whose parties follow ("بالاتفاق بين X وY").
            return
              !(m.tokenEnd < range.upperBound
              && (lexicon.isMarker(tokens, m.tokenEnd, .with)
                || lexicon.isMarker(tokens, m.tokenEnd, .between)))
              && Withdrawal.preposition(
                tokens, range, cueStart: m.tokenStart, lexicon: lexicon,
                isMention: { j in mentions.contains { $0.tokenStart <= j && j < $0.tokenEnd } })
                == nil
          }
          return m.entry.frame == .noun && lexicon.isArticleMarker(tokens[m.tokenStart], .groupNoun)
        }
      }
      // "فجر اليوم", "فجر الأحد": a time word (dawn) before a day is no verb ("فجّر").
      if !cs.match.found.isEmpty, tokens[i].kind == .arabic,
        lexicon.isMarker(tokens, i, .adverb), i + 1 < range.upperBound,
        lexicon.isMarker(tokens, i + 1, .adverb) || lexicon.isMarker(tokens, i + 1, .timeNoun)
      {
        cs.match.found.removeMatching { $0.tokenStart == i && $0.entry.frame == .verb }
      }
      // The matches are read in place; only the one picked is copied out.
      guard !cs.match.found.isEmpty else {
        i += 1
        continue
      }
      // "أعلنت حركة حماس رفضها لـ...": a word with a pronoun suffix right after another
      // verb's subject is that verb's object, a verbal noun with its possessor.
      let afterSubject =
        tokens[i].kind == .arabic && tokens[i].lex.enclitic > 0
        && cs.match.found.contains(where: { $0.entry.frame == .noun })
        && mentions.contains(where: { m in
          m.tokenEnd == i && m.tokenStart > range.lowerBound
            && lexicon.match(tokens, at: m.tokenStart - 1, limit: m.tokenStart).contains {
              $0.entry.frame == .verb || $0.entry.frame == .speech
            }
        })
      let nounish = Self.readsAsNoun(cs.match.found[0].proclitic) || afterSubject
      let pick =
        cs.match.found.firstIndex {
          nounish ? $0.entry.frame != .verb && $0.entry.frame != .meet : true
        } ?? 0
      // Room for a few at once, not one more at a time.
      if out.isEmpty { out.reserveCapacity(4) }
      out.append(cs.match.found[pick])
      let last = out.count - 1
      // A verb read with a preposition or the article is its verbal noun ("بضرب", "الاستهداف"),
      // and so is one after a preposition ("على قتل").
      let afterPreposition =
        i > range.lowerBound && tokens[i - 1].kind == .arabic
        && lexicon.isMarker(tokens, i - 1, .preposition)
      if (nounish || afterPreposition) && out[last].entry.frame == .verb
        && tokens[i].kind == .arabic
      {
        out[last].entry.frame = .noun
      }
      i = out[last].tokenEnd
    }
    return out
  }

  /// People named by an ambiguous form of theirs (see `ActorMatcher.titledPerson`) right after
  /// a title in `range`, where no mention is.
  func titledPeople(_ tokens: [Token], _ range: Range<Int>, _ ms: [Mention], date: String?)
    -> [Mention]
  {
    var out: [Mention] = []
    var i = range.lowerBound
    while i < range.upperBound {
      guard tokens[i].lex.may(TokenLex.title),
        let n = titles?.titleLength(tokens, at: i, limit: range.upperBound)
      else {
        i += 1
        continue
      }
      let p = i + n
      i = p
      guard p < range.upperBound, !ms.contains(where: { $0.tokenStart <= p && p < $0.tokenEnd }),
        matcher.mayStartTitledPerson(tokens[p])
      else { continue }
      for len in [2, 1] where p + len <= range.upperBound {
        if let m = matcher.titledPerson(tokens, p..<(p + len), date: date),
          !ms.contains(where: { $0.tokenStart < p + len && p < $0.tokenEnd })
        {
          out.append(m)
          i = p + len
          break
        }
      }
    }
    return out
  }

  /// True when a cue's proclitic makes it read as a noun: it has ب or ل, or ends in the article.
  /// (Proclitics are plain letters: scalar tests say the same as String's, without Foundation.)
  static func readsAsNoun(_ proclitic: String) -> Bool {
    let pro = proclitic.unicodeScalars
    return pro.contains("\u{0628}") || pro.contains("\u{0644}")
      || pro.reversed().starts(with: ["\u{0644}", "\u{0627}"])
  }

  /// A person named in full ("Osama bin Laden", "جورج بوش") may later be named by one word
  /// of it in the same document ("Osama", "Bush", "بوش"): English first and last names,
  /// Arabic last names, of at least four letters. A word that two people of the document share
  /// names neither.
  /// The words learnt are added to `endings`. Returns true when `people` changed.
  @discardableResult
  func learnShortNames(
    _ ms: [Mention], _ tokens: [Token], into people: inout [FoldedKey: TitleRecognizer.Person],
    clashes: inout Set<FoldedKey>, endings: inout SurnameEndings
  ) -> Bool {
    var changed = false
    // The mentions are read in place and the words found without lists: most mentions are no
    // person's name of two words or more.
    func isWord(_ k: Int) -> Bool {
      tokens[k].kind == .arabic || (tokens[k].kind == .latin && tokens[k].capitalized)
    }
    for mi in ms.indices where ms[mi].form == .name && ms[mi].tokenEnd - ms[mi].tokenStart >= 2 {
      guard let e = matcher.gazetteer.actorIndex(ms[mi]),
        matcher.gazetteer.entries[e].kind == .person
      else { continue }
      let m = ms[mi]
      let span = m.tokenStart..<m.tokenEnd
      guard let last = span.last(where: isWord) else { continue }
      // The last word, then (English) the first when it is another.
      var second: Int?
      if tokens[last].kind == .latin, let first = span.first(where: isWord), first != last {
        second = first
      }
      for pick in 0..<2 {
        guard let k = pick == 0 ? last : second else { break }
        // Shorter words ("بري", "بوش") only when the entry lists the word alone as one of its
        // forms (then as written: "بوش" is no "ب" + "وش").
        let listed =
          tokens[k].norm.unicodeScalars.count < 6
          && listsAlone(e, tokens[k].norm)
        let w =
          tokens[k].kind == .arabic && !listed
          ? (tokens[k].articleReadings.last?.stem ?? tokens[k].norm) : tokens[k].norm
        let key = FoldedKey(w)
        guard w.unicodeScalars.count >= 4 || listed, !clashes.contains(key),
          !lexicon.isMarker(tokens, k, .personHead)
        else { continue }
        if let known = people[key], known.code != m.actor {
          people[key] = nil
          clashes.insert(key)
          changed = true
          continue
        }
        people[key] = TitleRecognizer.Person(
          code: m.actor, name: matcher.gazetteer.entries[e].name, affiliation: m.code, surname: w)
        endings.add(w)
        changed = true
      }
    }
    return changed
  }

  /// True when gazetteer entry `e` lists `word` (a token's folded text) alone as one of its names
  /// or ambiguous forms: the gazetteer vouches for the short name.
  private func listsAlone(_ e: Int, _ word: String) -> Bool {
    // `FoldedKey(Normalizer.normalize(form)) == FoldedKey(word)`: the same bytes.
    func alone(_ form: String) -> Bool {
      !Extractor.containsSpace(form) && Normalizer.normalizes(form, to: word)
    }
    // The entry's lists are read in place (no copy of the whole entry).
    return matcher.gazetteer.entries[e].names.contains(where: alone)
      || (matcher.gazetteer.entries[e].ambiguousNames ?? []).contains(where: alone)
  }

  /// `form.contains(" ")` (Foundation's search, which compares whole characters), decided from
  /// the bytes where they settle it: no space byte means no space; a space between two ASCII
  /// bytes or plain Arabic letters (or at an end) is a character of its own. Anything else asks
  /// Foundation.
  static func containsSpace(_ form: String) -> Bool {
    let decided: Bool? =
      form.utf8.withContiguousStorageIfAvailable { b -> Bool? in
        // A plain Arabic letter (U+0621–U+063A, U+0641–U+064A) as the two bytes `c0 c1`.
        func letter(_ c0: UInt8, _ c1: UInt8) -> Bool {
          (c0 == 0xD8 && c1 >= 0xA1 && c1 <= 0xBA) || (c0 == 0xD9 && c1 >= 0x81 && c1 <= 0x8A)
        }
        var sawSpace = false
        for i in b.indices where b[i] == 0x20 {
          sawSpace = true
          let before =
            i == 0 || b[i - 1] < 0x80 || (i >= 2 && letter(b[i - 2], b[i - 1]))
          let after =
            i + 1 == b.count || b[i + 1] < 0x80 || (i + 2 < b.count && letter(b[i + 1], b[i + 2]))
          if before && after { return true }
        }
        return sawSpace ? nil : false
      } ?? nil
    return decided ?? form.contains(" ")
  }

  /// True when `m` is a state named by its own English or Arabic name (not a capital).
  static func isCountryName(_ m: Mention, _ tokens: [Token], _ gazetteer: Gazetteer) -> Bool {
    guard m.form == .name, let e = gazetteer.entry(m.actor), e.kind == .state else {
      return false
    }
    func bare(_ s: String) -> String {
      s.hasPrefix("\u{0627}\u{0644}") ? String(s.unicodeScalars.dropFirst(2)) : s
    }
    var words = tokens[m.tokenStart..<m.tokenEnd].map(\.norm)
    guard let first = words.first else { return false }
    let pro =
      m.proclitic.hasByteSuffix("\u{0627}\u{0644}") ? String(m.proclitic.dropLast(2)) : m.proclitic
    words[0] = String(first.unicodeScalars.dropFirst(pro.unicodeScalars.count))
    let text = bare(words.joined(separator: " "))
    return [e.name, e.nameAr ?? ""].contains { bare(Normalizer.normalize($0).lowercased()) == text }
  }

  /// True when the argument is a party, an organisation or a person who is not an armed group's
  /// (verbal attacks aim there).
  func isPolitical(_ a: Argument, _ ctx: SentenceContext) -> Bool {
    // "قوات حفتر", "Haftar's forces": force nouns make it fighting.
    func force(_ k: Int) -> Bool { ctx.range.contains(k) && ctx.isMarker(k, .forceNoun) }
    if force(a.tokenStart - 1) || force(a.tokenEnd) || force(a.tokenEnd + 2) { return false }
    // "attacked an African Union base", "هاجموا مقر الأمم المتحدة": a place or vehicle of the
    // organisation is hit.
    func targetHead(_ k: Int) -> Bool { ctx.range.contains(k) && ctx.isMarker(k, .targetHead) }
    if targetHead(a.tokenStart - 1) || targetHead(a.tokenEnd) { return false }
    let g = matcher.gazetteer
    let kind = g.entry(a.code)?.kind
    if kind == .party || kind == .organisation { return true }
    // A person, unless a commander of an armed group ("attacked Haftar" is fighting).
    let person = a.actor.hasPrefix("PER_") || g.entry(a.actor)?.kind == .person
    return person && kind != .armedGroup
  }

  /// The bit of the list `still` ("زال", "يزال": "ما زال", "لا يزال") in
  /// `TokenLex.namedMarkers`.
  static let stillBit = Marker.namedMask("still") ?? 0

  /// The token that negates the cue, if any ("لم", "not", "refused").
  func negation(_ ctx: SentenceContext, _ cue: Lexicon.Match) -> Int? {
    // "refused to hold direct talks with": English puts a few more words in between.
    let reach = ctx.tokens[cue.tokenStart].kind == .latin ? 5 : 4
    var lo = max(ctx.range.lowerBound, cue.tokenStart - reach)
    // "رفضت مصر الاتفاق الذي وقعته تركيا": a relative clause is out of the refusal's reach.
    if let rel = (lo..<cue.tokenStart).last(where: { ctx.isMarker($0, .relative) }) {
      lo = rel + 1
    }
    // "لا تحول دون دعم طهران لحزب الله" (does not stand in the way of): a negation before
    // "دون" (without, preventing) cancels it; what is not prevented is no denied act.
    var first: Int?
    var second: Int?
    var count = 0
    for j in lo..<cue.tokenStart
    where ctx.clauseOf(j) == ctx.clauseOf(cue.tokenStart) && ctx.isMarker(j, .negation)
      // "لا تزال X تقاتل", "ما زال": a negated "cease" says "still".
      && !(j + 1 < cue.tokenStart && lexicon.isMarker(ctx.tokens, j + 1, Self.stillBit, "still"))
    {
      if first == nil { first = j } else if second == nil { second = j }
      count += 1
    }
    // (Not after the future "لن": "لن تتحركا دون التشاور" has not happened.)
    if count == 2, let a = first, let b = second,
      ctx.tokens[b].norm.sameBytes("\u{062F}\u{0648}\u{0646}"),
      !ctx.tokens[a].norm.hasByteSuffix("\u{0644}\u{0646}")
    {
      first = nil
    }
    if let j = first { return j }
    // "نفى أن تكون الولايات المتحدة شنت هجمات", "denied that X attacked Y": a denial before the
    // complementizer that opens the cue's clause.
    let c = ctx.clauseOf(cue.tokenStart)
    if let comp = (ctx.range.lowerBound..<cue.tokenStart).last(where: {
      ctx.clauseOf($0) == c && ctx.isMarker($0, .complementizer)
    }) {
      let from = max(ctx.range.lowerBound, comp - 3)
      if let d = (from..<comp).last(where: { ctx.isMarker($0, .denial) }) { return d }
    }
    return nil
  }

  /// A conditional, future or request word before the cue in its clause or the clause before
  /// ("إذا ما حرك الجبهة، ..."); a later clause of its own ("urged X to reconsider and spoke
  /// with Y") is not under it.
  func isHypothetical(_ ctx: SentenceContext, _ cue: Lexicon.Match) -> Bool {
    let c = ctx.clauseOf(cue.tokenStart)
    let i = cue.tokenStart
    if ctx.tokens[i].kind == .latin, i > ctx.range.lowerBound, ctx.isMarker(i - 1, .coordination),
      ctx.tokens[i].norm.hasByteSuffix("ed") || ctx.isMarker(i, .pastIrregular)
    {
      return false  // "... and spoke with Y": a verb of its own, in the past.
    }
    // "pressure on Egypt to help Iran", "plans to attack": an infinitive is not a fact, unless
    // its verb says it happened ("began to attack", "agreed to support").
    if ctx.tokens[i].kind == .latin, i - 1 > ctx.range.lowerBound, ctx.tokens[i - 1].norm == "to",
      !ctx.isMarker(i - 2, .factive), !sentForcesTo(ctx, i - 1)
    {
      return true
    }
    // "اتهمت روسيا الولايات المتحدة بدعم تنظيم الدولة": the act an accusation names is
    // alleged (the accusation itself, and what else the clause says, are not).
    if cue.entry.frame == .agent,
      (ctx.range.lowerBound..<cue.tokenStart).contains(where: {
        ctx.clauseOf($0) == c && ctx.isAccusation($0)
      })
    {
      return true
    }
    // "ضربة أميركية محتملة لإيران", "the expected Turkish attack": an event named as
    // possible, expected or future has not happened.
    if cue.entry.frame != .verb && cue.entry.frame != .meet {
      let end = min(ctx.range.upperBound, cue.tokenEnd + 3)
      let before = max(ctx.range.lowerBound, cue.tokenStart - 2)
      if (before..<end).contains(where: {
        ctx.clauseOf($0) == c && ctx.isMarker($0, .modalAdjective)
      }) {
        return true
      }
    }
    // "حذرت تركيا من غزو روسي لأوكرانيا", "warned Moscow against an invasion": what a warning
    // is about has not happened.
    if (max(ctx.range.lowerBound, cue.tokenStart - 4)..<cue.tokenStart).contains(where: {
      ctx.clauseOf($0) == c && ctx.isMarker($0, .warning)
    }) {
      return true
    }
    // "دعت X وY في بيان مشترك إلى ...", "X and Y called in a joint statement for ...": the
    // joint act is the medium of the appeal and happened; only what they called for has not.
    let medium = cue.entry.frame == .joint && ctx.isJointMedium(cue)
    // "..., lambasting Washington": a participle clause after a comma tells what was done; a
    // threat or condition in the clause before does not reach it.
    let participle =
      ctx.tokens[i].kind == .latin && ctx.tokens[i].norm.hasByteSuffix("ing")
      && i > ctx.range.lowerBound && ctx.tokens[i - 1].kind == .comma
    let firstClause = participle ? c : c - 1
    // "will continue to support": the support goes on; it is no future event.
    return (ctx.range.lowerBound..<cue.tokenStart).contains {
      ctx.clauseOf($0) >= firstClause && ctx.isMarker($0, .conditional)
        && !(medium && ctx.isMarker($0, .request))
        && !(ctx.isMarker($0, .future) && ctx.isMarker($0 + 1, .factive))
        && !citesGrounds(ctx, from: $0 + 1, to: cue.tokenStart)
    }
  }

  /// "sent troops to help", "deployed warplanes to support": the forces went, and what they
  /// went to do is what they do; the "to" at `to` follows a force noun after a verb in the past.
  func sentForcesTo(_ ctx: SentenceContext, _ to: Int) -> Bool {
    let noun = to - 1
    let verb = to - 2
    guard verb >= ctx.range.lowerBound, ctx.isMarker(noun, .forceNoun),
      ctx.tokens[verb].kind == .latin
    else { return false }
    return ctx.tokens[verb].norm.hasByteSuffix("ed") || ctx.tokens[verb].norm == "sent"
  }

  /// True when revenge or a response is taken for something between `from` and `to`
  /// ("توعد بالانتقام لمقتل X في غارة ...", "vowed revenge for the killing of ...", "vowed to
  /// avenge ..."): what it is taken for has happened, and a threat before it does not reach it.
  func citesGrounds(_ ctx: SentenceContext, from: Int, to: Int) -> Bool {
    (from..<to).contains { g in
      guard ctx.isMarker(g, .grounds), g + 1 < to else { return false }
      let next = ctx.tokens[g + 1]
      switch ctx.tokens[g].kind {
      case .arabic:
        return next.kind == .arabic && next.readingPrepositions.contains(ReadingPrepositions.lam)
      default:
        return next.norm == "for" || next.norm == "to" || ctx.tokens[g].norm.hasPrefix("aveng")
      }
    }
  }

}
