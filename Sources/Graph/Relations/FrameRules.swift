/// The passive, participle, agent ("على يد", "at the hands of") and patron ("المدعومة من",
/// "backed by") frames.
extension SentenceContext {
  func passiveRule(_ cue: Lexicon.Match) -> [Candidate] {
    if cue.entry.isCompound {
      guard
        let s = nearestBefore(
          cue.tokenStart, sameClause: true, subjectsOnly: false, maxDistance: 0)
      else { return [] }
      // "the Iran-aligned group": the one aligned supports the state it is aligned with, as
      // "aligned with Iran" says; "-backed", "-allied" tell the backer's support.
      let aligned = (cue.tokenStart..<cue.tokenEnd).contains {
        tokens.norm($0).equalsWord("aligned")
      }
      func pairs(_ backer: [Int], _ backed: [Int], rule: String) -> [Candidate] {
        aligned
          ? self.pairs(backed, backer, rule: rule) : self.pairs(backer, backed, rule: rule)
      }
      // "The Houthis, an Iran-backed group, attacked ...": in an apposition (a comma and an
      // article before the backer, one noun and a comma after the compound) the one backed is
      // the actor before the first comma.
      let a = mentions[s].tokenStart - 1
      if a - 1 > range.lowerBound, isMarker(a, .determiner), tokens[a - 1].kind == .comma,
        cue.tokenEnd + 1 < range.upperBound, tokens[cue.tokenEnd].kind == .latin,
        !tokens[cue.tokenEnd].capitalized, tokens[cue.tokenEnd + 1].kind == .comma,
        let t = mentions.lastIndex(where: { $0.tokenEnd == a - 1 })
      {
        return pairs(groupBackward(s), [t], rule: "compound-passive-apposition")
      }
      // "Turkish-backed GNA forces"
      guard
        let t = firstAfter(cue.tokenEnd, sameClause: true, maxDistance: 2),
        // "Iran-backed militias attacked US forces": the actor after a verb is not the one
        // backed; only nouns may stand between ("Iran-backed Lebanese group Hezbollah").
        (cue.tokenEnd..<mentions[t].tokenStart).allSatisfy({
          tokens[$0].kind == .latin && !tokens[$0].lex.may(TokenLex.cue)
            && !isMarker($0, .preposition) && !isMarker($0, .coordination)
        })
      else { return [] }
      // "Iran-backed Lebanese group Hezbollah": the nisba describes the named group after it.
      if mentions[t].form == .adjective, t + 1 < mentions.count, mentions[t + 1].form == .name,
        mentions[t + 1].tokenStart - mentions[t].tokenEnd <= 2,
        (mentions[t].tokenEnd..<mentions[t + 1].tokenStart).allSatisfy({
          tokens[$0].kind == .latin && !tokens[$0].capitalized
            && !tokens[$0].lex.may(TokenLex.cue) && !isMarker($0, .preposition)
        })
      {
        return pairs(groupBackward(s), [t + 1], rule: "compound-passive")
      }
      return pairs(groupBackward(s), [t], rule: "compound-passive")
    }
    // "Haftar, whose forces are supported by the UAE": the owner before "whose" is the one
    // helped through what it owns.
    // (A cue that opens its sentence has no word before it.)
    // ("Uribe, whose hard line against the guerrillas is backed by Washington": up to eight
    // words back, with no comma between.)
    let whoseFrom = max(range.lowerBound + 1, cue.tokenStart - 8)
    if whoseFrom < cue.tokenStart,
      let w = (whoseFrom..<cue.tokenStart).last(where: {
        tokens[$0].kind == .latin && tokens.norm($0).equalsWord("whose")
      }),
      !(w..<cue.tokenStart).contains(where: { tokens[$0].kind == .comma }),
      let o = mentions.lastIndex(where: {
        $0.tokenEnd == w || ($0.tokenEnd == w - 1 && tokens[w - 1].kind == .comma)
      }),
      let s = firstAfter(cue.tokenEnd, sameClause: true, maxDistance: 3),
      mentions[s].code != mentions[o].code
    {
      return pairs(groupForward(s), groupBackward(o), rule: "passive-whose")
    }
    // "Hezbollah, which fought a war with Israel in 2006, is supported by Iran": the subject
    // before a relative clause between commas.
    if !isArabic(cue.tokenStart), let h = subjectBeforeEnglishRelative(cue.tokenStart),
      let s = firstAfter(cue.tokenEnd, sameClause: true, maxDistance: 3),
      mentions[s].code != mentions[h].code
    {
      return pairs(groupForward(s), groupBackward(h), rule: "passive-relative")
    }
    // "Hezbollah, a group backed by Iran", "Srpska Lista, the Kosovo Serb party backed by
    // Belgrade": in an apposition (a comma, an article and one to three words before the
    // participle) the one backed is the actor before the comma.
    // (A cue that opens its sentence, or follows its first word, has no apposition before it.)
    if !isArabic(cue.tokenStart), cue.tokenStart > range.lowerBound + 1,
      let d = last(
        in: max(range.lowerBound + 1, cue.tokenStart - 4)..<cue.tokenStart,
        where: { c, j in c.tokens[j].kind == .latin && c.isMarker(j, .determiner) }),
      d + 1 < cue.tokenStart, tokens[d - 1].kind == .comma,
      allSatisfy(
        in: d + 1..<cue.tokenStart,
        { c, j in
          c.tokens[j].kind == .latin && !c.tokens[j].lex.may(TokenLex.cue)
            && !c.isMarker(j, .preposition) && !c.isMarker(j, .coordination)
        }),
      let h = mentions.lastIndex(where: { $0.tokenEnd == d - 1 }),
      let s = firstAfter(cue.tokenEnd, sameClause: true, maxDistance: 3),
      mentions[s].code != mentions[h].code
    {
      return pairs(groupForward(s), [h], rule: "passive-apposition")
    }
    // "Yemen's internationally recognised government is backed by": a longer noun between.
    guard
      let t = nearestBefore(cue.tokenStart, sameClause: false, subjectsOnly: false, maxDistance: 4)
        ?? nearestBefore(cue.tokenStart, sameClause: false, subjectsOnly: false, maxDistance: 8),
      let s = firstAfter(cue.tokenEnd, sameClause: true, maxDistance: 3)
    else { return [] }
    guard qualifies(t, cue) else { return [] }
    return pairs(groupForward(s), describedGroup(t), rule: "passive")
  }

  /// The actors a participle after mention `t` describes: `t` and those coordinated before it,
  /// but `t` alone when they are the two sides after "بين"/"between", a head noun or two between
  /// ("النزاع بين القوات الأوكرانية والمتمردين المدعومين من روسيا": only the rebels are backed).
  func describedGroup(_ t: Int) -> [Int] {
    // (`groupBackward` runs from the group's first mention to `t`.)
    let first = groupStart(t)
    guard first < t,
      let b = (max(range.lowerBound, mentions[first].tokenStart - 3)..<mentions[first].tokenStart)
        .last(where: { isMarker($0, .between) }),
      (b + 1..<mentions[first].tokenStart).allSatisfy({ tokens[$0].isWord && !inMention($0) })
    else { return groupBackward(t) }
    return [t]
  }

  /// Active participles ("قوى 14 آذار المناهضة لسوريا", "forces loyal to the government"): the
  /// actor they describe is the source, the one after the target.
  func participleRule(_ cue: Lexicon.Match) -> [Candidate] {
    guard
      let t = nearestBefore(cue.tokenStart, sameClause: false, subjectsOnly: false, maxDistance: 4),
      let s = firstAfter(cue.tokenEnd, sameClause: true, maxDistance: 3),
      qualifies(t, cue)
    else { return [] }
    return pairs(describedGroup(t), groupForward(s), rule: "participle")
  }

  /// True when the participle cue describes mention `t`: only adjectives, adverbs, commas, a
  /// relative pronoun and a form of "be" stand between ("قوات حفتر الليبية المدعومة",
  /// "the rebels, who are backed by"). "المقاتلون الموالون" describes the fighters, and "والمتمردين
  /// المدعومين" a new coordinated noun, not an actor named before them.
  func qualifies(_ t: Int, _ cue: Lexicon.Match) -> Bool {
    let head = englishHeadEnd(after: t, before: cue.tokenStart)
    return (head..<cue.tokenStart).allSatisfy { k in
      let tok = tokens[k]
      switch tok.kind {
      case .comma, .quote, .other: return true
      case .arabic:
        // "الليبية", "المعترف بها دوليا", "التي"
        let definite = tok.articleReadings.contains {
          $0.proclitic.hasSuffixBytesFirst(ArabicClitics.article)
        }
        return !tok.norm.hasPrefixBytesFirst("\u{0648}")
          && (definite || looksLikeNisba(tok.norm)
            || tok.norm.hasSuffixBytesFirst("\u{064A}\u{0627}")
            || isMarker(k, .adverb) || isMarker(k, .relative) || isMarker(k, .pronounPp))
      case .latin:
        // "the Syrian government, backed by Russia": the noun a nisba qualifies.
        // ("were being armed by": "being" and "be" are forms of "be" too.)
        // ("Mali and Burkina Faso, themselves suspended from ECOWAS": an emphatic pronoun.)
        return isMarker(k, .auxiliary) || isMarker(k, .passiveAux) || isMarker(k, .relative)
          || tok.norm.hasSuffixBytesFirst("ly") || Self.emphaticPronouns.contains(tok.norm)
          || (mentions[t].form == .adjective && k == mentions[t].tokenEnd
            && (isMarker(k, .anaphoricHead) || isMarker(k, .forceNoun)))
      default: return false
      }
    }
  }

  /// English emphatic pronouns that may stand between an actor and the participle describing
  /// it ("the group, itself backed by Iran").
  static let emphaticPronouns: Set<String> = ["itself", "themselves", "himself", "herself"]

  /// Where the English noun that mention `t` qualifies ends: "Sudan's army", "Syrian government
  /// forces", "Afghan security forces", "Yemen's internationally recognised government" (after
  /// a nisba or "'s", up to three words: adverbs in -ly, participles in -ed and head nouns, the
  /// last a head noun). The mention's end when there is no such noun.
  func englishHeadEnd(after t: Int, before end: Int) -> Int {
    var j = mentions[t].tokenEnd
    guard !isArabic(mentions[t].tokenStart) else { return j }
    if mentions[t].form != .adjective {
      guard j + 1 < end, tokens[j].kind == .quote, tokens[j + 1].kind == .latin,
        tokens.norm(j + 1).equalsWord("s")
      else { return j }
      j += 2
    }
    var last = mentions[t].tokenEnd
    var k = j
    while k < end, k - j < 3, tokens[k].kind == .latin, !tokens[k].capitalized {
      if isMarker(k, .anaphoricHead) || isMarker(k, .forceNoun)
        || lexicon.isMarker(tokens, k, .domesticForceFirst)
        || lexicon.isMarker(tokens, k, .domesticForce)
      {
        last = k + 1
      } else if !tokens.norm(k).hasByteSuffix("ly"), !tokens.norm(k).hasByteSuffix("ed") {
        break
      }
      k += 1
    }
    return last
  }

  /// True when a verb cue of support or opposition ("أشاد", "ندد") stands in the four words
  /// before `cue`, in its clause: the cue is that verb's object.
  func judgingVerb(before cue: Lexicon.Match) -> Bool {
    // (A plain loop back through the cue's clause, stopping at a token of an earlier one:
    // clause numbers never fall along a sentence.)
    let c = clauseOf(cue.tokenStart)
    let lo = max(range.lowerBound, cue.tokenStart - 6)
    var j = cue.tokenStart
    while j > lo {
      j -= 1
      let cj = clauseOf(j)
      if cj < c { return false }
      if cj == c && tokens[j].lex.may(TokenLex.cue)
        && lexicon.match(tokens, at: j, limit: j + 1).contains(where: {
          $0.entry.frame == .verb
            && ($0.entry.relation == .supports || $0.entry.relation == .opposes)
        })
      {
        return true
      }
    }
    return false
  }

  func agentRule(_ cue: Lexicon.Match, speaker: Argument? = nil) -> [Candidate] {
    if namesRequest(cue) { return requestedDeploymentPairs(cue) }
    if let accused = accusedActPairs(cue) { return accused }
    // "طالبت مصر تركيا بدعم حفتر": after a request, "بـ" + verbal noun is the act requested of
    // the addressee, not an agent phrase; "اتهمت روسيا الولايات المتحدة بدعم تنظيم الدولة":
    // after an accusation, the act the accused is said to do.
    if isArabic(cue.tokenStart),
      let v = lastRequestOrAccusation(before: cue.tokenStart, accusationOnly: false),
      let addressee = nearestBefore(
        cue.tokenStart, sameClause: true, subjectsOnly: false, maxDistance: 2),
      // ("وتتهم السلطات المصرية الفرماوي بمساعدة حماس": the verb's own subject, with the
      // one accused between it and the act, asks or accuses; it is not the one asked.)
      !(mentions.tokenStart(addressee) <= v + 2 && mentions.tokenEnd(addressee) < cue.tokenStart),
      let t = firstAfter(cue.tokenEnd, sameClause: true, maxDistance: 1),
      // "اتهمت فنزويلا المعارضة بالتخطيط لانقلاب بدعم من واشنطن": "بدعم من" names who backs,
      // no act of the accused.
      !tokens.norm(cue.tokenEnd - 1).sameBytes("\u{0645}\u{0646}")
    {
      return pairs([addressee], groupForward(t), rule: "requested-act")
    }
    // "أشاد الرئيس المصري بدعم روسيا لحفتر": after a verb of judging, "بـ" + verbal noun is
    // what is judged: the act of the name after it (on the actor with ل), no agent phrase.
    if isArabic(cue.tokenStart), cue.entry.relation == .supports, judgingVerb(before: cue) {
      guard let a = firstAfter(cue.tokenEnd, sameClause: true, maxDistance: 0),
        let t = firstAfter(
          mentions[a].tokenEnd, sameClause: true, maxDistance: 1, excluding: [mentions[a].code]),
        hasGenitiveLam(mentions[t])
      else { return [] }
      return pairs(groupForward(a), groupForward(t), rule: "judged-act")
    }
    // "أشادت مصر بدعمها للحكومة": with a pronoun on the cue the agent is the pronoun's, not
    // the actor after it.
    // (On a longer cue the pronoun is the act's: "في كمين نصبه X".)
    if isArabic(cue.tokenStart), !cue.enclitic.isEmpty, cue.tokenEnd == cue.tokenStart + 1 {
      return []
    }
    // "The bombing of the Iranian consulate was blamed on Israel": blame names an attack's
    // agent only for an attack noun and its target before it ("the crisis was blamed on
    // Hezbollah" tells no attack).
    // ("was blamed by Washington for the attack" names who blames, read below.)
    if !isArabic(cue.tokenStart), tokens.norm(cue.tokenStart).equalsWord("blamed"),
      !tokens.norm(cue.tokenEnd - 1).equalsWord("by")
    {
      // "an attack on the Crimean Bridge, which it blamed on Ukraine": the one the pronoun
      // after the relative names blames the actor after "on".
      if let p = mentions.lastIndex(where: { $0.tokenEnd == cue.tokenStart }),
        mentions.tokenStart(p) - 1 >= range.lowerBound,
        isMarker(mentions.tokenStart(p) - 1, .relative),
        lexicon.isMarker(tokens, mentions.tokenStart(p), .subjectPronoun),
        let x = firstAfter(cue.tokenEnd, sameClause: true, maxDistance: 1),
        mentions[x].code != mentions[p].code
      {
        return pairs([p], groupForward(x), rule: "blamed-on").map {
          var c = $0
          c.relation = .opposes
          return c
        }
      }
      return attackSubjectPairs(cue) ?? []
    }
    // "killed by a roadside bomb planted by the Taliban": the weapon's user is the agent.
    if !isArabic(cue.tokenStart), let s = instrumentUser(after: cue.tokenEnd),
      let t = nearestBefore(cue.tokenStart, sameClause: true, subjectsOnly: true, maxDistance: 12)
    {
      return pairs(groupForward(s), groupBackward(t), rule: "agent-instrument")
    }
    // "The attack on the Israeli embassy was carried out by Hezbollah": the agent made the
    // attack the clause's subject names, on the actor after its "on".
    if !isArabic(cue.tokenStart), cue.entry.relation == .strikes,
      let told = attackSubjectPairs(cue)
    {
      return told
    }
    // "قتل قيادي في حركة الشباب في غارة أمريكية": a member's group is the victim's side,
    // though "في" stands before it.
    // "Hamas, which has ruled Gaza since 2007, was attacked by Israel": the subject before a
    // relative clause between commas.
    if !isArabic(cue.tokenStart), let h = subjectBeforeEnglishRelative(cue.tokenStart),
      let s = firstAfter(cue.tokenEnd, sameClause: true, maxDistance: 3),
      mentions[s].code != mentions[h].code
    {
      return pairs(groupForward(s), groupBackward(h), rule: "agent-relative")
    }
    var victim = nearestBefore(
      cue.tokenStart, sameClause: false, subjectsOnly: true, maxDistance: 12)
    // "were intercepted by Israeli air defences with help from the United States": the agent
    // of a passive right before the backing is the one backed.
    if !isArabic(cue.tokenStart), cue.entry.relation == .supports,
      let k = passiveAgent(before: cue.tokenStart)
    {
      victim = k
    }
    // "Puntland forces launched an offensive against ISIS in the mountains since December, with
    // backing from US air power": after a comma, the sentence's subject, however far.
    if victim == nil, !isArabic(cue.tokenStart), cue.tokenStart > range.lowerBound,
      tokens[cue.tokenStart - 1].kind == .comma
    {
      victim = mainSubject(before: cue.tokenStart)
    }
    if let m = nearestBefore(
      cue.tokenStart, sameClause: false, subjectsOnly: false, maxDistance: 12),
      isMembership(mentions[m]), victim.map({ $0 < m }) ?? true
    {
      victim = m
    }
    // "Orban met Putin in Moscow, drawing criticism from EU leaders": a participle clause after
    // a comma tells of the main clause's subject, not of its object ("Afghanistan's Taliban
    // rulers banned ..., drawing": the possessed name right after the possessor's "'s").
    if !isArabic(cue.tokenStart), isCommaParticiple(cue),
      var k = mainSubject(before: cue.tokenStart - 1)
    {
      let e = mentions[k].tokenEnd
      if e + 1 < range.upperBound, tokens[e].kind == .quote, tokens.norm(e + 1).equalsWord("s"),
        let n = mentions.firstIndex(where: { $0.tokenStart == e + 2 })
      {
        k = n
      }
      victim = k
    }
    // "Tehran's backing of Hamas drew criticism from Washington": a stance against an act
    // named by its noun is against the act's possessor, not its object.
    if cue.entry.relation == .opposes, !isArabic(cue.tokenStart), let v = victim,
      let p = possessorOfPhrase(v)
    {
      victim = p
    }
    // "قتل عشرة في غارة إسرائيلية على غزة": with no victim named as an actor, the one after
    // the act's على (or ضد) is hit by the agent named right after the act.
    if victim == nil, isArabic(cue.tokenStart), cue.entry.relation == .strikes,
      let s = firstAfter(cue.tokenEnd, sameClause: true, maxDistance: 1),
      mentions[s].tokenEnd < range.upperBound, isMarker(mentions[s].tokenEnd, .eventTarget),
      let t = firstAfter(
        mentions[s].tokenEnd + 1, sameClause: true, maxDistance: 2, excluding: [mentions[s].code])
    {
      return pairs(groupForward(s), groupForward(t), rule: "agent-act-target")
    }
    // "قتل خمسة في غارات جوية نفذتها طائرات إسرائيلية على مواقع لحزب الله": the agent of a
    // relative light verb after the act, then على and the one hit.
    if victim == nil, isArabic(cue.tokenStart), cue.entry.relation == .strikes,
      let (s, end) = relativeLightVerbSubject(after: cue.tokenEnd, indefinite: true),
      end < range.upperBound, isMarker(end, .eventTarget),
      let t = firstAfter(end + 1, sameClause: true, maxDistance: 2, excluding: [mentions[s].code])
    {
      return pairs(groupForward(s), groupForward(t), rule: "agent-act-target")
    }
    // "وقال المتحدث باسم الجيش الإسرائيلي إن المقذوفات جرى اعتراضها بمساعدة الولايات
    // المتحدة": in what a speaker says, with no actor between the complementizer and the
    // backing, the speaker's side is the one backed.
    if isArabic(cue.tokenStart), cue.entry.relation == .supports, let speaker,
      let c = (range.lowerBound..<cue.tokenStart).last(where: { isMarker($0, .complementizer) }),
      victim.map({ mentions.tokenStart($0) < c }) ?? true,
      !mentions.contains(where: { $0.tokenStart > c && $0.tokenStart < cue.tokenStart }),
      // (An attack named there is the one backed: "إن الضربات نفذت بدعم من أستراليا" backs
      // its agents, read from the attack told before.)
      !(c..<cue.tokenStart).contains(where: { isMarker($0, .attackNoun) }),
      let a = firstAfter(cue.tokenEnd, sameClause: true, maxDistance: 1)
    {
      return speakerPairs(speaker, groupForward(a), rule: "agent-speaker").map {
        Candidate(source: $0.target, target: $0.source, rule: $0.rule, confidence: $0.confidence)
      }
    }
    guard let t = victim else { return [] }
    // "قامت دبابة إسرائيلية بقصف أحد المنازل في مخيم جباليا": the places hit lie in the state
    // named after them; the clause's subject acts.
    if isArabic(cue.tokenStart), cue.tokenEnd - cue.tokenStart == 1,
      isMarker(cue.tokenStart, .attackNoun), let p = placeHitAfterAct(cue)
    {
      return pairs(groupBackward(t), [p], rule: "agent-act-place")
    }
    guard let s = firstAfter(cue.tokenEnd, sameClause: true, maxDistance: 3) else {
      return announcedPairs(cue, victim: t)
    }
    // The agent follows the event directly ("في غارة إسرائيلية", "في غارة للتحالف", "على يد
    // X"): a preposition between ("في غارة على X") or a ب/ك on it ("في قصف بإدلب") makes it the
    // target or a place.
    // "ردت إسرائيل بقصف مواقع للحزب": positions or bases between name what was hit; the actor
    // after them owns them. "في هجوم انتحاري بالقرب من العاصمة الأفغانية": a place word
    // between names where it happened.
    let agentGap = cue.tokenEnd..<mentions[s].tokenStart
    // "ردت إسرائيل بقصف مواقع لحزب الله": positions of the actor right after the act are what it
    // hits (as its genitive is, below); the clause's subject acts.
    if isArabic(cue.tokenStart), cue.tokenEnd - cue.tokenStart == 1,
      isMarker(cue.tokenStart, .attackNoun), !agentGap.isEmpty, agentGap.count <= 2,
      allSatisfy(
        in: agentGap,
        { c, j in
          c.isMarker(j, .targetHead) || c.lexicon.isMarker(c.tokens, j, .affiliation)
        }),
      isMarker(cue.tokenEnd, .targetHead)
    {
      return pairs(groupBackward(t), groupForward(s), rule: "agent-act-genitive")
    }
    // "تعهدت الولايات المتحدة بدعم أوكرانيا", "التزام واشنطن بدعم قوات الأمن الأفغانية": an
    // act with ب after a verb or noun of pledging (list `pledge`) is what the clause's subject
    // pledges, not a backing it receives; it acts on the actor after the act.
    if isArabic(cue.tokenStart), cue.tokenEnd - cue.tokenStart == 1, pledgedAct(cue),
      mentions[s].tokenStart - cue.tokenEnd <= 2
    {
      return pairs(groupBackward(t), groupForward(s), rule: "agent-pledged-act")
    }
    // (A word of direction, "في غارة جوية شمال بغداد", names where it happened too.)
    // ("hit by a barrage of Russian missiles": the "of" of a quantity noun is the agent's.)
    if contains(
      in: agentGap,
      where: { c, j in
        c.isMarker(j, .preposition) && !c.isMarker(j, .agentPreposition)
          && !c.isQuantityOf(j)
          || c.isMarker(j, .relative)
          || c.isMarker(j, .targetHead) || c.isMarker(j, .locative) || c.isMarker(j, .direction)
      }) || hasLocativeProclitic(at: s)
      || agentGap.filter({ [tokens] in tokens[$0].isWord }).count > 3
    {
      return announcedPairs(cue, victim: t)
    }
    // "استهدف الحوثيون بصواريخ باليستية السعودية": after a verb of force whose subject is
    // named right after it, the weapon is the verb's instrument and the name after the weapon's
    // adjective the verb's object (the verb's rule reads it), not the weapon's owner.
    // ("قصف الجيش السوري بقذائف الهاون": a definite force with its nisba. Not a force before the
    // owner, "بنيران مقاتلي حزب الله", nor a victim, "قتل الجندي الإسرائيلي برصاص قناصة".)
    if isArabic(cue.tokenStart), cue.entry.relation == .strikes,
      mentions[t].tokenEnd <= cue.tokenStart,
      mentions[t].form == .name
        || (mentions[t].tokenStart > range.lowerBound
          && lexicon.isArticleMarker(tokens[mentions[t].tokenStart - 1], .forceNoun)),
      contains(
        in: agentGap,
        where: { c, j in
          c.tokens[j].isWord && !c.isMarker(j, .forceNoun) && !c.isMarker(j, .personHead)
        }),
      (max(range.lowerBound, mentions[t].tokenStart - 2)..<mentions[t].tokenStart).contains(
        where: { j in
          lexicon.match(tokens, at: j, limit: mentions[t].tokenStart).contains {
            $0.entry.frame == .verb && $0.entry.relation == .strikes
              && $0.tokenEnd >= mentions[t].tokenStart - 1
          }
        })
    {
      return []
    }
    // "احتجاجات في مدن مثل روما ولندن بعد مقتل الصبي برصاص الشرطة": actors named as examples
    // of places are no victims.
    if let first = groupBackward(t).first, mentions[first].tokenStart > range.lowerBound,
      isExample(mentions[first].tokenStart - 1)
    {
      return []
    }
    // "The PKK, which is listed as a terrorist organisation by Turkey", "Hamas, which was
    // attacked by Israel": in English a relative pronoun right after the antecedent's comma,
    // with only forms of "be" (and adverbs) before the cue, makes the antecedent the one acted on.
    if !isArabic(cue.tokenStart), mentions[t].tokenEnd + 2 < cue.tokenStart,
      tokens[mentions[t].tokenEnd].kind == .comma,
      tokens.norm(mentions[t].tokenEnd).equalsWord(","),
      Self.englishRelatives.contains(tokens.norm(mentions[t].tokenEnd + 1)),
      (mentions[t].tokenEnd + 2..<cue.tokenStart).allSatisfy({
        tokens[$0].kind == .latin
          && (isMarker($0, .passiveAux) || isMarker($0, .auxiliary)
            || tokens.norm($0).hasByteSuffix("ly"))
      })
    {
      return pairs(groupForward(s), groupBackward(t), rule: "agent-relative")
    }
    // "X الذي يتلقى دعما من Y": across a relative pronoun the target is its antecedent.
    if let r = firstMarker(.relative, in: mentions[t].tokenEnd..<cue.tokenStart),
      !allSatisfy(
        in: mentions[t].tokenEnd..<r,
        { c, j in
          c.tokens[j].kind == .arabic && c.looksLikeNisba(c.tokens.norm(j))
        })
    {
      return []
    }
    // The victim is in the same statement: not across "أن"/"that" ("أعلن مسؤولون يمنيون أن
    // عشرات قتلوا في غارة ...": the officials are no victims).
    if (mentions[t].tokenEnd..<cue.tokenStart).contains(where: { isMarker($0, .complementizer) }) {
      return []
    }
    // "توعدت حماس بقصف إسرائيل", "ردت إسرائيل بقصف لبنان": a name right after an act (not a
    // weapon: "برصاص الجيش") is the act's genitive, what it hits; the clause's subject acts.
    if isArabic(cue.tokenStart), cue.tokenEnd - cue.tokenStart == 1,
      mentions[s].tokenStart == cue.tokenEnd, mentions[s].form == .name,
      isMarker(cue.tokenStart, .attackNoun)
    {
      return pairs(groupBackward(t), groupForward(s), rule: "agent-act-genitive")
    }
    let sources = groupForward(s)
    return pairs(sources, groupBackward(t), rule: "agent")
  }

  /// Arabic: whether a word of pledging (list `pledge`) stands right before the one-word act
  /// `cue`, or before the actor named right before it ("تعهدت الولايات المتحدة بدعم").
  func pledgedAct(_ cue: Lexicon.Match) -> Bool {
    var j = cue.tokenStart - 1
    if let k = mentions.lastIndex(where: { $0.tokenEnd == cue.tokenStart }) {
      j = mentions.tokenStart(groupStart(k)) - 1
    }
    return j >= range.lowerBound && tokens[j].kind == .arabic
      && lexicon.isMarker(tokens, j, .pledge)
  }

  /// "The attack on the Israeli embassy was carried out by Hezbollah", "the bombing of the
  /// Pakistani base was claimed by the Pakistani Taliban": an attack noun with "on"/"against"/"of"
  /// and its target before a passive form of "be" and the agent cue; the agent after the cue
  /// struck that target. Nil when the clause is not so built.
  func attackSubjectPairs(_ cue: Lexicon.Match) -> [Candidate]? {
    let c = clauseOf(cue.tokenStart)
    let lo = max(range.lowerBound, cue.tokenStart - 14)
    guard let s = firstAfter(cue.tokenEnd, sameClause: true, maxDistance: 2),
      let a = (lo..<cue.tokenStart).first(where: {
        isMarker($0, .attackNoun) && clauseOf($0) == c && !lexicon.isMarker(tokens, $0, .measure)
      }),
      a + 1 < cue.tokenStart,
      isMarker(a + 1, .eventTarget) || tokens.norm(a + 1).equalsWord("of"),
      let t = firstAfter(a + 2, sameClause: true, maxDistance: 3, excluding: [mentions[s].code]),
      mentions[t].tokenEnd < cue.tokenStart
    else { return nil }
    // "The killing of Hamas political chief Ismail Haniyeh in Tehran was blamed on", "the
    // bombing of the US embassy in Beirut": a member of the target named after lower-case
    // title words, and a place after the head's "in", are in its phrase.
    var last = t
    func lowerWord(_ j: Int) -> Bool {
      tokens[j].kind == .latin && !tokens[j].capitalized && !isMarker(j, .preposition)
    }
    while let n = mentions.firstIndex(where: {
      $0.tokenStart >= mentions[last].tokenEnd && $0.tokenStart < cue.tokenStart
    }) {
      let gap = mentions[last].tokenEnd..<mentions[n].tokenStart
      let words = gap.allSatisfy(lowerWord)
      let place =
        gap.count >= 1 && gap.count <= 3 && tokens.norm(gap.upperBound - 1).equalsWord("in")
        && (gap.lowerBound..<gap.upperBound - 1).allSatisfy(lowerWord)
      guard (mentions[n].code == mentions[t].code && words) || place else { break }
      last = n
    }
    // Only lower-case words, numbers and a passive "be" between the target and the cue ("in
    // 1992 was", "is widely believed to have been"); no other actor, comma or verb cue.
    let tail = englishHeadEnd(after: last, before: cue.tokenStart)..<cue.tokenStart
    guard tail.contains(where: { isMarker($0, .passiveAux) }),
      tail.allSatisfy({ k in
        (tokens[k].kind == .latin && !tokens[k].capitalized
          && !(tokens[k].lex.may(TokenLex.cue)
            && lexicon.match(tokens, at: k, limit: cue.tokenStart).contains {
              $0.entry.relation != nil
            }))
          || tokens[k].kind == .number
      }),
      !mentions.contains(where: {
        $0.tokenStart >= mentions[last].tokenEnd && $0.tokenStart < cue.tokenStart
      })
    else { return nil }
    return pairs(groupForward(s), groupForward(t), rule: "agent-attack-subject")
  }

  /// English: the subject of "be" before a patron noun's possessor ("Russia has long been
  /// Assad's main backer", "Iran is Hezbollah's main sponsor", "Iran remains the Houthis' chief
  /// patron"): the possessor `t` owns the noun ("'s" and at most two lower-case words before
  /// it), a form of "be" (auxiliaries, "long" and adverbs in -ly before it) or "remains"/"became"
  /// (the list `copula_verb` of markers.json) stands before the possessor (an article between at
  /// most), and the subject right before that is no preposition's object. Not a former patron
  /// ("was once", "previously").
  func copulaPatron(possessor t: Int, cue: Lexicon.Match) -> Int? {
    var j: Int
    if possessor(before: cue.tokenStart) == t {
      j = mentions[t].tokenStart - 1
    } else if mentions[t].tokenStart > cue.tokenEnd {
      // "Egypt has long been the main backer of Haftar": the noun's article and adjectives.
      j = cue.tokenStart - 1
      while j > range.lowerBound, cue.tokenStart - j <= 2, tokens[j].kind == .latin,
        !tokens[j].capitalized, !isMarker(j, .determiner), !isMarker(j, .passiveAux),
        !isMarker(j, .preposition)
      {
        j -= 1
      }
      guard j > range.lowerBound, isMarker(j, .determiner) else { return nil }
      j -= 1
    } else {
      return nil
    }
    if j > range.lowerBound, isMarker(j, .determiner) { j -= 1 }
    // "Russia is one of Maduro's closest allies", "is among the main backers of": the rank's
    // words stand between "be" and the noun phrase.
    if j > range.lowerBound, tokens.norm(j).equalsWord("among") {
      j -= 1
    } else if j - 1 > range.lowerBound, tokens.norm(j).equalsWord("of"),
      tokens.norm(j - 1).equalsWord("one")
    {
      j -= 2
    }
    guard j > range.lowerBound, tokens[j].kind == .latin,
      isMarker(j, .passiveAux)
        || lexicon.isMarker(tokens, j, .copulaVerb)
    else { return nil }
    j -= 1
    // ("Russia nevertheless remains India's largest arms supplier": an adverb of list
    // `inner_adverb` too.)
    while j >= range.lowerBound, tokens[j].kind == .latin, !tokens[j].capitalized,
      isMarker(j, .auxiliary) || isMarker(j, .passiveAux) || tokens.norm(j).equalsWord("long")
        || (tokens.norm(j).hasByteSuffix("ly") && !lexicon.isMarker(tokens, j, .former))
        || lexicon.isMarker(tokens, j, .innerAdverb)
    {
      j -= 1
    }
    guard j >= range.lowerBound,
      let k = mentions.lastIndex(where: { $0.tokenEnd == j + 1 }),
      mentions[k].code != mentions[t].code, !isOblique(at: groupStart(k)),
      !(mentions[k].tokenEnd..<cue.tokenEnd).contains(where: {
        lexicon.isMarker(tokens, $0, .former) || tokens.norm($0).equalsWord("not")
          || isMarker($0, .negation)
      })
    else { return nil }
    return k
  }

  /// Whether a word of the agent cue is the request ("at the request of", "بطلب من", "بناء على
  /// طلب"): compared by its bytes, as every agent cue asks (a list read by name looked the word's
  /// readings up each time).
  func namesRequest(_ cue: Lexicon.Match) -> Bool {
    for k in cue.tokenStart..<cue.tokenEnd {
      let w = tokens.norm(k)
      if w.equalsWord("request") || w.sameBytes("\u{0637}\u{0644}\u{0628}")
        || w.sameBytes("\u{0628}\u{0637}\u{0644}\u{0628}")
      {
        return true
      }
    }
    return false
  }

  /// "Australia sent troops to the Solomon Islands at the request of its government", "دخلت
  /// قوات سعودية وإماراتية إلى البحرين بطلب من حكومة المنامة": forces sent at another's request
  /// back it. The cue names the request (`namesRequest`); the sentence's subject
  /// (`mainSubject`) supports the one who asked, right after it. Only when forces or their
  /// deployment are named before the cue (list `deployment`): "an emergency meeting at the
  /// request of France" backs no one.
  func requestedDeploymentPairs(_ cue: Lexicon.Match) -> [Candidate] {
    // (A loop, not a closure: a closure that read the context copied it.)
    var deployed = false
    for j in range.lowerBound..<cue.tokenStart where lexicon.isMarker(tokens, j, .deployment) {
      deployed = true
      break
    }
    guard deployed, let s = mainSubject(before: cue.tokenStart),
      let t = firstAfter(cue.tokenEnd, sameClause: true, maxDistance: 2),
      mentions[s].code != mentions[t].code
    else { return [] }
    return pairs(groupForward(s), groupForward(t), rule: "requested-deployment")
  }

  /// "وحزب الله، حليف إيران،", "The SDF, a US ally,", "Belarus, a close ally of Russia,": an
  /// ally noun opening an apposition after a comma; the actor before the comma is the ally of
  /// the one the noun names (its genitive, the nisba before it, or "of X").
  func appositiveAlly(_ cue: Lexicon.Match) -> [Candidate]? {
    guard cue.enclitic.isEmpty,
      let comma = (max(range.lowerBound, cue.tokenStart - 8)..<cue.tokenStart).last(where: {
        tokens[$0].kind == .comma && !tokens.norm($0).equalsWord(":")
      }),
      let ally = mentions.lastIndex(where: { $0.tokenEnd == comma })
    else { return nil }
    // Between the comma and the noun: articles, adjectives and the possessor's name only; a
    // former ally is none ("previously an ally of the government", "حليف إيران السابق").
    // "Russia, Assad's main ally,": the possessor may stand before the noun's adjectives.
    let between =
      mentions.lastIndex(where: {
        $0.tokenStart > comma && $0.tokenEnd == cue.tokenStart
      })
      ?? (isArabic(cue.tokenStart)
        ? nil
        : possessor(before: cue.tokenStart).flatMap { mentions[$0].tokenStart > comma ? $0 : nil })
    let after = min(range.upperBound, cue.tokenEnd + 4)
    guard
      (comma + 1..<cue.tokenStart).allSatisfy({ j in
        isMarker(j, .determiner) || between.map({ mentions[$0].tokenStart <= j }) == true
          || (tokens[j].kind == .latin && !tokens[j].capitalized && !isMarker(j, .preposition)
            && !isMarker(j, .negation))
          || rankWord(j)
      }),
      !(comma + 1..<after).contains(where: { lexicon.isMarker(tokens, $0, .former) })
    else { return nil }
    var possessor = between
    if possessor == nil, isArabic(cue.tokenStart) {
      possessor = firstAfter(cue.tokenEnd, sameClause: true, maxDistance: 0)
      // "تركيا، الحليف الأبرز لحكومة طرابلس": one adjective with the article between.
      if possessor == nil, cue.tokenEnd + 1 < range.upperBound, !inMention(cue.tokenEnd),
        tokens[cue.tokenEnd].kind == .arabic,
        ArabicClitics.hasArticleReading(tokens.norm(cue.tokenEnd))
      {
        possessor = firstAfter(cue.tokenEnd + 1, sameClause: true, maxDistance: 0)
      }
    } else if possessor == nil, cue.tokenEnd + 1 < range.upperBound,
      tokens.norm(cue.tokenEnd).equalsWord("of")
    {
      possessor = firstAfter(cue.tokenEnd + 1, sameClause: true, maxDistance: 1)
    }
    guard let p = possessor, mentions[p].code != mentions[ally].code else { return nil }
    return pairs(groupBackward(ally), [p], rule: "patron-apposition")
  }

  /// A word of rank before an ally noun: an Arabic elative (list `elative`: "أقرب حلفاء",
  /// "أبرز حلفاء") or the "من" before one ("من أبرز حلفاء"); English "one of" or "among" ("one
  /// of Assad's closest allies"). The list is read by its readings: only ally nouns ask.
  func rankWord(_ j: Int) -> Bool {
    if tokens[j].kind == .arabic {
      if lexicon.isMarker(tokens, j, "elative") { return true }
      return j + 1 < range.upperBound && tokens.norm(j).sameBytes("\u{0645}\u{0646}")
        && lexicon.isMarker(tokens, j + 1, "elative")
    }
    guard tokens[j].kind == .latin else { return false }
    let w = tokens.norm(j)
    if w.equalsWord("among") || w.equalsWord("one") { return true }
    return w.equalsWord("of") && j > range.lowerBound && tokens.norm(j - 1).equalsWord("one")
  }

  /// Arabic: "وتعد روسيا من أبرز حلفاء مادورو", "وقال إن إيران من أقرب حلفاء دمشق": the actor
  /// right before "من", an elative (list `elative`) and the ally noun it ranks is the ally of
  /// the noun's genitive. Not after a verb of warning ("وحذرت واشنطن من أبرز حلفاء"). Nil when
  /// the noun has no such rank before it.
  func rankedAlly(_ cue: Lexicon.Match, of t: Int) -> Int? {
    let j = cue.tokenStart - 2
    guard j > range.lowerBound, tokens[j].kind == .arabic,
      tokens.norm(j).sameBytes("\u{0645}\u{0646}"),
      lexicon.isMarker(tokens, j + 1, "elative"),
      let k = mentions.lastIndex(where: { $0.tokenEnd == j }),
      mentions[k].code != mentions[t].code, !isOblique(at: groupStart(k))
    else { return nil }
    let before = mentions.tokenStart(groupStart(k)) - 1
    if before >= range.lowerBound, isMarker(before, .warning) { return nil }
    return k
  }

  /// True when token `j` is a verb of accusing or blaming (list `accusation`: اتهم، اتهمت، يتهم،
  /// تتهم، اتهموا, with و/ف before it or not; accused, blamed).
  func isAccusation(_ j: Int) -> Bool {
    let kind = tokens.kind(j)
    return (kind == .arabic || kind == .latin)
      && (lexicon.isMarker(tokens, j, .accusation) || isAccusationNoun(j))
  }

  /// The last token before `i` in its clause that is a word of accusation (`isAccusation`) or,
  /// unless `accusationOnly`, of `request`: a plain loop back through the clause (a closure
  /// that reads the context copied it), which stops at the first token of an earlier clause
  /// (clause numbers never fall along a sentence).
  func lastRequestOrAccusation(before i: Int, accusationOnly: Bool) -> Int? {
    let c = clauseOf(i)
    var q = i
    while q > range.lowerBound {
      q -= 1
      let cq = clauseOf(q)
      if cq < c { return nil }
      if cq == c && ((!accusationOnly && isMarker(q, .request)) || isAccusation(q)) { return q }
    }
    return nil
  }

  /// True when the Arabic word at `j` is a noun of accusation, with its clitics ("اتهاماتها",
  /// "اتهامه", "الاتهامات"): it holds "اتهام".
  func isAccusationNoun(_ j: Int) -> Bool {
    // (A word shorter than "اتهام", ten bytes, holds no "اتهام": most words are not searched.)
    guard tokens.kind(j) == .arabic else { return false }
    // `hasByteInfix("اتهام")` with the infix's ten bytes written out (D8 A7 D8 AA D9 87 D8 A7
    // D9 85), tried at every byte as there: the infix's String read and matched cost more
    // than the search.
    return tokens.norm(j).withBytes { w in
      let n = w.count
      guard n >= 10 else { return false }
      for k in 0...(n - 10)
      where w[k] == 0xD8 && w[k + 1] == 0xA7 && w[k + 2] == 0xD8 && w[k + 3] == 0xAA
        && w[k + 4] == 0xD9 && w[k + 5] == 0x87 && w[k + 6] == 0xD8 && w[k + 7] == 0xA7
        && w[k + 8] == 0xD9 && w[k + 9] == 0x85
      {
        return true
      }
      return false
    }
  }

  /// True when "بـ" + the act of `cue` follows a verb of accusing and a noun phrase that is not
  /// an actor, after the accuser (mention `k`): "اتهمت روسيا الدول الغربية بتسليح اوكرانيا".
  /// The act is the one accused's, not the accuser's. With no words between ("اتهمت روسيا
  /// بقصف ...", Russia was accused) `k` is the one accused.
  func accusedNonActor(between k: Int, and cue: Lexicon.Match) -> Bool {
    guard isArabic(cue.tokenStart), cue.proclitic.containsScalar(0x0628) else { return false }
    guard let v = lastRequestOrAccusation(before: cue.tokenStart, accusationOnly: true) else {
      return false
    }
    // The accused stands after the verb and after a subject that follows it.
    let from = max(v + 1, mentions[k].tokenEnd)
    return (from..<cue.tokenStart).contains { j in
      isArabic(j) && !isMarker(j, .adverb) && !isMarker(j, .timeNoun)
        && !Self.inMention(j, mentions)
    }
  }

  /// English: after an agent's "by", a weapon and the participle that names its user ("a
  /// roadside bomb planted by", "a mine laid by the"): the mention after that second "by".
  func instrumentUser(after i: Int) -> Int? {
    var k = i
    while k + 1 < range.upperBound, k - i < 6 {
      guard tokens[k].kind == .latin, !tokens[k].capitalized, !isMarker(k, .coordination) else {
        return nil
      }
      if tokens.norm(k + 1).equalsWord("by"), k > i,
        tokens.norm(k).hasByteSuffix("ed") || isMarker(k, .pastIrregular)
      {
        // "by X", "by the X" (the article may be part of the name).
        let a = k + 2
        return mentions.firstIndex {
          $0.tokenStart == a || ($0.tokenStart == a + 1 && isMarker(a, .determiner))
        }
      }
      k += 1
    }
    return nil
  }

  func patronRule(_ cue: Lexicon.Match) -> [Candidate] {
    if let c = appositiveAlly(cue) { return c }
    var target: Int?
    var searchFrom = cue.tokenEnd
    if isArabic(cue.tokenStart) {
      if !cue.enclitic.isEmpty {
        target = nearestBefore(
          cue.tokenStart, sameClause: false, subjectsOnly: false, maxDistance: 4)
      } else if let k = firstAfter(cue.tokenEnd, sameClause: true, maxDistance: 0),
        mentions[k].form == .name
      {
        target = k  // "داعمي حفتر"
        searchFrom = mentions[k].tokenEnd
        if let p = rankedAlly(cue, of: k) {
          return pairs(groupBackward(p), [k], rule: "patron-copula")
        }
      }
    } else {
      target =
        nearestBefore(cue.tokenStart, sameClause: true, subjectsOnly: false, maxDistance: 2)
        ?? possessor(before: cue.tokenStart)
      // "colectivos attacked opposition supporters": a verb between ends the noun phrase; the
      // actor before it has no supporters here.
      if let k = target,
        (mentions[k].tokenEnd..<cue.tokenStart).contains(where: { j in
          tokens[j].lex.may(TokenLex.cue)
            && lexicon.match(tokens, at: j, limit: cue.tokenStart).contains {
              $0.entry.frame == .verb && $0.entry.relation != nil
            }
        })
      {
        return []
      }
      if target == nil, cue.tokenEnd < range.upperBound, tokens.norm(cue.tokenEnd).equalsWord("of")
      {
        target = firstAfter(cue.tokenEnd + 1, sameClause: true, maxDistance: 1)
        searchFrom = target.map { mentions[$0].tokenEnd } ?? searchFrom
      }
    }
    guard let t = target else { return [] }
    // "Russia has long been Assad's main backer", "Iran is Hezbollah's main sponsor": the
    // subject of "be" is the patron of the possessor.
    if !isArabic(cue.tokenStart), let p = copulaPatron(possessor: t, cue: cue) {
      return pairs(groupBackward(p), [t], rule: "patron-copula")
    }
    // "وتصف أنقرة وحلفاؤها حزب العمال": "X وحلفاؤها" is a coordinated subject; a bare name
    // after it is the verb's object, not the allies.
    let coordinatedWithTarget =
      isArabic(cue.tokenStart) && !cue.enclitic.isEmpty
      && cue.proclitic.startsWithLetter(0xD9, 0x88)
      && mentions[t].tokenEnd == cue.tokenStart
    guard
      let s = firstAfter(
        searchFrom, sameClause: false, maxDistance: 3, excluding: [mentions[t].code])
    else { return [] }
    // Supporters follow the noun directly ("حلفائه الروس") or after a link ("في", "such as");
    // an ally's title may stand before the name ("حليفهم الرئيس السابق علي عبد الله صالح").
    var gap = searchFrom..<mentions[s].tokenStart
    if isArabic(cue.tokenStart), let h = gap.first, isMarker(h, .personHead),
      isPersonMention(mentions[s]), gap.count <= 2
    {
      gap = mentions[s].tokenStart..<mentions[s].tokenStart
    }
    // ("its ally the Amal Movement": an English article before the name.)
    guard gap.count <= 2,
      gap.allSatisfy({
        isMarker($0, .patronLink)
          || (tokens.kind($0) == .latin && tokens.norm($0).equalsWord("the"))
      })
    else { return [] }
    // "وتصف أنقرة وحلفاؤها حزب العمال": the name after "X وحلفاؤها" is the verb's object;
    // a person there is the ally ("الحوثيون وحليفهم علي عبد الله صالح").
    if coordinatedWithTarget, gap.isEmpty, mentions[s].form == .name,
      !isPersonMention(mentions[s])
    {
      return []
    }
    // "حليفها في الناتو": an ally in a body is one of its members, not the body.
    if gap.contains(where: { isMarker($0, .locative) }),
      gazetteer?.codeKind(mentions[s]) == .organisation
    {
      return []
    }
    // "داعميه في موسكو" names the capital for the government; "أنصارهم في اليمن" a place.
    if mentions[s].proclitic.hasBytePrefix("\u{0641}\u{064A}") == false,
      gap.contains(where: { isMarker($0, .locative) })
        || mentions[s].proclitic.containsScalar(0x0628),
      isCountryName(mentions[s])
    {
      return []
    }
    return pairs(groupForward(s), [t], rule: "patron")
  }
}

extension SentenceContext {
  /// English: the actor named after "by" (past "the") right before token `end`, with at most
  /// three words of its own and no preposition between it and `end`, in one clause ("by Israeli
  /// air defences" before "with help from"). Nil otherwise.
  func passiveAgent(before end: Int) -> Int? {
    guard
      let k = mentions.lastIndex(where: {
        $0.tokenEnd <= end && $0.tokenEnd + 3 >= end && $0.tokenStart > range.lowerBound
      })
    else { return nil }
    var b = mentions.tokenStart(k) - 1
    if b > range.lowerBound, tokens[b].kind == .latin, tokens.norm(b).sameBytes("the") { b -= 1 }
    guard tokens[b].kind == .latin, tokens.norm(b).sameBytes("by"),
      (mentions.tokenEnd(k)..<end).allSatisfy({
        tokens[$0].kind == .latin && !isMarker($0, .preposition) && !inMention($0)
          && clauseOf($0) == clauseOf(b)
      })
    else { return nil }
    return k
  }
}
