/// Where the rules look for a cue's subject: before the verb (SVO), right after it (VSO),
/// through relative clauses, copulas, genitives and possessors. (Appositions, light verbs and
/// speakers: AppositionSearch.swift, LightVerbSubjects.swift, SpeakerSearch.swift.)
extension SentenceContext {
  /// English: a gerund cue right after "of", a lower-case noun before "of" that is no actor,
  /// and a verb of accusation (list `accusation`) at most four words before the noun, with no
  /// actor between ("accused the Gulf state of supplying").
  func unnamedAccused(_ cue: Lexicon.Match) -> Bool {
    let of = cue.tokenStart - 1
    guard of - 2 >= range.lowerBound, tokens[of].kind == .latin, tokens.norm(of).equalsWord("of"),
      tokens.norm(cue.tokenStart).hasByteSuffix("ing"), tokens[of - 1].kind == .latin,
      !tokens[of - 1].capitalized, !inMention(of - 1)
    else { return false }
    guard
      let v = (max(range.lowerBound, of - 5)..<(of - 1)).last(where: {
        lexicon.isWholeWordMarker(tokens, $0, .accusation)
      })
    else { return false }
    return !mentions.contains(where: { $0.tokenStart > v && $0.tokenStart < of })
  }

  /// English: "accused Russian forces of continuing to shell": the mention `k`, right after a
  /// verb of accusation (an article between at most), is the one accused, and so the subject of
  /// the gerund after "of" and of the infinitive whose "to" is at `to`. Up to two lower-case
  /// words may stand between the mention and "of".
  func accusedOfGerund(_ k: Int, beforeInfinitive to: Int) -> Bool {
    let of = to - 2
    guard of > range.lowerBound, tokens[of].kind == .latin, tokens.norm(of).equalsWord("of"),
      tokens[to - 1].kind == .latin, tokens.norm(to - 1).hasByteSuffix("ing"),
      mentions.tokenEnd(k) <= of, of - mentions.tokenEnd(k) <= 2,
      (mentions.tokenEnd(k)..<of).allSatisfy({
        tokens[$0].kind == .latin && !tokens[$0].capitalized && !inMention($0)
      })
    else { return false }
    var v = mentions.tokenStart(k) - 1
    if v > range.lowerBound, isMarker(v, .determiner) { v -= 1 }
    return v >= range.lowerBound && lexicon.isWholeWordMarker(tokens, v, .accusation)
  }

  /// English: a gerund cue after "of" right after a verb of accusing (list `accusation`) whose
  /// subject, a pronoun or an actor, stands right after "which" or "whom": the relative's
  /// antecedent, the one accused ("the UAE, which it accuses of arming the RSF"). Nil
  /// otherwise.
  func accusedAntecedent(_ cue: Lexicon.Match) -> Int? {
    let of = cue.tokenStart - 1
    guard of - 3 >= range.lowerBound, tokens[of].kind == .latin, tokens.norm(of).equalsWord("of"),
      tokens.norm(cue.tokenStart).hasByteSuffix("ing"), tokens[of - 1].kind == .latin,
      lexicon.isWholeWordMarker(tokens, of - 1, .accusation)
    else { return nil }
    // The accuser: one pronoun, or an actor, before the verb.
    var r = of - 2
    if let m = mentions.last(where: { $0.tokenEnd == of - 1 }) { r = m.tokenStart - 1 }
    guard r >= range.lowerBound, tokens[r].kind == .latin,
      tokens.norm(r).equalsWord("which") || tokens.norm(r).equalsWord("whom")
    else { return nil }
    return relativeAntecedent(before: r + 1)
  }

  /// The relative pronoun that opens the clause of the verb at `i`: right before it, or in
  /// English before up to three auxiliaries of tense or adverbs, in -ly or of list
  /// `inner_adverb` ("which has backed", "who had repeatedly supported", "who are still
  /// fighting"). Not over a form of "be" (a passive is read by the participle
  /// frame) nor over "will"/"would"; but over "is" before an -ing form after ", which" or ", who"
  /// ("the National Unity Government, which is fighting the junta").
  func relativePronoun(before i: Int) -> Int? {
    guard i > range.lowerBound else { return nil }
    if isMarker(i - 1, .relative) { return i - 1 }
    guard tokens[i].kind == .latin else { return nil }
    var j = i - 1
    var skipped = 0
    var overBe = false
    while j > range.lowerBound, skipped < 3, tokens[j].kind == .latin {
      let w = tokens.norm(j)
      let be = isMarker(j, .passiveAux)
      // ("a mistake that would give Iran ...": a modal right after the pronoun too; "said that
      // it would" has a subject between, and no relative pronoun is reached.)
      let tense = isMarker(j, .auxiliary)
      guard
        tense || (w.utf8.count > 4 && w.hasByteSuffix("ly"))
          || lexicon.isMarker(tokens, j, .innerAdverb)
      else { break }
      overBe = overBe || be
      skipped += 1
      j -= 1
    }
    guard skipped > 0, isMarker(j, .relative) else { return nil }
    if overBe {
      // (A progressive in a clause set off by a comma, "which"/"who" naming the actor before.)
      guard tokens.norm(i).hasByteSuffix("ing"), j - 1 >= range.lowerBound,
        tokens[j - 1].kind == .comma, !tokens.norm(j).equalsWord("that")
      else { return nil }
    }
    return j
  }

  /// Subject of a verb-like cue: nearest non-oblique mention before it in the clause, or the
  /// first mention right after it (VSO). Returns the group and whether it came after the verb.
  func subject(of cue: Lexicon.Match) -> (group: [Int], after: Bool)? {
    let arabic = isArabic(cue.tokenStart)
    // "الأزمة التي ضربت X", "the crisis that hit X": a relative verb's subject is its
    // antecedent, the word right before the relative pronoun.
    // "الصفقة التي وقعتها الولايات المتحدة": a pronoun on the verb takes the antecedent's
    // place as object, and the subject follows.
    let relativeAt = relativePronoun(before: cue.tokenStart)
    let afterRelative = relativeAt != nil
    // "أصدر X بيانا اتهم فيه Y": a verb that describes a statement ("فيه": in it) has the
    // statement's author as subject; the actor after "فيه" is its object.
    if arabic, cue.tokenStart > range.lowerBound, cue.tokenEnd < range.upperBound,
      isMarker(cue.tokenStart - 1, .statementNoun), isMarker(cue.tokenEnd, .resumptiveIn),
      let k = nearestBefore(
        statementIssuer(cue.tokenStart - 1), sameClause: false, subjectsOnly: true,
        maxDistance: 10)
    {
      return (groupBackward(k), false)
    }
    // "هجوم شنته مجموعات مسلحة تابعة لقوات حفتر": a verb with a pronoun right after an
    // indefinite noun of an act describes it (a relative clause with no pronoun of its own);
    // its subject follows.
    let describesAct =
      arabic && !cue.enclitic.isEmpty && cue.tokenStart > range.lowerBound
      && isArabic(cue.tokenStart - 1) && tokens[cue.tokenStart - 1].lex.may(TokenLex.cue)
      && !inMention(cue.tokenStart - 1)
      && !ArabicClitics.hasArticleReading(tokens.norm(cue.tokenStart - 1))
      && lexicon.match(tokens, at: cue.tokenStart - 1, limit: cue.tokenStart).contains {
        $0.entry.frame == .noun && $0.proclitic.isEmpty
      }
    let resumptive = (afterRelative || describesAct) && arabic && !cue.enclitic.isEmpty
    // "انتقدت مصر القرار، متهمة إسرائيل بالتصعيد": a participle after a comma (list
    // `clause_participle`) tells how the sentence's subject acts; its object follows. Without
    // the comma, or with a clitic ("الجنود المتهمين"), it is no verb.
    if arabic, lexicon.isMarker(tokens, cue.tokenStart, .clauseParticiple) {
      guard cue.proclitic.isEmpty, cue.enclitic.isEmpty, cue.tokenStart - 1 > range.lowerBound,
        tokens[cue.tokenStart - 1].kind == .comma
      else { return nil }
      // (The whole coordinated subject: "انتقدت فرنسا وبريطانيا وألمانيا القرار، متهمة طهران".)
      return mainSubject(before: cue.tokenStart - 1).map { (groupForward($0), false) }
    }
    // "withdrew their draft, conceding that they could not win a majority in the Security
    // Council and blaming France": a participle joined by "and" to one after a comma shares
    // its subject, the main clause's. (Not for a strike: "overrunning military posts and
    // capturing border crossings with China" hits no China.)
    if !arabic, cue.entry.relation != .strikes, let p = participleJoinedByAnd(cue) {
      return mainSubject(before: p - 1).map { (groupForward($0), false) }
    }
    // "accused the Gulf state of supplying the RSF": the one accused, a gerund's subject, is
    // named by no actor (a noun before "of", a verb of accusation before it).
    if !arabic, unnamedAccused(cue) { return nil }
    // "vowed to hunt down the rebels who stormed an oil site, killing nine Chinese workers":
    // the participle tells of the relative clause's unnamed subject.
    if !arabic, participleOfUnnamedRelative(cue) { return nil }
    // "the UAE, which it accuses of arming the RSF": the one accused is the relative's
    // antecedent.
    if !arabic, let k = accusedAntecedent(cue) { return (groupBackward(k), false) }
    // "An IRA bomb in London killed", "the Houthi missile that hit": the attack noun's author
    // (AttackPhrase.swift).
    if !arabic, let (k, _) = attackPhrase(before: cue) { return (groupBackward(k), false) }
    // "Eritrea, whose troops have fought alongside Ethiopian forces": the owner before
    // ", whose" acts through what it owns.
    if !arabic, let k = whoseOwner(before: cue.tokenStart) { return (groupBackward(k), false) }
    if afterRelative, !resumptive {
      // "Qatar, which backs ...": in English a comma may stand before the pronoun when the
      // antecedent is no preposition's object ("the attack on Syria, which killed"). (Not in
      // Arabic: after "، التي" the verb's own subject may follow, "التي قتلت فيها القوات".)
      let r = relativeAt ?? cue.tokenStart - 1
      var before = mentions.lastIndex(where: { $0.tokenEnd == r })
      // "a suicide bombing in Kabul that killed": a place after "in" is no antecedent.
      if !arabic, let k = before, mentions.tokenStart(k) > range.lowerBound,
        tokens[mentions.tokenStart(k) - 1].kind == .latin,
        isMarker(mentions.tokenStart(k) - 1, .locative)
      {
        before = nil
      }
      if before == nil, !arabic, r - 1 >= range.lowerBound, tokens[r - 1].kind == .comma,
        let k = mentions.lastIndex(where: { $0.tokenEnd == r - 1 }),
        !isOblique(at: groupStart(k))
      {
        before = k
      }
      // "مع روسيا، التي أرسلت مدربين إلى باماكو", "تركيا، التي تدعم قوات الوفاق": in Arabic
      // too when the verb has no pronoun (its object would) and no "فيها" after it, and the
      // antecedent is no preposition's object but "مع"'s ("الغارات على غزة، التي استهدفت":
      // the raids did).
      if before == nil, arabic, r - 1 > range.lowerBound, tokens[r - 1].kind == .comma,
        cue.enclitic.isEmpty,
        cue.tokenEnd >= range.upperBound || !isMarker(cue.tokenEnd, .resumptiveIn),
        let k = mentions.lastIndex(where: { $0.tokenEnd == r - 1 }),
        case let first = groupStart(k),
        !isOblique(at: first)
          || (mentions.tokenStart(first) > range.lowerBound
            && isMarker(mentions.tokenStart(first) - 1, .with))
      {
        before = k
      }
      // "according to Taliban officials, who accused Pakistan": the people of an actor (a
      // title or force noun after it) are the antecedent, also after "according to".
      if before == nil, !arabic, r - 2 > range.lowerBound, tokens[r - 1].kind == .comma,
        tokens[r - 2].kind == .latin,
        isMarker(r - 2, .personHead) || isMarker(r - 2, .forceNoun),
        let k = mentions.lastIndex(where: { $0.tokenEnd == r - 2 }),
        case let first = mentions[groupStart(k)].tokenStart,
        !isOblique(at: groupStart(k))
          || (first - 2 >= range.lowerBound && tokens.norm(first - 1).equalsWord("to")
            && tokens.norm(first - 2).equalsWord("according"))
      {
        before = k
      }
      guard let k = before else {
        // "Al-Shabaab claimed the attack, which killed ...": the act's author did it.
        return attackAuthor(antecedentOf: cue.tokenStart - 1).map { (groupBackward($0), false) }
      }
      return (groupBackward(k), false)
    }
    if arabic, !resumptive, let k = copulaSubject(cue) { return (groupForward(k), false) }
    if !resumptive,
      let k = nearestBefore(
        cue.tokenStart, sameClause: true, subjectsOnly: true, maxDistance: arabic ? 4 : 10),
      !hasCase(at: k, "\u{064A}\u{064A}\u{0646}"),  // -iyyīn is no subject
      // Arabic news is mostly VSO: an actor right after the verb ("اتهم جنبلاط حزب الله")
      // is its subject rather than one a few words before ("صحيفة الشرق الأوسط السعودية").
      !(arabic
        && contains(in: mentions.tokenEnd(k)..<cue.tokenStart) { c, j in
          c.tokens[j].isWord && !c.isMarker(j, .adverb)
        } && vsoSubject(cue) != nil),
      // "الاعتداءات الإسرائيلية واعتبر المتحدث ... نبيل أبو ردينة": the actor right before a
      // verb with و ends the clause before; a person named after the verb is its subject.
      // ("الضربات الأمريكية واتهم الرئيس الإيراني إسرائيل", "وتتهم إيران إسرائيل": so is a
      // title right after the verb, or an actor with its object after it.)
      !(arabic && cue.proclitic.startsWithLetter(0xD9, 0x88)
        && mentions.tokenEnd(k) == cue.tokenStart
        && vsoSubject(cue).map { opensCoordinatedClause(cue, subject: $0) } == true)
    {
      if !arabic, let s = subjectOfEntry(before: k, cue: cue) {
        return (groupBackward(s), false)
      }
      // "It sanctioned Eritrea's army chief in August and this month suspended Ethiopia": an
      // actor in the object of a verb before "and", with words between it and the verb after
      // "and", is no subject of that verb (the verb shares the first one's subject).
      if !arabic, let v = objectBeforeCoordination(k, cue) {
        guard
          let s = nearestBefore(v, sameClause: true, subjectsOnly: true, maxDistance: 10)
        else { return nil }
        return (groupBackward(s), false)
      }
      // "Sudan filed a case at the International Court of Justice accusing the UAE": a
      // participle in -ing right after an actor that is the object of a preposition and "the"
      // qualifies the clause's noun; its subject is the clause's.
      if !arabic, tokens.norm(cue.tokenStart).hasByteSuffix("ing"),
        mentions.tokenEnd(k) == cue.tokenStart, theObject(groupStart(k)),
        let s = mainSubject(before: mentions.tokenStart(groupStart(k))), s < groupStart(k),
        !isOblique(at: s)
      {
        return (groupBackward(s), false)
      }
      if !arabic, subordinateSubject(between: k, and: cue) { return nil }
      return (groupBackward(k), false)
    }
    // "U.S. and British warplanes, ships and a submarine struck": the head noun goes on in a
    // list of nouns.
    if !arabic, let k = nounListSubject(cue) { return (groupBackward(k), false) }
    // "The US commander, General X, held talks with ...": an apposition between commas stands
    // between the subject and its verb.
    // ("Mortar shells hit a UN base ..., killing a Chadian peacekeeper": no apposition; the
    // participle's subject is the sentence's, not an actor in its verb's object.)
    if !arabic, let k = subjectBeforeApposition(cue.tokenStart),
      !isCommaParticiple(cue) || !followsEnglishVerb(k)
    {
      return (groupBackward(k), false)
    }
    // "The Taliban, which seized power in 2021, has attacked ...": a relative clause between
    // commas.
    if !arabic, let k = subjectBeforeEnglishRelative(cue.tokenStart) {
      return (groupBackward(k), false)
    }
    // "An attack by Islamist militants killed 12 soldiers": the agent of the act that is the
    // verb's subject.
    if !arabic,
      let k = nearestBefore(
        cue.tokenStart, sameClause: true, subjectsOnly: false, maxDistance: 3),
      case let by = mentions[groupStart(k)].tokenStart - 1,
      by - 1 >= range.lowerBound, tokens.norm(by).equalsWord("by"), isMarker(by - 1, .attackNoun)
    {
      return (groupBackward(k), false)
    }
    // "عملية جوية للقوات الفرنسية استهدفت ...": the event's ل-genitive is the agent.
    if arabic,
      let k = nearestBefore(
        cue.tokenStart, sameClause: true, subjectsOnly: false, maxDistance: 0),
      let g = mentions.withMention(k, { eventGenitive($0) })
    {
      return (groupBackward(g), false)
    }
    if arabic, let k = subjectBeforeRelative(cue) ?? subjectBeforeCommaPhrase(cue) {
      return (groupBackward(k), false)
    }
    // "أعلنت مالي، في بيان، انسحابها من إيكواس": a verbal noun of leaving after a light verb's
    // subject and a parenthetical.
    if arabic, lightVerbParenthetical(cue), let k = arabicLightVerbSubject(before: cue.tokenStart) {
      return (groupBackward(k), false)
    }
    if arabic, let k = affiliatedSubject(cue, after: false) {
      return (groupBackward(k), false)
    }
    if arabic, let k = subjectByExample(cue) { return (groupForward(k), true) }
    if arabic,
      let k = vsoSubject(cue) ?? affiliatedSubject(cue, after: true) ?? possessedForceSubject(cue)
    {
      return (groupForward(k), true)
    }
    // "اتهم العقيد سعيد الخالدي، المتحدث باسم التحالف العربي، الحوثيين": a name no actor
    // names, then a title apposition; the title's actor speaks for the subject.
    if arabic, let (k, _) = appositionSubject(cue) {
      return (groupForward(k), true)
    }
    return nil
  }

  /// "Ethiopian troops entered Somalia to fight al-Shabaab", "Turkey invaded Syria to fight the
  /// YPG": when the mention `k` before an infinitive cue is the object of a verb of entering a
  /// place (list `entry_verb`), the infinitive's subject is that verb's subject, not `k`. Nil
  /// otherwise.
  func subjectOfEntry(before k: Int, cue: Lexicon.Match) -> Int? {
    let start = mentions[groupStart(k)].tokenStart
    let v = start - 1
    guard cue.tokenStart - 1 > range.lowerBound, tokens.norm(cue.tokenStart - 1).equalsWord("to"),
      mentions[k].tokenEnd == cue.tokenStart - 1, v > range.lowerBound,
      tokens[v].kind == .latin, lexicon.isMarker(tokens, v, .entryVerb)
    else { return nil }
    return nearestBefore(v, sameClause: true, subjectsOnly: true, maxDistance: 6)
  }

  /// "استهدفت غارات للتحالف العربي مواقع الحوثيين", "قصفت مقاتلات للجيش التركي": an indefinite
  /// force or attack noun right after a verb of force, with its owner after it in ل, is the
  /// subject; the owner acts.
  func possessedForceSubject(_ cue: Lexicon.Match) -> Int? {
    let h = cue.tokenEnd
    guard cue.entry.relation == .strikes, h + 1 < range.upperBound, tokens[h].kind == .arabic,
      isMarker(h, .forceNoun) || isMarker(h, .attackNoun),
      !ArabicClitics.hasArticleReading(tokens.norm(h)),
      tokens.readingPrepositions(h + 1).contains(ReadingPrepositions.lam),
      // The owner's name, or a nisba after its head noun ("للجيش الإسرائيلي").
      let k = mentions.firstIndex(where: {
        $0.tokenStart == h + 1 || $0.tokenStart == h + 2 && $0.form == .adjective
      })
    else { return nil }
    return k
  }

  /// "السعودية، التي يدعمها الغرب، قصفت ...", "وما زال التحالف، الذي يدعمه الغرب يقاتل ...": an
  /// Arabic subject before a relative clause opened by a comma; the verb after the relative
  /// clause's own words is the main one. The cue is a verb without و/ف (which would start a
  /// clause of its own), within ten tokens, with no complementizer, quote or speech verb
  /// between, and the subject is no preposition's object.
  func subjectBeforeRelative(_ cue: Lexicon.Match) -> Int? {
    guard cue.entry.frame == .verb, cue.proclitic.isEmpty else { return nil }
    let lo = max(range.lowerBound, cue.tokenStart - 10)
    guard let r = (lo..<cue.tokenStart).last(where: { isMarker($0, .relative) }),
      r - 1 > range.lowerBound, tokens[r - 1].kind == .comma, r + 1 < cue.tokenStart,
      !(r + 1..<cue.tokenStart).contains(where: {
        tokens[$0].kind == .stop || tokens[$0].kind == .quote || isMarker($0, .complementizer)
          // "طالبان، التي قالت انها ارادت ضرب ...": what the relative clause reports.
          || lexicon.match(tokens, at: $0, limit: cue.tokenStart).contains {
            $0.entry.frame == .speech
          }
      }),
      let k = mentions.lastIndex(where: { $0.tokenEnd == r - 1 }),
      !isOblique(at: groupStart(k))
    else { return nil }
    return k
  }

  /// "الحوثيون، المدعومون من إيران، أطلقوا صواريخ", "وحزب الله، حليف إيران، هدد إسرائيل": an
  /// Arabic subject that opens its clause, then a phrase between commas (at most eight words,
  /// no complementizer, quote, speech word or verb of a relation), then the verb right after the
  /// second comma. The verb has no و/ف (which would start a clause of its own).
  func subjectBeforeCommaPhrase(_ cue: Lexicon.Match) -> Int? {
    let close = cue.tokenStart - 1
    // A comma, Arabic or Latin: not a bracket or a colon ("بيروت (اف ب) حذر" is a dateline).
    func isComma(_ j: Int) -> Bool {
      tokens[j].kind == .comma
        && (tokens.norm(j).equalsWord(",") || tokens.norm(j).equalsWord("\u{060C}"))
    }
    guard cue.entry.frame == .verb, cue.proclitic.isEmpty, close - 2 > range.lowerBound,
      isComma(close),
      let open = (max(range.lowerBound, close - 9)..<close).last(where: {
        tokens[$0].kind == .comma
      }), isComma(open),
      close - open >= 2,
      !(open + 1..<close).contains(where: { j in
        tokens[j].kind == .stop || tokens[j].kind == .quote || isMarker(j, .complementizer)
          || (tokens[j].lex.may(TokenLex.cue)
            && lexicon.match(tokens, at: j, limit: close).contains {
              $0.entry.frame == .speech || $0.entry.frame == .verb || $0.entry.frame == .meet
            })
      }),
      let k = mentions.lastIndex(where: { $0.tokenEnd == open }),
      let first = groupBackward(k).first, !isOblique(at: first)
    else { return nil }
    // The subject opens its clause: the sentence, a comma, a complementizer, or "و" on it.
    let b = mentions[first].tokenStart - 1
    guard
      b < range.lowerBound || tokens[b].kind == .comma || isMarker(b, .complementizer)
        || mentions[first].proclitic.startsWithLetter(0xD9, 0x88)
    else { return nil }
    return k
  }

  /// "X is (currently) in conflict with Y", "X is in a dispute with Y", "X, an ally of Z, is in
  /// conflict against it": the subject of "be" before an English noun cue in a prepositional
  /// phrase (the preposition in the cue or before it, a determiner between).
  func copulaSubject(before cue: Lexicon.Match) -> Int? {
    guard !isArabic(cue.tokenStart) else { return nil }
    var j = cue.tokenStart
    if !isMarker(j, .preposition) {
      if j - 1 >= range.lowerBound, isMarker(j - 1, .determiner) { j -= 1 }
      guard j - 1 >= range.lowerBound, isMarker(j - 1, .preposition) else { return nil }
      j -= 1
    }
    j -= 1
    var sawBe = false
    while j >= range.lowerBound, tokens[j].kind == .latin, !tokens[j].capitalized,
      isMarker(j, .auxiliary) || isMarker(j, .passiveAux) || tokens.norm(j).hasByteSuffix("ly")
    {
      if isMarker(j, .passiveAux) { sawBe = true }
      j -= 1
    }
    guard sawBe, j >= range.lowerBound else { return nil }
    if let k = mentions.lastIndex(where: { $0.tokenEnd == j + 1 }),
      !isOblique(at: groupStart(k))
    {
      return k
    }
    return tokens[j].kind == .comma ? subjectBeforeApposition(j + 1) : nil
  }

  /// True when the mention, or the head noun its nisba qualifies, carries the genitive ل
  /// ("للرئيس الأمريكي", "لطائرات التحالف").
  func hasGenitiveLam(_ m: Mention) -> Bool {
    func lam(_ k: Int) -> Bool {
      // A reading with ل has it as the word's first or second letter (as `ReadingPrepositions.of`
      // reads the letters, two bytes each): the readings are made only for such a word.
      tokens.kind(k) == .arabic
        && tokens.norm(k).withBytes { b in
          (b.count >= 2 && b[0] & 0x1F == 0x19 && b[1] & 0x3F == 0x04)
            || (b.count >= 4 && b[2] & 0x1F == 0x19 && b[3] & 0x3F == 0x04)
        }
        && tokens.readingPrepositions(k).contains(ReadingPrepositions.lam)
    }
    let head = m.tokenStart - 1
    // Merged appositions ("البيت الأبيض للرئيس الأمريكي ترامب") carry it inside.
    return (m.tokenStart..<m.tokenEnd).contains(where: lam)
      || (head >= range.lowerBound && tokens[head].kind == .arabic && lam(head)
        && !inMention(head))
  }

  /// Arabic VSO subject: the actor after the verb, next to it (see `subjectReachable`). A verb
  /// before its subject is singular: "يقتلون الجزائريين" has its subject in the verb.
  func vsoSubject(_ cue: Lexicon.Match) -> Int? {
    // "واتهم مسؤول في حماس إسرائيل", "وحذر قيادي في حماس إسرائيل": a person (list
    // `person_head`) right after the verb, then "في" and the actor he belongs to, who is the
    // subject.
    let i = cue.tokenEnd
    if isArabic(cue.tokenStart), i + 2 < range.upperBound, tokens[i].kind == .arabic,
      isMarker(i, .personHead), tokens.norm(i + 1).sameBytes("\u{0641}\u{064A}"),
      // ("مسؤول في الحكومة العراقية": a government's head word, then its nisba.)
      let k = mentions.firstIndex(where: {
        $0.tokenStart == i + 2
          || ($0.tokenStart == i + 3 && $0.form == .adjective
            && lexicon.isMarker(tokens, i + 2, .governmentHead))
      }),
      mentions[k].proclitic.isEmpty || mentions[k].proclitic == ArabicClitics.article,
      // (With its object right after it: "قتل مسؤول في حماس في غارة" is a passive, "an
      // official of Hamas was killed"; so is a strike's verb read so.)
      cue.entry.relation != .strikes, hasAdjacentObject(k)
    {
      return k
    }
    guard isArabic(cue.tokenStart), !isPluralVerb(cue),
      let k = firstAfter(cue.tokenEnd, sameClause: true, maxDistance: 4),
      !isOblique(at: k),
      subjectReachable(from: cue.tokenEnd, to: mentions[k].tokenStart)
        // "رفض المجلس العسكري في النيجر": the government named by where it rules.
        || mentions.withMention(k, { governmentHead(of: $0) }) == cue.tokenEnd,
      // -iyyīn is no subject, but the genitive of a number word is, with a stance ("تظاهر آلاف
      // اليمنيين", "انتقد عشرات النواب الأمريكيين").
      !hasCase(at: k, "\u{064A}\u{064A}\u{0646}")
        || (cue.entry.relation == .opposes && countedSubject(k))
        // "اتهم المتحدث باسم الحوثيين السعودية": the ones a spokesman speaks for.
        || (mentions.tokenStart(k) > range.lowerBound
          && tokens.norm(mentions.tokenStart(k) - 1).sameBytes(
            "\u{0628}\u{0627}\u{0633}\u{0645}"))
    else { return nil }
    return k
  }

  /// "وكانت القوات الأمريكية المنتشرة في شمال شرق سوريا قد دعمت قسد": كان (list
  /// `copula_verb`), its subject within three words after it, then whatever describes the
  /// subject, then قد right before the verb: the subject is كان's, however long its phrase; or
  /// the subject right before كان and قد. Nil otherwise.
  func copulaSubject(_ cue: Lexicon.Match) -> Int? {
    let q = cue.tokenStart - 1
    guard q > range.lowerBound, tokens[q].kind == .arabic,
      tokens.norm(q).sameBytes("\u{0642}\u{062F}")
    else { return nil }
    var j = q - 1
    while j >= max(range.lowerBound, q - 14) {
      if tokens[j].kind == .stop || tokens[j].kind == .quote { return nil }
      if tokens[j].kind == .arabic, lexicon.isMarker(tokens, j, .copulaVerb) { break }
      j -= 1
    }
    guard j >= max(range.lowerBound, q - 14) else { return nil }
    // "وفرنسا كانت قد أدانت", "علما بأن الوزير إسبر كان قد زار طوكيو": كان right before قد,
    // its subject named right before it.
    if j == q - 1, let k = mentions.lastIndex(where: { $0.tokenEnd == j }),
      !isOblique(at: groupStart(k))
    {
      return groupStart(k)
    }
    guard
      let k = mentions.firstIndex(where: {
        $0.tokenStart > j && $0.tokenStart <= j + 3 && $0.tokenEnd <= q
      }),
      !isOblique(at: k)
    else { return nil }
    return k
  }

  /// English: the cue is an -ing form after ", which is" or ", who are" ("the National Unity
  /// Government, which is fighting the junta"): an ongoing act that describes the actor, no
  /// attack the report tells.
  func describesOngoingAct(_ cue: Lexicon.Match) -> Bool {
    let i = cue.tokenStart
    guard tokens.kind(i) == .latin, i - 1 > range.lowerBound, isMarker(i - 1, .passiveAux),
      tokens.norm(i).hasByteSuffix("ing")
    else { return false }
    return relativePronoun(before: i) != nil
  }

  /// Arabic: whether the cue stands in a clause of the pluperfect, كان (list `copula_verb`)
  /// then قد within four tokens before the cue ("وكانت X قد تبنت عشرات الهجمات"), with no
  /// sentence end between: background to what the report tells.
  func isPluperfect(_ cue: Lexicon.Match) -> Bool {
    guard isArabic(cue.tokenStart),
      let q = (max(range.lowerBound, cue.tokenStart - 4)..<cue.tokenStart).last(where: {
        tokens[$0].kind == .arabic && tokens.norm($0).sameBytes("\u{0642}\u{062F}")
      })
    else { return false }
    var j = q - 1
    while j >= max(range.lowerBound, q - 24) {
      if tokens[j].kind == .stop { return false }
      if tokens[j].kind == .arabic, lexicon.isMarker(tokens, j, .copulaVerb) { return true }
      j -= 1
    }
    return false
  }

  /// Whether the VSO subject `k` of a verb with و makes the verb open a clause of its own,
  /// rather than go on with the subject of the clause before: `k` is a person; or `k` (and its
  /// group) is followed at once by an actor of another code that is no adjective of it, its
  /// object ("وتتهم إيران إسرائيل"; not "وقتلت عناصر حزب الله اللبناني"); or a title stands
  /// right after a verb that is no feminine perfect, with an actor of another code within four
  /// words after it ("واتهم الرئيس الإيراني أمريكا"; "وتدعم الرئيس السوري" supports him).
  func opensCoordinatedClause(_ cue: Lexicon.Match, subject k: Int) -> Bool {
    if gazetteer?.actorKind(mentions[k]) == .person || hasAdjacentObject(k) { return true }
    guard cue.tokenEnd < range.upperBound, isMarker(cue.tokenEnd, .personHead),
      !(cue.enclitic.isEmpty && tokens.norm(cue.tokenStart).hasByteSuffix("\u{062A}"))
    else { return false }
    let group = groupForward(k)
    let end = mentions[group.last ?? k].tokenEnd
    return mentions.contains { m in
      m.tokenStart >= end && m.tokenStart <= end + 4
        && clauseOf(m.tokenStart) == clauseOf(cue.tokenStart)
        && !group.contains(where: { mentions[$0].code == m.code })
    }
  }

  /// Whether mention `k` (with its group) is followed at once by an actor of another code that
  /// is no adjective of it: a VSO subject and its object ("وتتهم إيران إسرائيل"; not "عناصر
  /// حزب الله اللبناني").
  func hasAdjacentObject(_ k: Int) -> Bool {
    let group = groupForward(k)
    let end = mentions[group.last ?? k].tokenEnd
    return mentions.contains { m in
      m.tokenStart == end && m.form != .adjective
        && !group.contains(where: { mentions[$0].code == m.code })
    }
  }

  /// Whether mention `k` is the genitive of a number word right after the verb, one plural
  /// noun between at most ("آلاف اليمنيين", "عشرات النواب الأمريكيين").
  func countedSubject(_ k: Int) -> Bool {
    let s = mentions[k].tokenStart
    return (s - 1 >= range.lowerBound && isNumber(s - 1))
      || (s - 2 >= range.lowerBound && isNumber(s - 2) && tokens[s - 1].kind == .arabic
        && !inMention(s - 1))
  }

  /// True when the word at `j` names an organization ("جماعة", "حركة", "تنظيم": markers
  /// `group_anaphor`), not its members or forces ("مسلحون", "عناصر", "ميليشيات").
  func isOrganizationNoun(_ j: Int) -> Bool {
    isMarker(j, .groupAnaphor) && !isMarker(j, .nonAgentHead) && !isMarker(j, .forceNoun)
  }

  /// True when the word at `j` may be in the noun phrase of a force named by whom it belongs to
  /// ("طائرة بدون طيار تابعة لـ"): an Arabic word, no number (counted victims), no place or
  /// position (what is hit) and no organization (an affiliate is an actor of its own).
  func affiliatedPhraseWord(_ j: Int) -> Bool {
    tokens[j].kind == .arabic && !isNumber(j) && !isMarker(j, .targetHead)
      && !isOrganizationNoun(j)
  }

  /// The affiliation word ("تابعة", named list `affiliation`) before mention `m`: right before
  /// it, or before the head noun it qualifies or follows ("تابعة للقوات الأمريكية", "تابعة
  /// لتنظيم #القاعدة"); the actor or that head carries ل.
  func affiliationWord(before m: Mention) -> Int? {
    var j = m.tokenStart - 1
    var lam = hasGenitiveLam(m)
    while j > range.lowerBound, tokens[j].kind == .other || tokens[j].kind == .quote { j -= 1 }
    if j > range.lowerBound, tokens[j].kind == .arabic, !lexicon.isMarker(tokens, j, .affiliation) {
      lam = lam || tokens.readingPrepositions(j).contains(ReadingPrepositions.lam)
      j -= 1
    }
    guard lam, j > range.lowerBound, lexicon.isMarker(tokens, j, .affiliation) else { return nil }
    return j
  }

  /// "أطلقت طائرة بدون طيار تابعة لجيش الاحتلال صاروخا", "قوات تابعة لحفتر قصفت": the actor a
  /// force or a vehicle belongs to (named list `affiliation`, with ل on the actor) is the subject
  /// of the verb its noun phrase stands next to. The phrase has one to three words: no number
  /// ("قتل 5 جنود تابعين للجيش" counts victims), no place or position ("قصفت مواقع تابعة لحفتر":
  /// what is hit), no group ("جماعة تابعة لتنظيم القاعدة" is an affiliate, an actor of its own)
  /// and no definite word after its first (there the verb's own subject ends), unless all its
  /// words and the word of belonging are definite ("الطيران الحربي التابع للجيش").
  /// Before the verb, the phrase opens its clause (the sentence, a complementizer, a clause
  /// opener or a comma before it). `after`: the phrase follows the verb.
  func affiliatedSubject(_ cue: Lexicon.Match, after: Bool) -> Int? {
    func phrase(_ r: Range<Int>) -> Bool {
      let words = r.filter { !isMarker($0, .adverb) }
      // ("الطيران الحربي التابع للجيش": a definite noun, its adjectives and the word of
      // belonging, all definite, are one phrase.)
      let definite =
        r.upperBound < range.upperBound
        && ArabicClitics.hasArticleReading(tokens.norm(r.upperBound))
        && words.allSatisfy { ArabicClitics.hasArticleReading(tokens.norm($0)) }
      return (1...3).contains(words.count)
        && words.allSatisfy { j in
          affiliatedPhraseWord(j)
            && (j == words.first || definite || !ArabicClitics.hasArticleReading(tokens.norm(j)))
        }
    }
    if after {
      guard let k = firstAfter(cue.tokenEnd, sameClause: true, maxDistance: 5),
        let a = affiliationWord(before: mentions[k]), a > cue.tokenEnd, phrase(cue.tokenEnd..<a)
      else { return nil }
      return k
    }
    guard let k = mentions.lastIndex(where: { $0.tokenEnd == cue.tokenStart }),
      let a = affiliationWord(before: mentions[k])
    else { return nil }
    for start in stride(from: a - 1, through: max(range.lowerBound, a - 3), by: -1) {
      let before = start - 1
      if phrase(start..<a),
        before < range.lowerBound || tokens[before].kind == .comma
          || isMarker(before, .complementizer) || isMarker(before, .clauseOpener)
      {
        return k
      }
    }
    return nil
  }

  /// Index of `m` when it is the ل-genitive of an event or force noun ("عملية للقوات
  /// الفرنسية", "غارة لطائرات التحالف", "هجوم لتنظيم داعش").
  func eventGenitive(_ m: Mention) -> Int? {
    var j = m.tokenStart
    var carrier = j  // the token with ل: the mention's first, or its head before a nisba
    if m.form == .adjective, j - 1 >= range.lowerBound, tokens[j - 1].kind == .arabic {
      carrier = j - 1
      j -= 1
    }
    guard tokens.readingPrepositions(carrier).contains(ReadingPrepositions.lam),
      (max(range.lowerBound, j - 3)..<j).contains(where: { isMarker($0, .eventNoun) })
    else { return nil }
    return mentions.firstIndex(of: m)
  }

  /// True when the mention names a person (a gazetteer person or one made from a title).
  func isPersonMention(_ m: Mention) -> Bool {
    m.actor != m.code && (m.actor.hasPrefix("PER_") || personCodes.contains(m.actor))
  }

  /// Arabic: the cue verb carries a plural subject suffix (ـون، ـوا), so no noun after it is
  /// its subject.
  func isPluralVerb(_ cue: Lexicon.Match) -> Bool {
    guard cue.entry.frame == .verb || cue.entry.frame == .meet, cue.tokenEnd == cue.tokenStart + 1
    else { return false }
    var w = tokens.norm(cue.tokenStart)
    if !cue.enclitic.isEmpty {
      w = String(w.unicodeScalars.dropLast(cue.enclitic.unicodeScalars.count))
    }
    return w.hasByteSuffix("\u{0648}\u{0646}") || w.hasByteSuffix("\u{0648}\u{0627}")
  }

  /// True when the mention's last word ends in `suffix` (sound plural nisba case endings:
  /// "يين" accusative/genitive, "يون" nominative).
  func hasCase(_ m: Mention, _ suffix: String) -> Bool {
    tokens[m.tokenEnd - 1].kind == .arabic && tokens.norm(m.tokenEnd - 1).hasByteSuffix(suffix)
  }

  /// `hasCase(mentions[k], suffix)`, the mention's end read in place (no copy of the mention).
  func hasCase(at k: Int, _ suffix: String) -> Bool {
    let e = mentions.tokenEnd(k)
    return tokens.kind(e - 1) == .arabic && tokens.norm(e - 1).hasByteSuffix(suffix)
  }

  /// A folded Arabic word ending like a singular nisba adjective (ـي، ـية), of at least
  /// `minimumLetters` letters (4 lets in short adjectives such as "جوية").
  func looksLikeNisba(_ word: String, minimumLetters: Int = 5) -> Bool {
    Self.looksLikeNisba(word, minimumLetters: minimumLetters)
  }

  /// `looksLikeNisba`, for code with no sentence context (cue finding).
  /// True when token `j` may be a feminine adjective after a noun: an Arabic word ending in ة
  /// (folded ه) that no cue starts ("بزيارة خاطفة", "شكوى لبنانية قانونية").
  static func looksLikeFeminineModifier(_ tokens: [Token], _ j: Int) -> Bool {
    tokens[j].kind == .arabic && tokens.norm(j).hasByteSuffix("\u{0647}")
      && !tokens[j].lex.may(TokenLex.cue)
  }

  static func looksLikeNisba(_ word: String, minimumLetters: Int = 5) -> Bool {
    // (On the bytes, no array of scalars made: a word that ends in the bytes of ي, or of يه,
    // ends in those scalars, as no other scalar ends in their bytes.)
    guard word.scalarCount >= minimumLetters else { return false }
    return word.hasByteSuffix("\u{064A}") || word.hasByteSuffix("\u{064A}\u{0647}")
  }

  /// Arabic VSO: can a mention starting at token `to` be the subject of a verb ending at
  /// `from`? The subject follows the verb (time adverbs may come between), either directly or
  /// after one head noun it qualifies: a definite noun ("الرئيس الأمريكي", "السفير الروسي") or a
  /// construct chain ending in one ("وزارة الدفاع الروسية", "طائرات تركية", "قوات حفتر").
  /// Anything more means the verb's subject is another noun ("ضرب الصاروخ طائرة ... الماليزية")
  /// and a number means a counted victim ("قتل 27 شخصا من مقاتلي ...").
  func subjectReachable(from: Int, to: Int) -> Bool {
    // Hashtags ("#الحكومة_الأردنية") and quotes are transparent.
    func skippable(_ k: Int) -> Bool {
      isMarker(k, .adverb) || tokens[k].kind == .quote || tokens[k].kind == .other
    }
    /// A reading of the word takes the article off (`articleReadings` has one whose proclitic
    /// ends in ال; other tokens' readings have no proclitic), found without making them.
    func definite(_ k: Int) -> Bool {
      tokens[k].kind == .arabic && ArabicClitics.hasArticleReading(tokens.norm(k))
    }
    var j = from
    while j < to, skippable(j) { j += 1 }
    // "وحمل مكتب رئيس الوزراء الإسرائيلي بنيامين نتنياهو إيران المسؤولية": the office of a
    // titled person speaks for the person.
    if j + 1 < to, tokens[j].kind == .arabic,
      tokens.norm(j).sameBytes("\u{0645}\u{0643}\u{062A}\u{0628}"),
      isMarker(j + 1, .personHead)
    {
      j += 1
    }
    var heads = 0
    var lastHead = -1
    while j < to, tokens[j].kind == .arabic, !isMarker(j, .adverb) {
      // "استهدفت مواقع حفتر": positions, towns and bases are what is hit, not who hits.
      if isMarker(j, .targetHead) { return false }
      // "انتقد الدعم الروسي لحفتر": a definite cue noun is what the verb acts on; the nisba
      // after it is that noun's agent, not the verb's subject.
      // A title is no such noun ("انتقد المتحدث الأمريكي إيران": the spokesman).
      if tokens[j].lex.may(TokenLex.cue), definite(j), !isMarker(j, .personHead) { return false }
      // "واتهمها بتدمير لبنان": a word with ب/ل/ك opens a phrase of its own.
      // (Every reading but the word itself has ب/ل/ك: a proclitic after و/ف is one of them
      // or nothing.)
      let preps = tokens.readingPrepositions(j)
      if preps.count > 1, (1..<preps.count).allSatisfy({ preps[$0] != 0 }) {
        return false
      }
      heads += 1
      lastHead = j
      let closes = definite(j)
      j += 1
      while j < to, tokens[j].kind == .other { j += 1 }
      // "قال المتحدث (الرسمي) باسم الخارجية الإيرانية": a spokesman speaks in the name of the
      // actor after "باسم".
      if isMarker(lastHead, .personHead) {
        var n = j
        if n < to,
          tokens.norm(n).sameBytes("\u{0627}\u{0644}\u{0631}\u{0633}\u{0645}\u{064A}")
            || tokens.norm(n).sameBytes("\u{0627}\u{0644}\u{0631}\u{0633}\u{0645}\u{064A}\u{0629}")
        {
          n += 1
        }
        if n < to, tokens.norm(n).sameBytes("\u{0628}\u{0627}\u{0633}\u{0645}") {
          j = n + 1
          // "المتحدث باسم الجيش الإسرائيلي", "باسم وزارة الخارجية الأمريكية": the nisba of the
          // body he speaks for, after its one or two words, the last definite.
          if to - j <= 2, to > j, definite(to - 1),
            !(j..<to).contains(where: { isMarker($0, .preposition) }),
            mentions.contains(where: { $0.tokenStart == to && $0.form == .adjective })
          {
            j = to
          }
          // "المتحدث باسم الرئاسة نبيل أبو ردينة": the spokesman's own name after the body he
          // speaks for, its one or two words definite and no actor.
          if to - j <= 2, to > j, (j..<to).allSatisfy({ definite($0) && !inMention($0) }),
            !(j..<to).contains(where: { isMarker($0, .preposition) }),
            let m = mentions.first(where: { $0.tokenStart == to }), m.form == .name,
            gazetteer?.actorKind(m) == .person
          {
            j = to
          }
          break
        }
      }
      if closes || heads == 2 { break }
    }
    // A definite noun and then a name: the name is the object ("زار الوفد دمشق") unless the
    // noun is a title ("الرئيس بوتين").
    if heads == 1, lastHead >= 0, definite(lastHead), j == to,
      let m = mentions.first(where: { $0.tokenStart == to }), m.form == .name,
      !isMarker(lastHead, .personHead)
    {
      return false
    }
    // A nisba may qualify the head before a person's name: "المستشارة الألمانية أنغيلا ميركل".
    // So may another adjective of a title whose body follows with ل ("المبعوث الخاص للأمم
    // المتحدة", `titleOf`).
    if heads > 0, j < to, definite(j),
      looksLikeNisba(tokens.norm(j)) || (j + 1 == to && titleOf(to))
    {
      j += 1
    }
    // "طائرات حربية وسفن أمريكية": a second indefinite noun joined by و, then the nisba that
    // qualifies both.
    if heads > 0, j + 1 == to, tokens[j].kind == .arabic, !definite(j), !inMention(j),
      tokens.norm(j).startsWithLetter(0xD9, 0x88),
      tokens[j].readings.contains(where: { $0.proclitic.sameBytes("\u{0648}") }),
      !(1...3).contains(where: { tokens.readingPrepositions(j).contains($0) }),
      mentions.contains(where: { $0.tokenStart == to && $0.form == .adjective })
    {
      j += 1
    }
    // "وقصفت الدبابات والمروحيات الإثيوبية مواقع ...": a second definite noun joined by و after
    // a definite one, then the nisba that qualifies both.
    if heads == 1, lastHead >= 0, definite(lastHead), j + 1 == to, tokens[j].kind == .arabic,
      definite(j), !inMention(j), tokens.norm(j).startsWithLetter(0xD9, 0x88),
      !tokens[j].lex.may(TokenLex.cue), !isMarker(lastHead, .personHead),
      mentions.contains(where: { $0.tokenStart == to && $0.form == .adjective })
    {
      j += 1
    }
    // "طائرات وسفن حربية أمريكية": two indefinite nouns joined by و, then one indefinite
    // adjective and the nisba that qualify both.
    if heads == 2, lastHead > from, j + 1 == to, tokens[j].kind == .arabic, !definite(j),
      !definite(lastHead), !inMention(j), !tokens.norm(j).startsWithLetter(0xD9, 0x88),
      tokens.norm(lastHead).startsWithLetter(0xD9, 0x88),
      tokens[lastHead].readings.contains(where: { $0.proclitic.sameBytes("\u{0648}") }),
      !tokens[j].lex.may(TokenLex.cue),
      !(1...3).contains(where: { tokens.readingPrepositions(j).contains($0) }),
      mentions.contains(where: { $0.tokenStart == to && $0.form == .adjective })
    {
      j += 1
    }
    while j < to, skippable(j) { j += 1 }
    return j == to
  }

  /// The first mention of the sentence before token `i` that is not the object of a
  /// preposition: the main clause's subject in news English ("Last week, Taliban fighters ...").
  func mainSubject(before i: Int) -> Int? {
    mentions.indices.first { k in
      mentions[k].tokenEnd <= i && !isOblique(at: groupStart(k))
    }
  }

  /// The English relative pronouns that open a clause about the name before them ("that",
  /// also a complementizer, is left out).
  static let englishRelatives: Set<String> = ["which", "whom", "who", "whose"]

  /// English: the mention a relative pronoun right before token `i` refers to ("X, which",
  /// "X -- despite ... -- which", "the Taliban, who have pressed offensives against"), if the
  /// pronoun is one of `englishRelatives` ("whose" with the noun it owns) and the antecedent
  /// is next to it.
  func relativeAntecedent(before i: Int) -> Int? {
    var j = i - 1
    // "Merkel, whose government Erdogan has accused of ...": "whose" and the lower-case noun
    // it owns (one or two words) before the subject; the owner is the antecedent.
    var w = j
    while w > range.lowerBound, i - w <= 2, tokens[w].kind == .latin, !tokens[w].capitalized,
      !tokens.norm(w).equalsWord("whose")
    {
      w -= 1
    }
    if w < j, w > range.lowerBound, tokens.norm(w).equalsWord("whose") { j = w }
    guard j > range.lowerBound, Self.englishRelatives.contains(tokens.norm(j)) else {
      return nil
    }
    j -= 1
    if tokens[j].kind == .comma, tokens.norm(j).equalsWord(",") { j -= 1 }
    // Skip a parenthetical between dashes: "the Kabul government -- despite U.S. pleas --".
    if j >= range.lowerBound, Dateline.isDash(tokens, j) {
      var k = j - 1
      while k > range.lowerBound, !(tokens[k].kind == .quote && tokens.norm(k) == tokens.norm(j)) {
        k -= 1
      }
      while k > range.lowerBound, tokens[k - 1].kind == .quote, tokens.norm(k - 1) == tokens.norm(j)
      {
        k -= 1
      }
      j = k - 1
    }
    guard j >= range.lowerBound else { return nil }
    if let k = mentions.lastIndex(where: { $0.tokenEnd == j + 1 }) { return k }
    // "the FDLR, Hutu rebels whom Kigali regards as a threat": a description of one to three
    // words no mention holds, set off by a comma after the actor it describes.
    var d = j
    while d > range.lowerBound, j - d < 3, tokens[d].kind == .latin, !inMention(d) { d -= 1 }
    guard d < j, d > range.lowerBound, tokens[d].kind == .comma,
      tokens.norm(d).equalsWord(","), tokens[j].kind == .latin, !tokens[j].capitalized
    else { return nil }
    return mentions.lastIndex { $0.tokenEnd == d }
  }

  /// English: the actor before ", whose" when one or two lower-case words (what it owns:
  /// "troops", "armed forces") and auxiliaries or adverbs stand between "whose" and the verb at
  /// `i`.
  func whoseOwner(before i: Int) -> Int? {
    var j = i - 1
    while j > range.lowerBound, i - j <= 3, tokens[j].kind == .latin,
      isMarker(j, .auxiliary) || tokens.norm(j).equalsWord("not")
        || tokens.norm(j).hasByteSuffix("ly")
    {
      j -= 1
    }
    let owned = j
    while j > range.lowerBound, owned - j < 2, tokens[j].kind == .latin, !tokens[j].capitalized,
      !inMention(j), !tokens.norm(j).equalsWord("whose")
    {
      j -= 1
    }
    guard j < owned, j - 1 > range.lowerBound, tokens.norm(j).equalsWord("whose"),
      tokens[j - 1].kind == .comma,
      // (A preposition's object owns what "whose" names too: "watched closely by Eritrea,
      // whose troops fought alongside Ethiopian forces".)
      let k = mentions.lastIndex(where: { $0.tokenEnd == j - 1 })
    else { return nil }
    return k
  }

  /// English: the subject before a relative clause or an apposition set off by commas, when the
  /// verb at `i` follows the closing comma ("The Taliban, which seized power in 2021, has
  /// attacked", "Hamas, which has ruled Gaza since 2007, was attacked by", "Russia, France and
  /// the United States, the co-chairs of the Minsk Group, issued"): auxiliaries, "not" and
  /// adverbs in -ly at most between the comma and the verb; "which"/"who"/"whose" (or "the" and
  /// a lower-case word) right after the opening comma, at most 14 tokens before the closing one,
  /// with no other comma, quote (a hyphen inside a word is none), stop or "that" between; the
  /// subject is no preposition's object.
  func subjectBeforeEnglishRelative(_ i: Int) -> Int? {
    guard i > range.lowerBound, tokens[i].kind == .latin else { return nil }
    var close = i - 1
    while close > range.lowerBound, i - close <= 3, tokens[close].kind == .latin,
      isMarker(close, .auxiliary) || isMarker(close, .passiveAux)
        || tokens.norm(close).equalsWord("not")
        || tokens.norm(close).hasByteSuffix("ly")
    {
      close -= 1
    }
    // (A comma opening the sentence closes nothing: ", which ..." has no subject before it.)
    guard close > range.lowerBound + 1, tokens[close].kind == .comma,
      tokens.norm(close).equalsWord(",")
    else { return nil }
    let lo = max(range.lowerBound + 1, close - 14)
    guard let r = (lo..<close).last(where: { tokens[$0].kind == .comma }).map({ $0 + 1 }),
      r + 1 < close, tokens[r].kind == .latin,
      ["which", "who", "whose"].contains(tokens.norm(r))
        // "The presidents of Russia, France and the United States, the co-chairs of the OSCE
        // Minsk Group, issued": an apposition, "the" and a lower-case noun.
        || (tokens.norm(r).equalsWord("the") && tokens[r + 1].kind == .latin
          && !tokens[r + 1].capitalized && !inMention(r + 1)),
      tokens.norm(r - 1).equalsWord(","),
      // (A hyphen inside a word is no quote: "the co-chairs of".)
      !(r + 1..<close).contains(where: {
        tokens[$0].kind == .stop
          || (tokens[$0].kind == .quote && !tokens.norm($0).equalsWord("-"))
          || isMarker($0, .complementizer)
      }),
      let k = mentions.lastIndex(where: { $0.tokenEnd == r - 1 }),
      !isOblique(at: groupStart(k))
    else { return nil }
    return k
  }

  /// English: the subject before a relative clause set off by commas, of a light verb at most
  /// three plain words before the noun at `i` ("Brazil, Colombia and Mexico, whose leaders have
  /// kept ties with Caracas, issued a joint statement"); nil otherwise.
  func subjectBeforeEnglishRelative(lightVerbBefore i: Int) -> Int? {
    guard i - 1 > range.lowerBound, tokens[i].kind == .latin,
      let v = (max(range.lowerBound + 1, i - 4)..<i).last(where: {
        tokens[$0].kind == .latin && isMarker($0, .lightVerb)
      }),
      (v + 1..<i).allSatisfy({
        tokens[$0].kind == .latin && !isMarker($0, .preposition) && !inMention($0)
      })
    else { return nil }
    return subjectBeforeEnglishRelative(v)
  }

  /// Index of the word before token `i`, skipping quotes and hashtag marks (or `i - 1`).
  func previousWord(_ i: Int) -> Int {
    var j = i - 1
    while j > range.lowerBound, tokens[j].kind == .quote || tokens[j].kind == .other { j -= 1 }
    return j
  }

  /// English: "its" or "their" right after a verb of saying (or its "that"), up to three
  /// lower-case words before token `i`: "The United States condemned China's actions and said
  /// its defence treaty with the Philippines covers ...". The owner is the sentence's subject
  /// (`mainSubject`), who speaks, not the actor named last. Its mention, or nil.
  func saidItsOwner(before i: Int) -> Int? {
    var j = i - 1
    var words = 0
    // ("its 1951 mutual defense treaty with": a year among the words.)
    while j > range.lowerBound, words < 3,
      tokens[j].kind == .number
        || (tokens[j].kind == .latin && !tokens[j].capitalized && !inMention(j)
          && !tokens.norm(j).equalsWord("its") && !tokens.norm(j).equalsWord("their"))
    {
      j -= 1
      words += 1
    }
    guard j > range.lowerBound, tokens[j].kind == .latin,
      tokens.norm(j).equalsWord("its") || tokens.norm(j).equalsWord("their")
    else { return nil }
    var v = j - 1
    if v > range.lowerBound, tokens[v].kind == .latin, tokens.norm(v).equalsWord("that") {
      v -= 1
    }
    guard tokens[v].kind == .latin, isSpeechVerb(v) else { return nil }
    return mainSubject(before: v)
  }

  /// English possessor of the noun starting at `i`: "Turkey's support", "Trump's phone call",
  /// "the rebels' attacks", "the Sudanese army's airstrikes" (at most two modifiers between the
  /// possessive and the noun).
  func possessor(before i: Int) -> Int? {
    var j = i - 1
    var words = 0
    while j >= range.lowerBound, words < 2, tokens[j].kind == .latin, !tokens[j].capitalized,
      !tokens.norm(j).equalsWord("s"), !isMarker(j, .preposition)
    {
      j -= 1
      words += 1
      // "Moscow's full-scale invasion": a hyphen joins the words of one modifier.
      if j - 1 > range.lowerBound, tokens.norm(j).equalsWord("-"), tokens[j - 1].kind == .latin,
        !tokens[j - 1].capitalized
      {
        j -= 1
        words -= 1
      }
    }
    guard j >= range.lowerBound else { return nil }
    var end = j + 1  // token after the possessive mark
    if tokens.norm(j).equalsWord("s"), j - 1 >= range.lowerBound, tokens[j - 1].kind == .quote {
      end = j - 1
    } else if tokens[j].kind == .quote, !tokens.norm(j).equalsWord("\""),
      !tokens.norm(j).equalsWord("-")
    {
      // (A hyphen is no possessive mark: "US-brokered talks".)
      end = j  // plural possessive: "the militants'"
    } else {
      return nil
    }
    if let k = mentions.lastIndex(where: { $0.tokenEnd == end }) { return k }
    // "the Sudanese army's airstrikes", "the Ukrainian army's strike": a nisba and the head
    // noun it qualifies (list `anaphoric_head`) own the noun together.
    let h = end - 1
    guard h > range.lowerBound, tokens[h].kind == .latin, !tokens[h].capitalized,
      isMarker(h, .anaphoricHead)
    else { return nil }
    return mentions.lastIndex { $0.tokenEnd == h && $0.form == .adjective }
  }
}

extension SentenceContext {
  /// English: mention `k` follows "the" and a preposition other than "of" ("to the Security
  /// Council", "at the International Court of Justice").
  func theObject(_ k: Int) -> Bool {
    let t = mentions.tokenStart(k) - 1
    guard t - 1 >= range.lowerBound, isThe(t), tokens.kind(t - 1) == .latin else { return false }
    return isMarker(t - 1, .preposition) && !tokens.norm(t - 1).equalsWord("of")
  }
}

extension SentenceContext {
  /// English: the verb cue whose object holds mention `k` when a word of `coordination` stands
  /// between `k` and the cue, with other words after it, all in one clause ("It sanctioned
  /// Eritrea's army chief in August and this month suspended"): the cue is a second verb of
  /// that verb's subject, not `k`'s. Nil otherwise.
  func objectBeforeCoordination(_ k: Int, _ cue: Lexicon.Match) -> Int? {
    // (Most subjects stand right before their verb: no word of coordination can be between.)
    guard mentions.tokenEnd(k) + 1 < cue.tokenStart,
      let a = (mentions.tokenEnd(k)..<cue.tokenStart).last(where: {
        isMarker($0, .coordination)
      }),
      a + 1 < cue.tokenStart
    else { return nil }
    let start = mentions.tokenStart(groupStart(k))
    let end = mentions.tokenEnd(groupEnd(k))
    let clause = clauseOf(cue.tokenStart)
    // (The "and" after the whole group, not inside it. Not an infinitive: "accuse Moscow of
    // sending soldiers and weapons ... to back the rebels" is Moscow's act.)
    guard a >= end, clauseOf(start) == clause,
      !tokens.norm(cue.tokenStart - 1).equalsWord("to"),
      !(end..<cue.tokenStart).contains(where: { tokens[$0].kind == .comma })
    else { return nil }
    var v = start - 1
    while v >= range.lowerBound, clauseOf(v) == clause {
      if tokens[v].kind == .latin, tokens[v].lex.may(TokenLex.cue),
        lexicon.match(tokens, at: v, limit: start).contains(where: {
          $0.tokenStart == v && $0.entry.frame == .verb && $0.entry.relation != nil
        })
      {
        return v
      }
      v -= 1
    }
    return nil
  }
}
