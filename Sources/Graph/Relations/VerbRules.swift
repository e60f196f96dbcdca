/// The verb frame (SVO, VSO, English passive) and the speaker rules built on it.
extension SentenceContext {
  /// The subject of `cue` for `verbRule` (the English subject shared with the previous verb,
  /// else `subject(of:keepingIn:)`), looked for once: `memo` keeps it for the next ask. (A
  /// method, not a function local to `verbRule`: that one captured the context, copied whole
  /// on each call.)
  fileprivate func cueSubject(
    _ cue: Lexicon.Match, _ previousSubject: [Argument], _ found: FoundSubject?,
    memo: inout (group: [Int], after: Bool)??
  ) -> (group: [Int], after: Bool)? {
    if let s = memo { return s }
    let s = sharedEnglishSubject(cue, previousSubject) ?? subject(of: cue, keepingIn: found)
    memo = .some(s)
    return s
  }

  /// `speaker` is the last speaker of the document; `localSpeaker` the one named in this
  /// sentence. The cue's subject (`subject(of:)`), when looked for, is kept in `found`.
  func verbRule(
    _ cue: Lexicon.Match, speaker: Argument?, localSpeaker: Argument? = nil,
    previousSubject: [Argument], found: FoundSubject? = nil
  ) -> [Candidate] {
    let arabic = isArabic(cue.tokenStart)
    // "ورفضت الصين إدانة روسيا", "رفضت طالبان تسليم بن لادن": an act refused whose object is
    // the actor after it (a verbal noun of list `object_act`) does not oppose that actor.
    if arabic, refusesActOnObject(cue) { return [] }
    // "Hamas's armed wing attacked": an English word in -ed right after a possessive "'s" is an
    // adjective of the possessed noun, no verb.
    if !arabic, cue.tokenEnd - cue.tokenStart == 1, cue.tokenStart - 2 >= range.lowerBound,
      tokens.norm(cue.tokenStart).hasByteSuffix("ed"),
      tokens.norm(cue.tokenStart - 1).equalsWord("s"),
      tokens[cue.tokenStart - 2].kind == .quote
    {
      return []
    }
    // "it helped broker a ceasefire between Iran and Israel": "help" before a bare verb of its
    // own helps in that act; the act's cue reads the parties.
    if !arabic, cue.tokenEnd - cue.tokenStart == 1,
      tokens.norm(cue.tokenStart).hasBytePrefix("help"),
      cue.tokenEnd < range.upperBound, tokens[cue.tokenEnd].kind == .latin,
      !tokens[cue.tokenEnd].capitalized, tokens[cue.tokenEnd].lex.may(TokenLex.cue),
      lexicon.match(tokens, at: cue.tokenEnd, limit: cue.tokenEnd + 1).contains(where: {
        $0.entry.frame == .verb || $0.entry.frame == .joint || $0.entry.frame == .meet
      })
    {
      return []
    }
    // "مبديا دعمه لأوكرانيا": after a participle of expressing the word is a verbal noun whose
    // pronoun is the clause's subject.
    if arabic, !cue.enclitic.isEmpty, expressingParticipleSubject(before: cue) != nil {
      return nounRule(cue)
    }
    // `subject(of: cue)`, looked for once: the tests below ask for it up to four times.
    var foundSubject: (group: [Int], after: Bool)??
    if let received = receivedSupport(cue) { return received }
    // "شن" and its kind take their sense from the noun they launch: "شنت هجوما" strikes,
    // "الحملة الإعلامية التي شنت ضد" does not.
    if arabic, cue.entry.relation == .strikes, isMarker(cue.tokenStart, .lightVerb),
      cue.entry.needs != .projectile, cue.entry.needsNamed != Marker.NamedList.gunfire.bit,
      let head = launchedNoun(cue), !isMarker(head, .attackNoun)
    {
      return []
    }
    // "fighting between X and Y": a noun.
    if cue.tokenEnd < range.upperBound, isMarker(cue.tokenEnd, .between) {
      return nounRule(cue)
    }
    // "تعلن دعمها X", "أكد دعم فرنسا لسولانا": after a light verb, or with a genitive and a
    // "لـ" object, the word is a verbal noun.
    // (A verbal noun of leaving or taking, "أعلنت مالي انسحابها من إيكواس", keeps the verb's
    // frame: the one taken from or left is after "من".)
    if arabic, cue.tokenStart > range.lowerBound, cue.entry.needs != .agentPreposition,
      isMarker(previousWord(cue.tokenStart), .lightVerb)
    {
      return nounRule(cue)
    }
    // "وأعلنت مع الإمارات دعماً للحكومة اليمنية": so after a light verb and the partner its
    // "مع" names ("دعما" is no dual verb there).
    if arabic, cue.entry.needs != .agentPreposition,
      let k = mentions.lastIndex(where: { $0.tokenEnd == cue.tokenStart }), lightVerbPartner(k)
    {
      return nounRule(cue)
    }
    // "أعلنت مصر، في بيان، دعمها للسودان": so after a light verb's subject and a parenthetical.
    if arabic, cue.entry.needs != .agentPreposition, lightVerbParenthetical(cue) {
      return nounRule(cue)
    }
    if arabic, let k = firstAfter(cue.tokenEnd, sameClause: true, maxDistance: 0),
      let l = mentions.firstIndex(where: {
        $0.tokenStart >= mentions.tokenEnd(k) && $0.tokenStart - mentions.tokenEnd(k) <= 1
      }),
      l != k, mentions[l].proclitic.drop(while: { $0 == "\u{0648}" }).hasPrefix("\u{0644}")
    {
      return nounRule(cue)
    }
    if let provoked = provocationPairs(cue) { return provoked }
    if !arabic, !isEnglishVerbReading(cue) { return [] }
    // "was the target of Israeli strikes", "came under Turkish attack": a noun after all.
    if !arabic, let v = exposureVerb(before: cue) { return exposureRule(cue, verb: v) }
    // "an attack by ...", "their support": a determiner makes the word a noun; so does one
    // before an actor's name ("an Islamic State target", "the US strike").
    if !arabic, isDeterminedNoun(cue) {
      let byAgent = agentByRule(cue)
      // "demanded the withdrawal of Eritrean troops": the light verb's subject acts.
      return byAgent.isEmpty ? determinedActNounPairs(cue) : byAgent
    }
    // "launched an air strike against X": a noun with its modifier, read as one.
    if !arabic, isModifiedNoun(cue) || isPossessedNoun(cue) {
      return nounRule(cue)
    }
    // "Yemen's internationally recognised government", "the newly armed militia": a participle
    // between an adverb, a determiner or "'s" and the noun it qualifies is no verb.
    if !arabic, isAttributiveParticiple(cue) { return [] }
    // "was hit with fresh sanctions by", "has sent artillery shells to": a word of measure or
    // a weapon with no subject right before it is the noun.
    if !arabic, isMeasureNoun(cue) { return [] }
    // Unless an actor follows as its object: "the UAE supports Haftar", "the Houthis oppose the
    // government" (names that take "the" before a present-tense verb); or a determiner, when the
    // word is no noun of attack ("The United States condemns the attack by Hamas", "accuses the
    // group of": "the US strikes" may be a noun, "the US condemns" no noun before "the").
    if !arabic, let m = mentions.last(where: { $0.tokenEnd == cue.tokenStart }),
      m.actor == m.code, m.tokenStart > range.lowerBound, isMarker(m.tokenStart - 1, .determiner),
      !tokens.norm(cue.tokenStart).hasByteSuffix("ed"), !isMarker(cue.tokenStart, .pastIrregular),
      !objectFollows(cue.tokenEnd),
      cue.tokenEnd >= range.upperBound || !isMarker(cue.tokenEnd, .determiner)
        || isMarker(cue.tokenStart, .attackNoun)
    {
      return []
    }
    if !arabic, isEnglishPassive(cue) {
      return englishPassiveRule(cue)
    }
    // (A speaker named later in this sentence speaks a later clause: "X said it had killed
    // dozens of Wagner fighters, while JNIM also claimed an ambush".)
    if let speaker = speakerNotAfter(speaker, cue),
      isFirstPerson(cue)
        || (hasPronounSubject(cue)
          && cueSubject(cue, previousSubject, found, memo: &foundSubject) == nil)
        || pronounComplementizer(before: cue)
    {
      // "وأعلنت فرنسا ...، فيما أكد الاتحاد الأوروبي أنه يدعم": the actor right before the
      // clause's "أنه", a later speech verb's subject, speaks it.
      var speaker = speaker
      // (The subject right after a verb of saying: no place after "في", no actor a
      // participle ties it to.)
      if arabic, let c = pronounComplementizerAt(before: cue),
        let k = mentions.lastIndex(where: { $0.tokenEnd == c }),
        mentions.tokenStart(k) > speaker.tokenStart, mentions[k].code != speaker.code,
        // ("قال الجيش الإسرائيلي إنها": a nisba's head noun stands between.)
        case let g = groupStart(k),
        case let v = mentions.tokenStart(g) - (mentions.form(g) == .adjective ? 2 : 1),
        v >= range.lowerBound, tokens[v].lex.may(TokenLex.cue),
        lexicon.match(tokens, at: v, limit: v + 1).contains(where: { $0.entry.frame == .speech })
      {
        speaker = Argument(mentions[k])
      }
      // ("قال بوتين إنه يرحب بها إذا وافقت كييف عليها": a pronoun after the verb is its
      // object; an actor further on is not.)
      if arabic, cue.tokenEnd < range.upperBound, isMarker(cue.tokenEnd, .pronounPp) {
        return []
      }
      guard
        let obj = object(
          after: cue.tokenEnd, excluding: [speaker.code],
          stance: cue.entry.relation?.isStance ?? false)
      else { return [] }
      return speakerPairs(speaker, obj, rule: "reported-speech")
    }
    if arabic, let intercepted = interceptedLaunch(cue) { return intercepted }
    // "كما أدانتها قطر": a pronoun for the act named before.
    if arabic, let act = actPronounPairs(cue) { return act }
    // "، متوعدا إياهم بعواقب وخيمة": a free pronoun object after a participle.
    if arabic, let iyya = iyyaObjectPairs(cue) { return iyya }
    if !cue.enclitic.isEmpty && arabic,
      let subj = firstAfter(cue.tokenEnd, sameClause: true, maxDistance: 3),
      !isOblique(at: subj),
      subjectReachable(from: cue.tokenEnd, to: mentions.tokenStart(subj))
    {
      // "، وهو ما رفضته باماكو": the pronoun is "ما", the clause before; its rule
      // (`clauseReactionPairs`) reads it.
      if reaction(to: cue) != nil { return [] }
      // "التي تدعمها تركيا": the pronoun's antecedent is the object, the subject follows.
      // After a relative pronoun the antecedent is the noun before it ("الاتفاق الذي تسانده
      // الأمم المتحدة": an agreement, no actor).
      let afterRelative =
        cue.tokenStart > range.lowerBound && isMarker(cue.tokenStart - 1, .relative)
      // "هجوم شنه مقاتلو X على Y": the pronoun is the act just named; the noun's rule reads it.
      if !afterRelative, cue.tokenStart > range.lowerBound,
        isMarker(cue.tokenStart - 1, .attackNoun)
      {
        return []
      }
      // ("حفتر، الذي تدعمه الإمارات": a comma may stand before the relative pronoun.)
      let rel = cue.tokenStart - 1
      let beforeRel =
        rel - 1 > range.lowerBound && tokens[rel - 1].kind == .comma ? rel - 1 : rel
      // (A projectile named just before is the pronoun's antecedent: no actor.)
      if !firesNamedProjectile(cue),
        let ante = afterRelative
          ? mentions.lastIndex(where: { $0.tokenEnd == beforeRel })
          : nearestBefore(cue.tokenStart, sameClause: false, subjectsOnly: false, maxDistance: 4)
      {
        return pairs(groupForward(subj), [ante], rule: "verb+object-pronoun")
      }
      // "العمليات التي تشنها تركيا ضد X": the antecedent is no actor; the object follows.
      // So after a projectile named just before ("صواريخ أطلقها حزب الله على حيفا").
      guard afterRelative || firesNamedProjectile(cue) else { return [] }
      // "وتعرضت بورتسودان لهجمات بطائرات مسيرة أطلقتها قوات الدعم السريع": the projectiles
      // of an attack someone was exposed to; the subject strikes the one exposed (the
      // exposure verb's subject, after or before it), when no target follows.
      if firesNamedProjectile(cue), projectileTarget(after: cue.tokenEnd, excluding: []) == nil,
        let v = (max(range.lowerBound, cue.tokenStart - 10)..<cue.tokenStart).last(where: {
          isMarker($0, .exposure) && clauseOf($0) == clauseOf(cue.tokenStart)
        }),
        let exposed = mentions.firstIndex(where: { $0.tokenStart == v + 1 })
          ?? mentions.lastIndex(where: { $0.tokenEnd == v }),
        mentions[exposed].code != mentions[subj].code
      {
        return pairs(groupForward(subj), [exposed], rule: "verb-exposed-projectile")
      }
    }
    // "غارات جوية شنها الطيران التابع لإسرائيل على": the pronoun is the act just named, with
    // its adjectives between, though no subject is read after the verb; the noun's rule reads it.
    if arabic, !cue.enclitic.isEmpty, actNounBefore(cue.tokenStart, adjectivesOnly: true) {
      return []
    }
    // "ووصفته بأنه لا أساس له": what is called baseless is a thing said, no actor.
    if arabic, !cue.enclitic.isEmpty,
      cue.entry.needsNamed == Marker.NamedList.dismissiveLabel.bit
    {
      return []
    }
    // "انتقد الفيصل إسرائيل واتهمها ...": a coordinated verb with a pronoun object: the earlier
    // subject acts on the actor named just before.
    if arabic, !cue.enclitic.isEmpty, cue.proclitic.startsWithLetter(0xD9, 0x88),
      let src = previousSubject.first ?? localSpeaker,
      let ante = nearestBefore(
        cue.tokenStart, sameClause: false, subjectsOnly: false, maxDistance: 3),
      mentions[ante].code != src.code
    {
      return speakerPairs(src, [ante], rule: "verb-shared-subject+object-pronoun")
    }
    // "... عجرفة إسرائيل واتهمها بتدمير لبنان" with no subject found for the first verb: the
    // actor before the pronoun is its antecedent, the object, and no subject of this verb.
    if arabic, !cue.enclitic.isEmpty, cue.proclitic.startsWithLetter(0xD9, 0x88),
      cue.tokenStart > range.lowerBound,
      mentions.contains(where: { $0.tokenEnd == cue.tokenStart })
    {
      return []
    }
    let coordinatedVerb =
      arabic && cue.proclitic.startsWithLetter(0xD9, 0x88)
      || cue.tokenStart > range.lowerBound && isMarker(cue.tokenStart - 1, .coordination)
    // "وتتهم الرياض الدوحة بإيواء قيادات من الإخوان ودعم حركة حماس": a word joined by و to
    // the act an accusation or a request names with ب after the one accused or asked is a
    // verbal noun of that act, the accused's (`agentRule`), not a verb of the sentence's subject;
    // like it, it is no fact (`Extractor`: "requested-act" is hypothetical).
    if arabic, coordinatedVerb,
      let v = lastRequestOrAccusation(before: cue.tokenStart, accusationOnly: false),
      // (Two words may come between: "الدوحة منذ سنوات بإيواء".)
      let a = mentions.indices.first(where: { k in
        let e = mentions.tokenEnd(k)
        guard mentions.tokenStart(k) > v, e < cue.tokenStart else { return false }
        for b in e..<min(e + 3, cue.tokenStart) {
          guard tokens.kind(b) == .arabic, !mentions.contains(where: { $0.tokenStart == b })
          else { return false }
          if tokens.norm(b).startsWithLetter(0xD8, 0xA8) { return true }
        }
        return false
      }),
      let t = firstAfter(cue.tokenEnd, sameClause: true, maxDistance: 1),
      mentions[a].code != mentions[t].code
    {
      return pairs([a], groupForward(t), rule: "requested-act")
    }
    if !arabic, let (subj, _) = cueSubject(cue, previousSubject, found, memo: &foundSubject),
      let first = subj.first,
      let ante = relativeAntecedent(before: mentions.tokenStart(first)),
      object(after: cue.tokenEnd, excluding: codes(subj)) == nil
        // ("the UAE, which it accuses of arming the RSF": the gerund's object is its own.)
        || (cue.tokenEnd < range.upperBound && ofGerund(at: cue.tokenEnd))
    {
      // "the Kabul government, which the Taliban dismisses as a puppet": the antecedent of
      // the relative pronoun is the object.
      return pairs(subj, groupBackward(ante), rule: "verb-relative-object")
    }
    if !arabic, cueSubject(cue, previousSubject, found, memo: &foundSubject) == nil,
      tokens.norm(cue.tokenStart).hasByteSuffix("ing"),
      clauseOf(cue.tokenStart) > 0, commaBefore(cue.tokenStart),
      !participleOfUnnamedRelative(cue),
      let k = mainSubject(before: cue.tokenStart), !followsEnglishVerb(k),
      let obj = object(after: cue.tokenEnd, excluding: codes(groupBackward(k)))
    {
      // "..., lambasting Washington": a participle clause takes the sentence's subject.
      // ("Mortar shells hit a UN base ..., killing a Chadian peacekeeper": an actor after the
      // sentence's verb is its object, and the shells have no author.)
      return pairs(groupBackward(k), obj, rule: "verb-participle")
    }
    // "A bombing claimed by al-Shabaab killed 10 Somali soldiers": the act is the subject; who
    // carried it out acts.
    if !arabic, cue.entry.relation == .strikes, let agent = englishActAgent(before: cue),
      cueSubject(cue, previousSubject, found, memo: &foundSubject) == nil,
      let obj = object(after: cue.tokenEnd, excluding: codes(agent))
    {
      return pairs(agent, obj, rule: "verb-act-agent")
    }
    if let (found, after) = cueSubject(cue, previousSubject, found, memo: &foundSubject) {
      // "Turkey sent Syrian mercenaries to Libya to support the GNA": the nisba of the ones
      // sent is no subject of the purpose; the sentence's subject is.
      var subj = found
      if !arabic, !after, cue.tokenStart > range.lowerBound,
        tokens.norm(cue.tokenStart - 1).equalsWord("to"),
        let first = found.first, mentions.form(first) == .adjective,
        mentions.tokenEnd(first) < cue.tokenStart - 1,
        let main = mainSubject(before: mentions.tokenStart(first)),
        // "urged Turkish officials to support ...": the ones asked act.
        !isMarker(previousWord(mentions.tokenStart(first)), .request),
        // "allowed Russian troops to invade ...": so do the ones let.
        permissionVerb(beforeInfinitive: cue.tokenStart - 1) == nil,
        // "accused Russian forces of continuing to shell ...": so do the ones accused.
        !accusedOfGerund(first, beforeInfinitive: cue.tokenStart - 1)
      {
        subj = groupBackward(main)
      }
      // "Belarus allowed Russian troops to invade Ukraine": who lets an actor attack supports it.
      var permitter: [Int] = []
      if !arabic, !after, cue.entry.relation == .strikes, cue.tokenStart > range.lowerBound,
        let v = permissionVerb(beforeInfinitive: cue.tokenStart - 1),
        let k = nearestBefore(v, sameClause: true, subjectsOnly: true, maxDistance: 4),
        !groupHas(subj, code: mentions[k].code)
      {
        permitter = groupBackward(k)
      }
      // "قتل ثلاثة جنود أفغان برصاص ...": an actor among the counted victims is no subject.
      // (Not for a stance: "تظاهر آلاف اليمنيين تنديدا بـ", the counted ones protest.)
      if arabic, after, countsVictims(cue), cue.entry.relation != .opposes { return [] }
      // "قتل فلسطيني برصاص الجيش الإسرائيلي": with an agent phrase after it, a nisba after the
      // verb is its victim (the verb is passive), not its subject.
      // (Not after a definite force, whose weapon the agent word names: "قصفت الطائرات الروسية
      // بالصواريخ هيئة تحرير الشام".)
      if arabic, after, cue.entry.relation == .strikes, let first = subj.first,
        mentions.form(first) == .adjective, let last = subj.last,
        !(mentions.tokenStart(first) - 1 >= range.lowerBound
          && lexicon.isArticleMarker(tokens[mentions.tokenStart(first) - 1], .forceNoun))
      {
        let e = mentions.tokenEnd(last)
        if (e..<min(range.upperBound, e + 2)).contains(where: { j in
          !mentions.contains(where: { $0.tokenStart >= e && $0.tokenStart <= j })
            && lexicon.match(tokens, at: j, limit: range.upperBound).contains {
              $0.entry.frame == .agent && $0.entry.relation == .strikes
            }
        }) {
          return []
        }
      }
      // "أدانت مصر قتل المتظاهرين": right after another verb's subject the word is that verb's
      // object, a verbal noun; the subject is not its agent.
      // (Not a noun of leaving or taking with a pronoun or the article: "أعلنت مالي انسحابها
      // من إيكواس", "قررت روسيا الانسحاب من مجلس أوروبا": the subject leaves.)
      if arabic, !after, let last = subj.last, mentions.tokenEnd(last) == cue.tokenStart,
        !(cue.entry.needs == .agentPreposition
          && (!cue.enclitic.isEmpty || cue.proclitic.hasByteSuffix(ArabicClitics.article)
            || tokens.norm(cue.tokenStart).hasByteSuffix("\u{0647}\u{0627}"))),
        let first = subj.first, mentions.tokenStart(first) > range.lowerBound,
        !lexicon.isMarker(tokens, mentions.tokenStart(first) - 1, .affiliation),
        verbBefore(subjectAt: mentions.tokenStart(first)),
        // "أعلنت بولندا طرد السفير الروسي": the one who announces an act does it.
        !lexicon.isWholeWordMarker(tokens, mentions.tokenStart(first) - 1, .announcingVerb)
      {
        // "أكد الرئيس المصري دعمه للحكومة اللبنانية", "جدد الرئيس دعم مصر للحكومة": a verbal
        // noun with a pronoun, or with a name as its genitive, is read by the noun's rule.
        let genitiveName = mentions.contains(where: {
          $0.tokenStart == cue.tokenEnd && $0.form == .name && $0.proclitic.isEmpty
        })
        return !cue.enclitic.isEmpty || genitiveName ? nounRule(cue) : []
      }
      // "Iran-backed militias attacked ...": the actor is the backer of the unnamed subject.
      if !arabic, !after, let last = subj.last, mentions.tokenEnd(last) < cue.tokenStart,
        lexicon.match(tokens, at: mentions.tokenEnd(last), limit: cue.tokenStart).contains(
          where: { $0.entry.isCompound })
      {
        return []
      }
      // "باريس تعارض التدخل التركي وتدعم حفتر": a coordinated verb whose nearest actor is the
      // previous verb's object shares the previous verb's subject.
      if coordinatedVerb, !after, !previousSubject.isEmpty,
        let prevEnd = previousSubject.last?.tokenEnd,
        subj.allSatisfy({ mentions.tokenStart($0) >= prevEnd }),
        arabic || !joinsPrepositionalGerund(cue, after: prevEnd),
        let obj = object(
          after: cue.tokenEnd, excluding: ExcludedCodes(previousSubject.map(\.code)),
          stance: cue.entry.relation?.isStance ?? false)
      {
        return previousSubject.flatMap { speakerPairs($0, obj, rule: "verb-shared-subject") }
      }
      var last = subj.last.map { mentions.tokenEnd($0) } ?? cue.tokenEnd
      // "حذر رئيس كتلة تيار المستقبل سعد الحريري": a person named right after the subject is
      // the subject again (title and name), not the object.
      // An apposition comma may stand between ("الرئيس الفلسطيني، #محمود_عباس").
      let apposed =
        last < range.upperBound && tokens.kind(last) == .comma
        && Self.isApposition(last, tokens, mentions)
      if after,
        let next = mentions.first(where: { $0.tokenStart >= last }),
        next.tokenStart == last || apposed, isPersonMention(next),
        let first = subj.first, mentions.tokenStart(first) > range.lowerBound,
        isMarker(mentions.tokenStart(first) - 1, .personHead),
        // "انتقد السفير الأمريكي لدى الأمم المتحدة أنان": past the envoy's post (stretched
        // over by `dropPostings`) a person of another actor is the object, not the envoy.
        !(!groupHas(subj, code: next.code)
          && ((subj.last.map { mentions.tokenStart($0) } ?? last)..<last).contains {
            isMarker($0, .postingPreposition)
          })
      {
        last = next.tokenEnd
      }
      // "اتهم المسماري، المتحدث باسم الجيش الليبي، تركيا": the object follows the apposition.
      if after, let close = appositionClose(cue, subject: subj) { last = close + 1 }
      var from = after ? last : cue.tokenEnd
      // "طائرات التحالف بقيادة السعودية": who leads the subject is part of it, not the object.
      if after, arabic, from + 1 < range.upperBound,
        tokens.norm(from).sameBytes("\u{0628}\u{0642}\u{064A}\u{0627}\u{062F}\u{0647}"),
        let led = mentions.firstIndex(where: { $0.tokenStart == from + 1 })
      {
        from = mentions.tokenEnd(groupEnd(led))
      }
      // "انتقد الوزير السعودي بعد لقاء نظيره الفرنسي بباريس إسرائيل": a time phrase after a
      // VSO subject, with its own genitive and place, comes before the object.
      if after, arabic, let end = timePhraseEnd(at: from) { from = end }
      // "واتهمت الحكومة السودانية في بورتسودان دولة الإمارات": where a VSO subject sits, a
      // place of its own state, comes before the object.
      if after, arabic, from + 1 < range.upperBound,
        tokens.norm(from).sameBytes("\u{0641}\u{064A}"),
        let p = mentions.firstIndex(where: { $0.tokenStart == from + 1 }),
        groupHas(subj, code: mentions[p].code),
        mentions.contains(where: { $0.tokenStart > mentions.tokenEnd(p) })
      {
        from = mentions.tokenEnd(p)
      }
      // "وانتقدت مصر في بيان لوزارة خارجيتها إسرائيل": so does the statement it speaks in.
      if after, arabic, let e = statementPhraseEnd(from) { from = e }
      // "هاجم الحوثيون المدعومون من إيران السعودية": the participle phrase after a VSO subject
      // is the subject's; the object comes after its argument.
      if after, from < range.upperBound,
        lexicon.match(tokens, at: from, limit: range.upperBound).contains(where: {
          $0.entry.frame == .passive || $0.entry.frame == .participle
        }),
        let arg = firstAfter(from + 1, sameClause: true, maxDistance: 2)
      {
        from = mentions.tokenEnd(groupEnd(arg))
      }
      // "حذر العاهل الأردني وفخامة الرئيس المصري من ...": a title with و after a VSO subject
      // starts a second subject, not the object.
      if after, arabic, from < range.upperBound, coordinatesPerson(from) { return [] }
      // "أطلق X صواريخ على Y", "X fired rockets at Y": the projectiles are the object, the
      // actor after their direction the target.
      // "استعادت X السيطرة على حلب من فصائل المعارضة", "X recaptured Aleppo from the rebels":
      // the one a place is taken from is the target.
      if let handed = handedTo(cue, subject: subj, from: from) { return handed }
      if cue.entry.needs == .agentPreposition {
        // "vehicles captured from Afghan forces": an English participle right before "from"
        // names what was taken, not who took it.
        // ("withdrew from the ICC": a body left follows the verb at once.)
        let firstPlace = arabic || cue.entry.targetKind != nil ? from : from + 1
        guard
          let j = (firstPlace..<min(range.upperBound, from + 10)).first(where: { j in
            isMarker(j, .agentPreposition) && clauseOf(j) == clauseOf(cue.tokenStart)
              // "بدعم جوي من الجيش الأميركي": the one who helps, not the one taken from.
              && !(max(from, j - 2)..<j).contains { k in
                lexicon.match(tokens, at: k, limit: j).contains { $0.entry.relation == .supports }
              }
          }),
          let t = firstAfter(j + 1, sameClause: true, maxDistance: 2, excluding: codes(subj)),
          // "regained Daraa from rebels with Russian help": an actor past another preposition
          // is not the one the place was taken from.
          !(j + 1..<mentions.tokenStart(t)).contains(where: { isMarker($0, .preposition) }),
          // "انسحب الجيش من مقر الأمم المتحدة": what is left is a place of the body, not the
          // body ("from the", and no other word, before a body left).
          cue.entry.targetKind == nil || mentions.tokenStart(t) == j + 1
            || (mentions.tokenStart(t) == j + 2 && tokens.norm(j + 1).equalsWord("the"))
        else { return [] }
        return pairs(
          subj, groupForward(t),
          rule: cue.entry.targetKind == nil ? "verb-taken-from" : "verb-left")
      }
      // "توغلت قوات إسرائيلية في جنوب لبنان", "توغل الجيش التركي في الأراضي السورية": a verb of
      // entering by force (needs a locative word) hits the state it enters: named right after
      // "في" or a word of direction, or a place of it (`placeTargets`). "توغلت القوات في بلدة
      // X" names no actor entered.
      if cue.entry.needs == .locative {
        guard from < range.upperBound,
          let j = first(
            in: from..<min(range.upperBound, from + 2),
            where: { c, q in c.isMarker(q, .postingPreposition) || c.isMarker(q, .fireDirection) }),
          let t = firstAfter(j + 1, sameClause: true, maxDistance: 1, excluding: codes(subj)),
          mentions.tokenStart(t) == j + 1 || isMarker(j + 1, .direction)
            || placeStarts.contains(mentions.tokenStart(t))
        else { return [] }
        return pairs(subj, [t], rule: "verb-into")
      }
      // "اعترضت الدفاعات السعودية صاروخا حوثيا", "shot down Israeli missiles": the one whose
      // projectile was stopped fired it at the one who stopped it. "Intercepted" says nothing
      // else; "shot down" an aircraft or a drone strikes its owner (below).
      if cue.entry.relation == .strikes, stopsProjectile(cue) {
        let intercept = cue.entry.needs == .projectile
        if let o = projectileOwner(after: from, drones: intercept, excluding: codes(subj)) {
          // "Iranian drones heading to Israel": aimed at the actor after a word of direction.
          if let t = mentions.firstIndex(where: {
            $0.tokenStart > mentions.tokenEnd(o) && $0.tokenStart - mentions.tokenEnd(o) <= 4
              && $0.code != mentions[o].code && !groupHas(subj, code: $0.code)
              && clauseOf($0.tokenStart) == clauseOf(cue.tokenStart)
          }) {
            // (Not "in", a place: "intercepted Iranian missiles in Iraq".)
            let before = mentions.tokenStart(t) - 1
            guard
              isMarker(before, .fireDirection)
                || (isMarker(before, .destination) && !tokens.norm(before).equalsWord("in"))
            else { return [] }
            return pairs(groupForward(o), groupForward(t), rule: "verb-intercepted")
          }
          return pairs(groupForward(o), subj, rule: "verb-intercepted")
        }
        if intercept { return [] }
      }
      // "أطلق جنود إسرائيليون النار على متظاهرين": a VSO subject splits "أطلق النار على"; the
      // word of gunfire (named list `gunfire`) follows the subject at once ("أطلقت إسرائيل سراح
      // ..." is no shooting).
      if cue.entry.needsNamed == Marker.NamedList.gunfire.bit {
        guard from < range.upperBound, lexicon.isMarker(tokens, from, .gunfire) else { return [] }
      }
      if cue.entry.needs == .projectile {
        if let t = projectileTarget(after: from, excluding: codes(subj)) {
          return pairs(subj, t, rule: after ? "verb-vso" : "verb-svo")
        }
        // "الصواريخ التي يطلقها الحوثيون على الأراضي السعودية": the pronoun is the projectile
        // named before the verb; what it is fired at follows a word of direction.
        if firesNamedProjectile(cue),
          let d = firstMarker(.fireDirection, in: from..<min(range.upperBound, from + 2)),
          let t = firstAfter(d + 1, sameClause: true, maxDistance: 2, excluding: codes(subj))
        {
          return pairs(subj, groupForward(t, excluding: codes(subj)), rule: "verb-fired-projectile")
        }
        return projectileSubjectPairs(cue)
      }
      // "رحبت مصر بانسحاب القوات الروسية": what is welcomed is a withdrawal; the demand's rule
      // reads who is to leave.
      // (Not after a verb of accusing: "واتهم حماس بالتراجع عن تفاهمات سابقة" names the act
      // of the accused.)
      if arabic, cue.entry.relation == .supports || cue.entry.relation == .opposes,
        from < range.upperBound, !isAccusation(cue.tokenStart),
        lexicon.match(tokens, at: from, limit: range.upperBound).contains(where: {
          $0.entry.frame == .demand && $0.tokenStart == from
        })
      {
        return []
      }
      // "Hezbollah fought for Assad", "fought on behalf of the government": fighting for an
      // actor supports it.
      if !arabic, !after, cue.entry.alsoStates == .opposes,
        let k = foughtFor(cue, excluding: codes(subj))
      {
        return pairs(subj, groupForward(k, excluding: codes(subj)), rule: "verb-fought-for").map {
          var c = $0
          c.relation = .supports
          return c
        }
      }
      // "has fought for self-determination for the Somali region": fighting for a cause names
      // no enemy after it.
      if !arabic, !after, cue.entry.alsoStates == .opposes, foughtForCause(cue) { return [] }
      // "repelled an attack by the RSF": the attacker and the one who repels strike each other.
      if !arabic, cue.entry.relation == .strikes, lexicon.isMarker(tokens, cue.tokenStart, .repel),
        let k = repelledAttacker(after: from, excluding: codes(subj))
      {
        let by = groupForward(k, excluding: codes(subj))
        return pairs(by, subj, rule: "verb-repelled") + pairs(subj, by, rule: "verb-repelled")
      }
      // "رفضت إيران الاتهامات بتزويد الحوثيين بالأسلحة", "denied accusations that it armed
      // the Houthis": what is rejected is an accusation; its author, named right after its
      // noun, is the object, an actor of its content is none.
      // (An Arabic verb of denial, a cue of opposition, reads nothing else: "نفت إيران تزويد
      // الحوثيين" denies.)
      if cue.entry.relation == .opposes {
        if let n = accusationObject(at: from) {
          guard let a = accusationAuthor(after: n, excluding: codes(subj)) else { return [] }
          return pairs(subj, groupForward(a), rule: after ? "verb-vso" : "verb-svo")
        }
        if arabic, isMarker(cue.tokenStart, .denial) { return [] }
        // "The Courts deny any link with al-Qaeda": a denial of any part answers the accusers
        // (`involvementDenialPairs`); an actor after it is no object. (A pronoun on a verb of
        // calling baseless, "ووصفته", is read above.)
        if cue.entry.needsNamed == Marker.NamedList.involvementNoun.bit { return [] }
      }
      if let obj = object(
        after: from, excluding: codes(subj), coAgents: cue.entry.relation == .supports,
        ownedPhrases: !arabic && (cue.entry.relation?.isStance ?? false)),
        !arabic || objectNearby(from, mentions.tokenStart(obj[0])),
        // "القصف الذي يشنه التحالف نحو 22 مليون يمني": a verb of a relative clause with its
        // object as a pronoun ("يشنه", the noun before) has no second object after its subject:
        // a count there is the main clause's.
        !(arabic && after && !cue.enclitic.isEmpty && cue.tokenStart > range.lowerBound
          && isMarker(cue.tokenStart - 1, .relative) && relativeClauseEndsInCount(from)),
        // "واتهمت موسكو الغرب بتسليح كييف": the one accused stands before "بـ" + the act; an
        // actor after the act is the act's, not the accused.
        !(arabic && isAccusation(cue.tokenStart)
          && contains(
            in: from..<mentions[obj[0]].tokenStart,
            where: { c, q in
              c.isArabic(q) && c.tokens.norm(q).startsWithLetter(0xD8, 0xA8)
                && c.tokens[q].lex.may(TokenLex.cue)
            })),
        arabic || !helpedActBefore(cue, object: obj[0]),
        // "drove ISIS out of Raqqa": "out" right after the object (its head noun between).
        cue.entry.needsNamed != Marker.NamedList.expulsion.bit
          || outFollows(mentions[obj[obj.count - 1]].tokenEnd)
      {
        // "welcomed ETA's announcement that it had disbanded": what is welcomed is the actor's
        // words, no support of the actor; its decision, move or efforts are its own acts, and a
        // welcome backs it ("welcomed Voronin's decision").
        if !arabic, lexicon.isMarker(tokens, cue.tokenStart, .welcomeVerb),
          let last = obj.last,
          possessesContent(mentions[last], of: .spokenContent)
            // ("welcomed Ocalan's capture", "welcomed the ouster of Gaddafi": what the actor
            // suffered, no act of its own.)
            || possessesContent(mentions[last], of: .sufferedAct)
            || sufferedActBefore(mentions[obj[0]])
        {
          return []
        }
        // "repelled Russian assaults", "repulsed the RSF": the one repelled attacked first;
        // each strikes the other (as with the noun, `repelled`).
        if cue.entry.relation == .strikes, lexicon.isMarker(tokens, cue.tokenStart, .repel) {
          return pairs(subj, obj, rule: "verb-repelled") + pairs(obj, subj, rule: "verb-repelled")
        }
        // (Appended to the first list: `+` with an empty list copied the first, each
        // candidate.)
        var out = pairs(subj, obj, rule: after ? "verb-vso" : "verb-svo")
        let permitted = pairs(permitter, subj, rule: "verb-permitted")
        if !permitted.isEmpty {
          out += permitted.map {
            var c = $0
            c.relation = .supports
            return c
          }
        }
        let enemies = commonEnemyPairs(cue, subject: subj, allies: obj)
        if !enemies.isEmpty { out += enemies }
        return out
      }
      if let obj = objectByExample(after: from, excluding: codes(subj)) {
        return pairs(subj, obj, rule: "verb-example")
      }
      // "هددت تركيا بشن عملية عسكرية ضد قسد": a threat of an act against an actor opposes it
      // (the act itself is the noun's, and hypothetical).
      if arabic, cue.entry.relation == .opposes, from < range.upperBound,
        tokens.readingPrepositions(from).contains(ReadingPrepositions.ba),
        let a = firstMarker(.against, in: from..<min(range.upperBound, from + 7)),
        clauseOf(a) == clauseOf(cue.tokenStart),
        // ("هددت كوريا الشمالية باستخدام السلاح النووي ضد الولايات المتحدة": a weapon.)
        contains(
          in: from..<a,
          where: { c, q in
            c.isMarker(q, .attackNoun) || c.isMarker(q, .lightVerb)
              || c.lexicon.isMarker(c.tokens, q, .weapon)
          }),
        let t = firstAfter(a + 1, sameClause: true, maxDistance: 1, excluding: codes(subj))
      {
        return pairs(subj, groupForward(t), rule: "verb-threatened-act")
      }
      // "هدد إقليم كردستان بالانفصال عن بغداد": a threatened stance whose noun ends in its
      // preposition opposes the actor right after it; so does a threatened measure written as a
      // verb's phrase ("هددت الولايات المتحدة بفرض عقوبات على تركيا").
      if arabic, cue.entry.relation == .opposes, from < range.upperBound,
        tokens.readingPrepositions(from).contains(ReadingPrepositions.ba),
        let n = lexicon.match(tokens, at: from, limit: range.upperBound).first(where: {
          ($0.entry.frame == .noun || $0.entry.frame == .verb) && $0.entry.relation == .opposes
            && $0.tokenEnd - $0.tokenStart >= 2
            && isMarker($0.tokenEnd - 1, .preposition)
        }),
        let t = firstAfter(n.tokenEnd, sameClause: true, maxDistance: 0, excluding: codes(subj))
      {
        return pairs(subj, groupForward(t), rule: "verb-threatened-act")
      }
      // "توعد الحوثيون بأن الولايات المتحدة وبريطانيا ستدفعان الثمن": a threat told as what
      // will befall an actor (بأن, the actor, a verb in the future) opposes that actor.
      if arabic, cue.entry.relation == .opposes, from + 1 < range.upperBound,
        isMarker(from, .complementizer), tokens.norm(from).startsWithLetter(0xD8, 0xA8),
        // (Not a warning: "حذرت الأمم المتحدة بأن السودان سيواجه مجاعة".)
        !isMarker(cue.tokenStart, .warning),
        let t = mentions.firstIndex(where: { $0.tokenStart == from + 1 }),
        !groupHas(subj, code: mentions[t].code),
        case let threatened = groupForward(t, excluding: codes(subj)),
        let last = threatened.last
      {
        var v = mentions.tokenEnd(last)
        while v < range.upperBound, tokens[v].kind == .quote { v += 1 }
        if v < range.upperBound, isArabicFuture(v) {
          return pairs(subj, threatened, rule: "verb-threatened-fate")
        }
      }
      // "أدانت مصر القصف التركي", "أيدت روسيا الهجوم التركي": a stance on an act is a stance on
      // its author.
      if cue.entry.relation == .opposes || cue.entry.relation == .supports,
        let t = eventAuthor(after: from, excluding: codes(subj))
      {
        return pairs(subj, t, rule: "verb-event-author")
      }
      // ("أشاد بالجهود التي تبذلها مصر": praise of what an actor does supports it.)
      if cue.entry.relation == .opposes || cue.entry.relation == .supports,
        let t = relativeAuthor(
          after: from, excluding: codes(subj), opposing: cue.entry.relation == .opposes)
      {
        return pairs(subj, t, rule: "verb-relative-author")
      }
      // "ويدعم حفتر" after "تنتقد روسيا ...": the actor after the second verb is its object.
      // Only a subject or speaker of this sentence is shared; one named sentences earlier is not.
      if after, coordinatedVerb,
        !subj.contains(where: { [mentions, tokens] k in
          let e = mentions.tokenEnd(k)
          return tokens.kind(e - 1) == .arabic
            && tokens.norm(e - 1).hasByteSuffix("\u{064A}\u{0648}\u{0646}")
        }),
        let first = subj.first, mentions.tokenStart(first) == cue.tokenEnd,
        !appositionFollows(subj),
        // ("ورحب مجلس التعاون بالحكم، وأشادت السعودية": a verb that disagrees with the one
        // before has a subject of its own.)
        !disagreesWithShared(cue, previousSubject),
        // (A speaker named later in the sentence, "ودانت X الهجوم، وأكدت واشنطن ...", speaks
        // another clause.)
        let src = previousSubject.first
          ?? speakerNotAfter(localSpeaker, cue),
        // ("وقال رئيس الوزراء الياباني إن بلاده لن تقبل بها، ودانت كوريا الجنوبية التجربة": nor
        // the speaker of a verb that disagrees.)
        !(previousSubject.isEmpty && disagreesWithShared(cue, [src]))
      {
        return speakerPairs(src, subj, rule: "verb-shared-subject")
      }
      return []
    }
    // With no subject of its own, a coordinated verb takes this sentence's previous subject, or
    // the speaker when it opens the sentence ("وحذر من ..."); inside a sentence ("غير أن الجهاز
    // الفني عاد وحذر", "فضلا عن احتجاز ... وقتل") its subject is a noun no actor names.
    // (Not when a title follows within three words: "وانتقد مصطفى ضيائي المستشار السياسي
    // للجبهة التركمانية ..." has a subject of its own, a person the gazetteer lacks.)
    let opening =
      coordinatedVerb && previousSubject.isEmpty
      ? englishOpeningArgument(cue, speaker: speaker) : nil
    if coordinatedVerb,
      // (The context handed to the test, not captured: a closure that read it copied it.)
      !contains(
        in: cue.tokenEnd..<min(range.upperBound, cue.tokenEnd + 4),
        where: { c, j in c.isArabic(j) && c.isMarker(j, .personHead) }),
      // (A speaker named after the verb reports it, "وفق ما أعلن مصدر أمني فلسطيني"; the act
      // is not the reporter's.)
      let src = previousSubject.first
        ?? opening
        ?? speakerNotAfter(!arabic || opensSentence(cue) ? speaker : nil, cue),
      // (The opening subject's verb far from it: its object comes soon, "supplying the plane
      // Zelaya plans to use", not in a phrase that qualifies another noun, "seizing border
      // crossings used for trade with China".)
      let obj = object(
        after: cue.tokenEnd, excluding: [src.code], maxDistance: opening == nil ? 8 : 3,
        stance: cue.entry.relation?.isStance ?? false),
      // "وطردت المجالس العسكرية الثلاثة القوات الفرنسية": a noun with the article right after
      // the verb, no cue word and no head of the object, is the verb's own subject.
      !(arabic && unnamedSubject(after: cue, before: obj)),
      !disagreesWithShared(cue, previousSubject.isEmpty ? [src] : previousSubject)
    {
      // ("ودانت السعودية والإمارات ومصر الغارة، وأعلنت تضامنها مع الدوحة": every actor of the
      // earlier verb's coordinated subject.)
      if previousSubject.count > 1 {
        return previousSubject.flatMap { speakerPairs($0, obj, rule: "verb-shared-subject") }
      }
      return speakerPairs(src, obj, rule: "verb-shared-subject")
    }
    // "وردت الجزائر بإجراء مماثل، فاستدعت سفيريها في باماكو": past a comma, a verb with و or ف
    // shares the subject of the verb that opens the sentence.
    if arabic, let k = commaSharedSubject(cue),
      let obj = object(
        after: cue.tokenEnd, excluding: [mentions[k].code],
        stance: cue.entry.relation?.isStance ?? false),
      !unnamedSubject(after: cue, before: obj)
    {
      return speakerPairs(Argument(mentions, k), obj, rule: "verb-shared-subject")
    }
    return []
  }

  /// Arabic: whether token `j` is "كما" (also), which joins a verb with no subject of its own to
  /// the clause before it (`commaSharedSubject`, `arabicLightVerbSubject`).
  func isAlsoWord(_ j: Int) -> Bool {
    tokens.kind(j) == .arabic && tokens.norm(j).sameBytes("\u{0643}\u{0645}\u{0627}")
  }

  /// Arabic: whether token `j` is "ثم" (then), which joins a later verb with no subject of its
  /// own to the sentence's subject as "كما" does ("والتقى باول الرئيس البشير ثم اجتمع بقرنق").
  func isThenWord(_ j: Int) -> Bool {
    tokens.kind(j) == .arabic && tokens.norm(j).sameBytes("\u{062B}\u{0645}")
  }

  /// Arabic: the subject of the verb that opens the sentence (its first word, or the second
  /// after a conjunction), the mention right after it, when the cue at `cue` is a verb with و or
  /// ف right after a comma; nil otherwise.
  /// (`conjunction` false: a verb with no proclitic, "قالت" in "وكانت إسلام آباد قد شنت
  /// غارات ...، قالت إنها استهدفت".)
  /// "كما" (also) or "ثم" (then) before a verb with no proclitic stands for the conjunction, the
  /// comma before it or not ("هاجم الحوثيون السفن، كما أطلقوا صواريخ على إسرائيل").
  func commaSharedSubject(_ cue: Lexicon.Match, conjunction: Bool = true) -> Int? {
    var c = cue.tokenStart - 1
    let also =
      conjunction && c > range.lowerBound && cue.proclitic.isEmpty
      && (isAlsoWord(c) || isThenWord(c))
    if also, tokens.kind(c - 1) == .comma { c -= 1 }
    guard c > range.lowerBound, also || tokens[c].kind == .comma,
      also
        || (conjunction
          ? cue.proclitic.startsWithLetter(0xD9, 0x88) || cue.proclitic.startsWithLetter(0xD9, 0x81)
          : cue.proclitic.isEmpty),
      let k = mainSubject(before: c),
      // ("وأعلنت السلطات الإيرانية ...، واستدعت": a nisba with the article after its head.)
      mentions.proclitic(k).isEmpty
        || (mentions.form(k) == .adjective
          || arabicTitleStart(endingAt: mentions.tokenStart(k) - 1) != nil)
          && mentions.proclitic(k).sameBytes(ArabicClitics.article)
    else { return nil }
    var verb = mentions.tokenStart(k) - 1
    if mentions.form(k) == .adjective, verb - 1 >= range.lowerBound, isArabic(verb),
      !inMention(verb), !isMarker(verb, .preposition)
    {
      // (The head the nisba qualifies, or a title of two words, its head and the genitive:
      // "واستدعى رئيس الوزراء الأسترالي ...، وتحدث".)
      verb = (arabicTitleStart(endingAt: verb) ?? verb) - 1
    }
    // ("ورحب الرئيس الأمريكي جو بايدن بالاتفاق، وأشاد", "وانتقد رئيس الوزراء الكندي جاستن
    // ترودو ...، واجتمع": a title of one or two words before a person's name with the nisba.)
    if mentions.form(k) == .name, verb - 1 >= range.lowerBound,
      let t = arabicTitleStart(endingAt: verb)
    {
      verb = t - 1
    }
    guard verb >= range.lowerBound, isArabic(verb), !inMention(verb),
      !isMarker(verb, .preposition),
      !(range.lowerBound..<verb).contains(where: { tokens[$0].isWord })
    else { return nil }
    return k
  }

  /// Arabic: where the title that ends at token `j` starts: `j` itself when it is a title's
  /// head (list `person_head`: "الرئيس"), or the head before it when `j` is its genitive with
  /// the article ("رئيس الوزراء", "وزير الخارجية"). Nil otherwise.
  func arabicTitleStart(endingAt j: Int) -> Int? {
    guard j >= range.lowerBound, isArabic(j), !inMention(j) else { return nil }
    if isMarker(j, .personHead) { return j }
    guard j - 1 >= range.lowerBound, isArabic(j - 1), !inMention(j - 1),
      isMarker(j - 1, .personHead), ArabicClitics.hasArticleReading(tokens.norm(j))
    else { return nil }
    return j - 1
  }

  /// English: a coordinated verb with no subject of its own in a sentence that opens with its
  /// own subject takes that subject, not the speaker of an earlier sentence ("Obama has said
  /// .... Hugo Chavez has been Zelaya's loudest backer, calling the coup a "gorillazo" and
  /// supplying the plane"). Nil in Arabic, when the speaker is named in this sentence, or when
  /// the verb joins a gerund after a preposition (`joinsPrepositionalGerund`).
  func englishOpeningArgument(_ cue: Lexicon.Match, speaker: Argument?) -> Argument? {
    guard tokens[cue.tokenStart].kind == .latin,
      !(speaker.map { range.contains($0.tokenStart) } ?? false),
      let k = englishOpeningSubject(before: cue.tokenStart)
    else { return nil }
    guard !joinsPrepositionalGerund(cue, after: mentions.tokenEnd(k)) else { return nil }
    return Argument(mentions, k)
  }

  /// English: "accused Maduro of sheltering and supporting them": a cue right after "and" and
  /// a gerund that follows a preposition (after token `after`) is the act of that phrase's
  /// actor, not a verb of the sentence's subject.
  func joinsPrepositionalGerund(_ cue: Lexicon.Match, after: Int) -> Bool {
    let g = cue.tokenStart - 2
    return g - 1 >= after && g - 1 >= range.lowerBound && tokens[g].kind == .latin
      && tokens.norm(g).hasByteSuffix("ing") && isMarker(g - 1, .preposition)
      && tokens.norm(cue.tokenStart - 1).equalsWord("and")
  }

  /// English: "Niger followed Mali on Tuesday and also broke ties with Kyiv", "Fidan said
  /// Ankara wanted no confrontation, but accused Netanyahu's government": a verb after "and" or
  /// "but" (adverbs or auxiliaries between, three at most), with no actor between, shares the subject of the verb
  /// cue before it in the sentence (`previousSubject`), or else the sentence's subject; the
  /// actor named last before "and" is the first verb's object. Nil otherwise.
  func sharedEnglishSubject(_ cue: Lexicon.Match, _ previousSubject: [Argument])
    -> (group: [Int], after: Bool)?
  {
    guard tokens[cue.tokenStart].kind == .latin, cue.entry.frame == .verb else { return nil }
    var j = cue.tokenStart - 1
    // ("and has been mediating", "and also broke": adverbs and auxiliaries, three at most.)
    var skipped = 0
    while skipped < 3, j > range.lowerBound, tokens[j].kind == .latin,
      isMarker(j, .adverb) || isMarker(j, .auxiliary) || isMarker(j, .passiveAux)
        || tokens.norm(j).equalsWord("also") || tokens.norm(j).equalsWord("then")
        || (tokens.norm(j).utf8.count > 4 && tokens.norm(j).hasByteSuffix("ly"))
    {
      j -= 1
      skipped += 1
    }
    guard j > range.lowerBound, tokens[j].kind == .latin,
      tokens.norm(j).equalsWord("and") || tokens.norm(j).equalsWord("but"),
      let last = mentions.lastIndex(where: { $0.tokenEnd <= j }),
      // (Not a list of actors: "Russia, Iran and Turkey backed ..."; with an auxiliary or an
      // adverb right after "and", "Iran supports Hamas and has armed Hezbollah", it is none.)
      mentions.tokenEnd(last) < j || skipped > 0
    else { return nil }
    if let p = previousSubject.first,
      let k = mentions.firstIndex(where: { $0.tokenStart == p.tokenStart }), k <= last,
      !joinsPrepositionalGerund(cue, after: mentions.tokenEnd(k))
    {
      return (groupBackward(k), false)
    }
    // ("the UAE armed and financed the RSF": a verb cue between the actor and "and" is that
    // actor's own verb, whose subject it is.)
    // ("Israeli warplanes knocked Sanaa's airport out of service and struck ...": with no actor
    // after it, the subject's own predicate stands before "and".)
    // (With the subject the last actor, its own verb before "and" is the first predicate:
    // "Syria's foreign ministry called the meeting \"historic\" and thanked".)
    guard let k = mainSubject(before: j),
      k < last || (k == last && j - mentions.tokenEnd(k) >= 3),
      k == last
        || !(mentions.tokenEnd(last)..<j).contains(where: {
          tokens[$0].lex.may(TokenLex.cue)
            && lexicon.match(tokens, at: $0, limit: j).contains { $0.entry.frame == .verb }
        })
    else { return nil }
    return (groupBackward(k), false)
  }

  /// "قالت روسيا إنها تدعم النظام السوري": a complementizer with a pronoun (named list
  /// `pronoun_complementizer`: أنه، إنها، بأنهم ...) right before an Arabic verb is the verb's
  /// subject, the one who speaks; a future particle or a negation may stand between.
  func pronounComplementizer(before cue: Lexicon.Match) -> Bool {
    pronounComplementizerAt(before: cue) != nil
  }

  /// Where the pronoun complementizer of `pronounComplementizer` stands; nil when none does.
  func pronounComplementizerAt(before cue: Lexicon.Match) -> Int? {
    guard isArabic(cue.tokenStart) else { return nil }
    if cue.proclitic.isEmpty {
      var j = cue.tokenStart - 1
      if j > range.lowerBound, isMarker(j, .negation) || isMarker(j, .adverb) { j -= 1 }
      return j >= range.lowerBound && lexicon.isMarker(tokens, j, .pronounComplementizer)
        ? j : nil
    }
    // "أكد الاتحاد الأوروبي أنه لا يعترف بسلطات الانقلاب ويدعم قرارات إيكواس": a verb with و
    // coordinated in the clause the pronoun opens (no actor, comma or stop between).
    guard cue.proclitic == "\u{0648}",
      let c = last(
        in: max(range.lowerBound, cue.tokenStart - 8)..<cue.tokenStart,
        where: { x, j in
          x.isArabic(j) && x.lexicon.isMarker(x.tokens, j, .pronounComplementizer)
        })
    else { return nil }
    return contains(
      in: c + 1..<cue.tokenStart,
      where: { x, j in
        x.inMention(j) || x.tokens[j].kind == .comma || x.tokens[j].kind == .stop
      }) ? nil : c
  }

  /// English: a determiner and one singular modifier before the cue make it a noun ("a
  /// roadside bomb", "the suicide attack"; a past tense only when the lexicon has a noun of
  /// that word); a plural word between is a subject ("the rebels attack"), and so is a name
  /// ("the UAE supports").
  func isModifiedNoun(_ cue: Lexicon.Match) -> Bool {
    let m = cue.tokenStart - 1
    guard m - 1 >= range.lowerBound, isMarker(m - 1, .determiner), tokens[m].kind == .latin,
      !tokens[m].capitalized, !tokens.norm(m).hasByteSuffix("s"), !isMarker(m, .preposition),
      !isMarker(m, .auxiliary), !inMention(m)
    else { return false }
    // ("ships and a submarine struck": a past tense the lexicon knows only as a verb is none.)
    let w = tokens.norm(cue.tokenStart)
    guard w.hasByteSuffix("ed") || isMarker(cue.tokenStart, .pastIrregular) else { return true }
    return lexicon.match(tokens, at: cue.tokenStart, limit: cue.tokenEnd).contains {
      $0.entry.frame == .noun
    }
  }

  /// English: a cue right after an actor's "'s" is a noun the actor owns ("condemned Russia's
  /// strikes and expressed solidarity with Ukraine"), no verb; a past tense only when the
  /// lexicon has a noun of that word.
  func isPossessedNoun(_ cue: Lexicon.Match) -> Bool {
    let q = cue.tokenStart - 2
    guard q > range.lowerBound, tokens[q].kind == .quote, tokens.norm(q + 1).equalsWord("s"),
      mentions.contains(where: { $0.tokenEnd == q })
    else { return false }
    let w = tokens.norm(cue.tokenStart)
    guard w.hasByteSuffix("ed") || isMarker(cue.tokenStart, .pastIrregular) else { return true }
    return lexicon.match(tokens, at: cue.tokenStart, limit: cue.tokenEnd).contains {
      $0.entry.frame == .noun
    }
  }

  /// English: mention `m` comes after "of" and a word of `suffered_act` ("the ouster of
  /// Gaddafi").
  func sufferedActBefore(_ m: Mention) -> Bool {
    let p = m.tokenStart - 1
    guard p - 1 >= range.lowerBound, tokens[p].kind == .latin, tokens.norm(p).equalsWord("of")
    else { return false }
    return lexicon.isMarker(tokens, p - 1, .sufferedAct)
  }

  /// English: mention `m` is the possessor of a word of content (of list `list` when given), one
  /// plain word between at most ("ETA's announcement", "the FARC's historic decision").
  func possessesContent(_ m: Mention, of list: Marker.NamedList? = nil) -> Bool {
    let q = m.tokenEnd
    guard q + 2 < range.upperBound, tokens[q].kind == .quote, tokens.norm(q + 1).equalsWord("s")
    else {
      return false
    }
    func isContent(_ i: Int) -> Bool {
      if let list { return lexicon.isMarker(tokens, i, list) }
      return isMarker(i, .contentNoun)
    }
    if isContent(q + 2) { return true }
    return q + 3 < range.upperBound && tokens[q + 2].kind == .latin
      && !tokens[q + 2].capitalized && isContent(q + 3)
  }

  /// English: the verb of letting or helping an actor act (list `permission_verb`: "allowed X
  /// to invade", "helped X to retake") before the one let and the infinitive's
  /// "to" at `to` ("allowed Russian troops to", "let Hezbollah fighters to", "helped the SDF
  /// to"): the actor ends right before "to" or before one or two force nouns there, and the
  /// verb stands right before it (an article between at most), in the past: no modal, "to" or
  /// negation right before it ("would allow", "refused to let").
  func permissionVerb(beforeInfinitive to: Int, chained: Bool = true) -> Int? {
    guard to > range.lowerBound, to < range.upperBound, tokens[to].kind == .latin,
      tokens.norm(to).equalsWord("to")
    else { return nil }
    // "allowed Russian troops to use its territory to invade": the one let acts through a
    // first infinitive with its object (three plain words at most) before the act.
    if chained, !mentions.contains(where: { $0.tokenEnd == to }),
      let first = (max(range.lowerBound, to - 4)..<to).last(where: {
        tokens[$0].kind == .latin && tokens.norm($0).equalsWord("to")
      }),
      first + 1 < to,
      (first + 1..<to).allSatisfy({
        tokens[$0].kind == .latin && !tokens[$0].capitalized && !inMention($0)
          && !tokens[$0].lex.may(TokenLex.cue) && !isMarker($0, .preposition)
      }),
      let v = permissionVerb(beforeInfinitive: first, chained: false)
    {
      return v
    }
    var e = to
    while e > range.lowerBound, to - e < 2, isMarker(e - 1, .forceNoun) { e -= 1 }
    guard let k = mentions.lastIndex(where: { $0.tokenEnd == e }) else { return nil }
    var v = mentions.tokenStart(k) - 1
    if v > range.lowerBound, isMarker(v, .determiner) { v -= 1 }
    guard v >= range.lowerBound, tokens[v].kind == .latin,
      lexicon.isMarker(tokens, v, .permissionVerb)
    else { return nil }
    if v > range.lowerBound, tokens[v - 1].kind == .latin,
      isMarker(v - 1, .conditional) || isMarker(v - 1, .negation) || isMarker(v - 1, .future)
        || ["to", "would", "could", "may", "might", "should", "must"].contains(tokens.norm(v - 1))
    {
      return nil
    }
    return v
  }

  /// English: the actor a verb of fighting (one word) is for: the mention right after "for" or
  /// "on behalf of" that follows the verb, an article at most between ("fought for Assad",
  /// "fighting on behalf of the Syrian government"); not "fought for years against", "fought
  /// for control of Sudan".
  func foughtFor(_ cue: Lexicon.Match, excluding: ExcludedCodes) -> Int? {
    var j = cue.tokenEnd
    guard cue.tokenEnd == cue.tokenStart + 1, j + 1 < range.upperBound, tokens[j].kind == .latin
    else { return nil }
    if tokens.norm(j).equalsWord("for") {
      j += 1
    } else if tokens.norm(j).equalsWord("on"), j + 3 < range.upperBound,
      tokens.norm(j + 1).equalsWord("behalf"),
      tokens.norm(j + 2).equalsWord("of")
    {
      j += 3
    } else {
      return nil
    }
    if j < range.upperBound, isMarker(j, .determiner) { j += 1 }
    guard let k = mentions.firstIndex(where: { $0.tokenStart == j }),
      !excluding.contains(mentions[k].code)
    else { return nil }
    return k
  }

  /// English: "fought for" and a word that starts no mention ("fought for self-determination",
  /// "fighting for independence"), with no "against" after it before the clause ends ("fought
  /// for years against the army" names its enemy).
  func foughtForCause(_ cue: Lexicon.Match) -> Bool {
    let j = cue.tokenEnd
    guard cue.tokenEnd == cue.tokenStart + 1, j + 1 < range.upperBound, tokens[j].kind == .latin,
      tokens.norm(j).equalsWord("for"), tokens[j + 1].isWord, !isMarker(j + 1, .determiner),
      !mentions.contains(where: { $0.tokenStart == j + 1 })
    else { return false }
    var k = j + 1
    while k < min(range.upperBound, j + 10), tokens[k].kind != .comma, tokens[k].kind != .stop {
      if tokens.norm(k).equalsWord("against") { return false }
      k += 1
    }
    return true
  }

  /// English: after a verb of repelling, the attacker named by "by" after an attack noun ("an
  /// attack by the RSF", "repelled attacks by Russian forces"): an article and one word at
  /// most before the noun.
  func repelledAttacker(after from: Int, excluding: ExcludedCodes) -> Int? {
    var j = from
    if j < range.upperBound, isMarker(j, .determiner) { j += 1 }
    if j + 1 < range.upperBound, !isMarker(j, .attackNoun), tokens[j].kind == .latin,
      !tokens[j].capitalized, isMarker(j + 1, .attackNoun)
    {
      j += 1
    }
    guard j + 2 < range.upperBound, isMarker(j, .attackNoun), tokens[j + 1].kind == .latin,
      tokens.norm(j + 1).equalsWord("by")
    else { return nil }
    var a = j + 2
    if isMarker(a, .determiner) { a += 1 }
    guard let k = mentions.firstIndex(where: { $0.tokenStart == a }),
      !excluding.contains(mentions[k].code)
    else { return nil }
    return k
  }

  /// English: "out" at `i` or after the object's head nouns or a possessive there ("drove ISIS
  /// out", "pushed Russia's forces out", "drove Islamic State militants out"), three words at
  /// most; not "pushed Israel to back out of the deal".
  func outFollows(_ i: Int) -> Bool {
    var j = i
    while j < range.upperBound, j - i < 4 {
      if tokens[j].kind == .latin, tokens.norm(j).equalsWord("out") { return true }
      guard
        tokens[j].kind == .quote
          || (tokens[j].kind == .latin
            && (tokens.norm(j).equalsWord("s") || isMarker(j, .forceNoun)
              || isMarker(j, .groupAnaphor)))
      else { return false }
      j += 1
    }
    return false
  }

  /// English passive of driving out ("was driven out of Mosul by the SDF", "were expelled from
  /// Aden by"): after the cue, "from", "out" or the "of" of "out of" and the place left (no
  /// comma, at most eight tokens), the agent right after "by" (an article between at most).
  func agentAfterPlaceLeft(_ cue: Lexicon.Match) -> Int? {
    let e = cue.tokenEnd
    // ("was accused of killing civilians by": "of" only after a cue in "out".)
    guard e < range.upperBound, tokens[e].kind == .latin,
      tokens.norm(e).equalsWord("out") || tokens.norm(e).equalsWord("from")
        || (tokens.norm(e).equalsWord("of") && tokens.norm(e - 1).equalsWord("out")),
      let b = (e + 1..<min(range.upperBound, e + 9)).first(where: {
        tokens[$0].kind == .latin && tokens.norm($0).equalsWord("by")
      }),
      !(e..<b).contains(where: { tokens[$0].kind == .comma || tokens[$0].kind == .stop })
    else { return nil }
    var a = b + 1
    if a < range.upperBound, isMarker(a, .determiner) { a += 1 }
    return mentions.firstIndex(where: { $0.tokenStart == a })
  }

  /// "اعترضت الدفاعات السعودية طائرة مسيرة أطلقها الحوثيون": a projectile intercepted or
  /// shot down (named list `repel`), then launched by someone (the verb's pronoun is the
  /// projectile): the one who launched it strikes the one who stopped it. Nil when the verb is
  /// no launch with a pronoun after a projectile; empty when either side is missing (the
  /// pronoun is the projectile, never an actor: "إن طائرة مسيرة أطلقها الحوثيون سقطت").
  func interceptedLaunch(_ cue: Lexicon.Match) -> [Candidate]? {
    guard cue.entry.needs == .projectile, !cue.enclitic.isEmpty,
      let p = Extractor.projectileBefore(tokens, cue.tokenStart, from: range.lowerBound, lexicon)
    else { return nil }
    // With no verb of stopping before the projectile, it was fired, not stopped: the other
    // rules read it ("صواريخ أطلقها حزب الله على حيفا").
    guard
      let r = (max(range.lowerBound, p - 6)..<p).last(where: {
        lexicon.isMarker(tokens, $0, .repel) || stopsProjectile($0)
      })
    else { return nil }
    guard let launcher = firstAfter(cue.tokenEnd, sameClause: true, maxDistance: 3),
      !isOblique(at: launcher)
    else { return [] }
    // The interceptor: VSO, the actor between the verb and the projectile; SVO, the subject
    // before the verb.
    let inside = mentions.firstIndex(where: { $0.tokenStart > r && $0.tokenEnd <= p })
    let before =
      inside == nil ? nearestBefore(r, sameClause: true, subjectsOnly: true, maxDistance: 3) : nil
    // (An interceptor no actor names: where the projectile was heading may still be said,
    // "أسقطت الدفاعات الجوية طائرة مسيرة أطلقها الحوثيون باتجاه السعودية".)
    guard let d = inside ?? before else { return nil }
    guard mentions[d].code != mentions[launcher].code else { return [] }
    return pairs(groupForward(launcher), [d], rule: "verb-intercepted")
  }

  /// True when the word at `j` is a verb of intercepting or shooting down (named list
  /// `projectile_stop`: "اعترضت", "أسقطت", "intercepted", the "down" of "shot down"). (Not in
  /// the list `repel`: "اعترض على" also means "objected to", and a drone shot down did not
  /// strike.)
  func stopsProjectile(_ j: Int) -> Bool {
    lexicon.isMarker(tokens, j, .projectileStop)
  }

  /// True when a word of the verb cue is a verb of stopping a projectile (`stopsProjectile`).
  func stopsProjectile(_ cue: Lexicon.Match) -> Bool {
    (cue.tokenStart..<cue.tokenEnd).contains { stopsProjectile($0) }
  }

  /// The owner of a projectile named within four words after `start`: the nisba or ل-genitive
  /// right after it ("صاروخا حوثيا", "صواريخ لحزب الله"), in English the nisba or name right
  /// before it ("Israeli missiles", "Hezbollah rockets"). Drones (named list `drone`) count only
  /// when `drones`: one shot down may have flown to watch, not to strike.
  func projectileOwner(after start: Int, drones: Bool, excluding: ExcludedCodes) -> Int? {
    let end = min(range.upperBound, start + 5)
    guard let p = (start..<end).first(where: { isMarker($0, .projectile) }),
      drones || !lexicon.isMarker(tokens, p, .drone)
    else { return nil }
    let k: Int?
    if isArabic(p) {
      k = mentions.firstIndex(where: {
        $0.tokenStart == p + 1
          && ($0.form == .adjective || $0.proclitic.sameBytes("\u{0644}"))
      })
    } else {
      k = mentions.firstIndex(where: { $0.tokenEnd == p && $0.tokenStart >= start })
    }
    guard let k, !excluding.contains(mentions[k].code), clauseOf(p) == clauseOf(start)
    else { return nil }
    return k
  }

  /// "طالت صواريخ حزب الله مدنا إسرائيلية", "سقطت صواريخ حماس على سديروت": a verb of reaching
  /// or falling (no light verb) whose subject is a projectile; the projectile's owner (its
  /// genitive or nisba) strikes the object after it, or the one after على.
  /// True when Arabic verb cue `cue` fires a projectile named just before it, its pronoun
  /// ("صواريخ أطلقها", "الصواريخ البالستية التي يطلقها").
  func firesNamedProjectile(_ cue: Lexicon.Match) -> Bool {
    cue.entry.needs == .projectile && isArabic(cue.tokenStart) && !cue.enclitic.isEmpty
      && Extractor.projectileBefore(tokens, cue.tokenStart, from: range.lowerBound, lexicon) != nil
  }

  func projectileSubjectPairs(_ cue: Lexicon.Match) -> [Candidate] {
    guard isArabic(cue.tokenStart), !isMarker(cue.tokenStart, .lightVerb),
      cue.tokenEnd < range.upperBound, isMarker(cue.tokenEnd, .projectile),
      // The genitive or nisba right after the projectile ("صواريخ حزب الله", "قذائف الجيش
      // السوري": a force noun between).
      let o = mentions.firstIndex(where: {
        $0.tokenStart == cue.tokenEnd + 1
          || ($0.tokenStart == cue.tokenEnd + 2 && $0.form == .adjective
            && isMarker(cue.tokenEnd + 1, .forceNoun))
      }),
      mentions[o].proclitic.isEmpty || mentions[o].proclitic.sameBytes(ArabicClitics.article),
      let t = object(after: mentions.tokenEnd(o), excluding: [mentions[o].code])
    else { return [] }
    return pairs(groupForward(o), t, rule: "verb-projectile-subject")
  }

  /// The target of projectiles fired after `start`: the actor right after the direction word
  /// ("على", "باتجاه", "at", "into") that follows the projectile noun, in the same clause.
  func projectileTarget(after start: Int, excluding: ExcludedCodes) -> [Int]? {
    let end = min(range.upperBound, start + 8)
    guard let p = (start..<end).first(where: { isMarker($0, .projectile) }),
      let d = (p + 1..<min(range.upperBound, p + 5)).first(where: { isMarker($0, .fireDirection) }),
      let k = mentions.indices.first(where: { mentions.tokenStart($0) > d }),
      // "على مجموعة من عناصر X": the count and the force noun are the target's own words;
      // "على سيارة في جنوب لبنان": so are the place or vehicle hit and the direction of where
      // it stands.
      (d + 1..<mentions.tokenStart(k)).filter({
        !(isMarker($0, .preposition) && isCount($0)) && !isMarker($0, .forceNoun)
          && !isMarker($0, .targetHead) && !isMarker($0, .direction)
          && !ownWordOfEnglishPlaces($0, after: d)
      }).count <= 2,
      clauseOf(mentions.tokenStart(k)) == clauseOf(p),
      !excluding.contains(mentions[k].code)
    else { return nil }
    return groupForward(k, excluding: excluding)
  }

  /// "fired missiles at the main power stations and water infrastructure in Kyiv": in English,
  /// the words of the places hit that are no step away from where they lie. An article, a
  /// modifier before a target head (up to two words, no preposition), "and" or "or" between two
  /// heads, and "in" or "near" right after a head; all after the word of aim at `d`.
  func ownWordOfEnglishPlaces(_ j: Int, after d: Int) -> Bool {
    guard tokens[j].kind == .latin, j > d else { return false }
    let w = tokens.norm(j)
    if j == d + 1, w.equalsWord("the") || w.equalsWord("a") || w.equalsWord("an") { return true }
    let joins = w.equalsWord("and") || w.equalsWord("or")
    if isMarker(j - 1, .targetHead), joins || w.equalsWord("in") || w.equalsWord("near") {
      guard joins else { return true }
      return (j + 1..<min(range.upperBound, j + 4)).contains(where: { isMarker($0, .targetHead) })
    }
    if isMarker(j, .preposition) { return false }
    return (j + 1..<min(range.upperBound, j + 3)).first(where: {
      tokens[$0].kind != .latin || isMarker($0, .preposition) || isMarker($0, .targetHead)
    }).map { isMarker($0, .targetHead) } ?? false
  }

  /// False where an English verb cue's word is not a verb: capitalised inside a sentence that is
  /// not in title case ("US Bomb" in a list of casualties), or "back" as an adverb ("made it
  /// back home", "went back to").
  func isEnglishVerbReading(_ cue: Lexicon.Match) -> Bool {
    // The cue's word is read in place (a copied token costs more).
    let first = (range.lowerBound..<range.upperBound).first { tokens[$0].kind == .latin }
    if tokens[cue.tokenStart].capitalized, !tokens[cue.tokenStart].allCaps,
      cue.tokenStart != first
    {
      let words = (range.lowerBound..<range.upperBound).filter {
        tokens[$0].kind == .latin && tokens.norm($0).utf8.count > 3
      }
      let capitalised = words.filter { tokens[$0].capitalized }.count
      if capitalised * 2 < words.count { return false }
    }
    // "attack helicopters", "strike drones": a noun that qualifies a weapon (the lists
    // `weapon_qualifier` and `qualified_weapon` of markers.json).
    if cue.tokenEnd < range.upperBound, tokens[cue.tokenEnd].kind == .latin,
      lexicon.isMarker(tokens, cue.tokenEnd, .qualifiedWeapon),
      lexicon.isMarker(tokens, cue.tokenStart, .weaponQualifier)
    {
      return false
    }
    if tokens.norm(cue.tokenStart).equalsWord("back") {
      let before = cue.tokenStart > range.lowerBound ? tokens.norm(cue.tokenStart - 1) : ""
      let after = cue.tokenEnd < range.upperBound ? tokens.norm(cue.tokenEnd) : ""
      if [
        "it", "them", "him", "her", "me", "us", "come", "came", "go", "went", "gone", "get",
        "got", "bring", "brought", "way", "fight", "fought", "hit", "strike", "struck",
        // "would scale back military activity", "pulled back troops": a verb with its particle.
        "scale", "scaled", "scaling", "cut", "cutting", "pull", "pulled", "pulling", "roll",
        "rolled", "rolling", "push", "pushed", "pushing", "step", "stepped", "fall", "fell",
        "fallen", "hold", "held", "holding", "turn", "turned", "take", "took", "taken", "give",
        "gave", "given", "win", "won", "fighting", "hitting", "striking", "sent", "send",
      ]
      .contains(before)
        || ["home", "to", "into", "from", "in", "down", "up", "off", "out", "on", "at"]
          .contains(after)
      {
        return false
      }
    }
    return true
  }

  /// An English participle in -ed that qualifies the head noun right after it ("recognised
  /// government", "armed forces"), with an adverb in -ly, a determiner or a possessive "'s"
  /// right before it.
  func isAttributiveParticiple(_ cue: Lexicon.Match) -> Bool {
    let i = cue.tokenStart
    guard cue.tokenEnd == i + 1, i > range.lowerBound, cue.tokenEnd < range.upperBound,
      tokens.norm(i).hasByteSuffix("ed"), tokens[cue.tokenEnd].kind == .latin,
      !tokens[cue.tokenEnd].capitalized,
      isMarker(cue.tokenEnd, .anaphoricHead) || isMarker(cue.tokenEnd, .forceNoun)
    else { return false }
    let p = i - 1
    return (tokens[p].kind == .latin && tokens.norm(p).hasByteSuffix("ly"))
      || isMarker(p, .determiner)
      || (tokens[p].kind == .latin && tokens.norm(p).equalsWord("s") && p > range.lowerBound
        && tokens[p - 1].kind == .quote)
  }

  /// A one-word English cue that is also a plural noun of measure or of weapons ("sanctions",
  /// "shells") after a word that cannot be its subject ("with sanctions", "fresh
  /// sanctions", "artillery shells"): not an actor's name, an auxiliary, a relative or a
  /// pronoun, "to", an adverb in -ly, nor a noun that names an actor ("the group shells").
  func isMeasureNoun(_ cue: Lexicon.Match) -> Bool {
    let i = cue.tokenStart
    guard cue.tokenEnd == i + 1, i > range.lowerBound else { return false }
    let measure = lexicon.isMarker(tokens, i, .measure)
    guard
      measure
        || (tokens.norm(i).hasByteSuffix("s") && isMarker(i, .projectile))
    else { return false }
    let p = i - 1
    if mentions.contains(where: { $0.tokenEnd == i }) { return false }
    guard tokens[p].kind == .latin else { return measure }
    if !measure,
      tokens[p].capitalized || tokens.norm(p).hasByteSuffix("ly") || isMarker(p, .anaphoricHead)
        || isMarker(p, .groupAnaphor) || isMarker(p, .forceNoun)
    {
      return false
    }
    return
      !(isMarker(p, .auxiliary) || isMarker(p, .relative)
      || ["to", "it", "they", "he", "she", "we", "who", "which", "that"].contains(tokens.norm(p)))
  }

  /// Whether a verb (of speech or meeting too) stands right before the subject that starts at
  /// `start`, or before the person's title there ("استقبل الرئيس المصري أسر الضحايا": أسر is
  /// families, the verb's object).
  func verbBefore(subjectAt start: Int) -> Bool {
    var v = start - 1
    if v > range.lowerBound, isMarker(v, .personHead), !inMention(v) {
      v -= 1
    } else if v - 1 > range.lowerBound, isMarker(v - 1, .personHead), tokens[v].kind == .arabic,
      !inMention(v), !inMention(v - 1), !isMarker(v, .preposition)
    {
      // "أكد وزير الخارجية المصري دعم مصر": a title of two words before the nisba.
      v -= 2
    }
    // (A verb of denial takes its noun as a light verb does: "نفت إيران تزويد الحوثيين";
    // its cue reads accusations only.)
    guard v >= range.lowerBound, !isMarker(v, .denial) else { return false }
    return lexicon.match(tokens, at: v, limit: v + 1).contains(where: {
      $0.entry.frame == .verb || $0.entry.frame == .speech || $0.entry.frame == .meet
    })
  }

  /// Whether an actor's name starts at token `i`, or right after a determiner there ("backs
  /// Haftar", "oppose the government").
  func objectFollows(_ i: Int) -> Bool {
    guard i < range.upperBound else { return false }
    let at = isMarker(i, .determiner) ? i + 1 : i
    return mentions.contains { $0.tokenStart == at }
  }

  /// "were killed", "has been backed", "is being attacked": a form of "be" (adverbs between
  /// allowed) before an English verb cue makes it passive.
  /// "have been fighting" is progressive, not passive: a cue in -ing is never passive.
  /// "is at war with" starts with a preposition: no participle, no passive.
  func isEnglishPassive(_ cue: Lexicon.Match) -> Bool {
    // "Five Hamas militants died in an Israeli air strike": who died is the target, as after
    // "were killed in".
    let verb = tokens.norm(cue.tokenStart)
    if verb == "died" || verb == "perished" { return true }
    guard !tokens.norm(cue.tokenStart).hasByteSuffix("ing"),
      !isMarker(cue.tokenStart, .preposition)
    else { return false }
    var j = cue.tokenStart - 1
    while j >= range.lowerBound, tokens[j].kind == .latin, tokens.norm(j).hasByteSuffix("ly"),
      cue.tokenStart - j <= 2
    {
      j -= 1
    }
    return j >= range.lowerBound && isMarker(j, .passiveAux)
  }

  /// English passive verb: the subject is the target; the source is the "by" agent or an actor
  /// modifying the event noun after it ("killed in a US operation", "hit by Israeli fire").
  func englishPassiveRule(_ cue: Lexicon.Match) -> [Candidate] {
    // "were driven out of Mosul by Iraqi forces": the place left stands between the verb and
    // its agent (a capital there names no actor).
    if let s = agentAfterPlaceLeft(cue),
      let t = subjectBeforeEnglishRelative(cue.tokenStart)
        ?? nearestBefore(cue.tokenStart, sameClause: true, subjectsOnly: true, maxDistance: 8),
      mentions.tokenEnd(t) <= cue.tokenStart
    {
      return pairs(groupForward(s), groupBackward(t), rule: "verb-passive")
    }
    // "The Houthis, who seized Sanaa in 2014, were targeted by": the subject before a relative
    // clause between commas.
    guard
      let t = subjectBeforeEnglishRelative(cue.tokenStart)
        ?? nearestBefore(cue.tokenStart, sameClause: true, subjectsOnly: true, maxDistance: 8),
      let s = firstAfter(cue.tokenEnd, sameClause: true, maxDistance: 6)
    else { return [] }
    let m = mentions[s]
    let j = m.tokenStart
    // "by X", "by the X", "in an attack by X"
    let gap = Array(cue.tokenEnd..<j)
    let byAgent =
      gap.last.map { tokens.norm($0).equalsWord("by") } == true
      || (gap.count >= 2 && tokens.norm(gap[gap.count - 1]).equalsWord("the")
        && tokens.norm(gap[gap.count - 2]).equalsWord("by"))
    // "was hit with fresh sanctions by X": the measure stands between the verb and its agent.
    let measureGap =
      byAgent && gap.count <= 6 && tokens.norm(gap[0]).equalsWord("with")
      && gap.contains { lexicon.isMarker(tokens, $0, .measure) }
      && gap.allSatisfy { tokens[$0].kind == .latin && !tokens[$0].capitalized }
    let throughEvent =
      byAgent && gap.count > 2 && ["in", "during"].contains(tokens.norm(gap[0]))
      && gap.dropFirst().allSatisfy { tokens[$0].kind == .latin && !tokens[$0].capitalized }
    // "killed in a US strike", "in today's Taliban attack"
    let eventModifier =
      !gap.isEmpty && gap.count <= 5
      && ["in", "during", "by", "under", "with"].contains(tokens.norm(gap[0]))
      && gap.dropFirst().allSatisfy {
        (tokens[$0].kind == .latin && !tokens[$0].capitalized) || tokens[$0].kind == .quote
      }
      && m.tokenEnd < range.upperBound
      && (isMarker(m.tokenEnd, .eventNoun) && !tokens.norm(gap[0]).equalsWord("with")
        // "was hit with new US sanctions"
        || (tokens.norm(gap[0]).equalsWord("with")
          && lexicon.isMarker(tokens, m.tokenEnd, .measure))
        // "Israeli tank shelling", "Turkish artillery fire", "Sudanese army air strikes": one or
        // two nouns may stand before it.
        || (1...2).contains { n in
          m.tokenEnd + n < range.upperBound && isMarker(m.tokenEnd + n, .eventNoun)
            && (m.tokenEnd..<m.tokenEnd + n).allSatisfy {
              tokens[$0].kind == .latin && !tokens[$0].capitalized
                && !isMarker($0, .preposition) && !isMarker($0, .coordination)
                && !isMarker($0, .auxiliary)
            }
        })
    // "Two Iraqi soldiers were killed when Islamic State militants attacked their checkpoint":
    // the subject of a verb of force right after "when" (a force noun between) did it.
    let whenAttack =
      gap.count == 1 && tokens[gap[0]].kind == .latin && tokens.norm(gap[0]).equalsWord("when")
      && cue.entry.relation == .strikes
      && {
        var v = m.tokenEnd
        while v < range.upperBound, v - m.tokenEnd < 2, isMarker(v, .forceNoun) { v += 1 }
        return v < range.upperBound && tokens[v].lex.may(TokenLex.cue)
          && lexicon.match(tokens, at: v, limit: range.upperBound).contains {
            $0.entry.frame == .verb && $0.entry.relation == .strikes
          }
      }()
    guard (byAgent && (gap.count <= 2 || throughEvent || measureGap)) || eventModifier || whenAttack
    else {
      return []
    }
    return pairs(groupForward(s), groupBackward(t), rule: "verb-passive")
  }

  /// "قال X إن قرار مجلس الأمن غير مقبول", "X said the UN decision was unacceptable": the
  /// speaker named in this sentence judges the actor named just before the predicate.
  /// A speaker an earlier sentence named marks the rule "+reported-speech" (traced there).
  func verdictRule(_ cue: Lexicon.Match, speaker: Argument?) -> [Candidate] {
    let found = verdictCandidates(cue, speaker: speaker)
    guard let s = found.first?.source, !range.contains(s.tokenStart) else { return found }
    return found.map {
      var c = $0
      c.rule = verdictRuleName(c.rule, speaker: s)
      return c
    }
  }

  /// `verdictRule` before the rule names are marked.
  private func verdictCandidates(_ cue: Lexicon.Match, speaker: Argument?) -> [Candidate] {
    guard let speaker = speaker ?? namingSubject(before: cue.tokenStart) else { return [] }
    // "calling it "a significant escalation" of Pyongyang's involvement": the owner of what
    // an escalation is of escalates.
    if let owner = escalatingOwner(after: cue), mentions[owner].code != speaker.code {
      return speakerPairs(speaker, [owner], rule: "verdict-escalation")
    }
    // "claimed they were responsible for the attack": a pronoun before the verdict is the
    // speaker's own side claiming the act, no blame.
    if hasPronounSubject(cue) { return [] }
    // An English adjective judges when it is said of something ("were illegal", "described
    // the move as illegal", "called the strikes illegal"), not when it qualifies a noun
    // ("illegal migrants").
    if !isArabic(cue.tokenStart), cue.tokenEnd - cue.tokenStart == 1 {
      // "Russia's illegal war", "Moscow's unlawful invasion": before an act an actor owns, the
      // adjective judges the owner.
      let e = cue.tokenEnd
      func act(_ j: Int) -> Bool {
        isMarker(j, .attackNoun) || (tokens.kind(j) == .latin && tokens.norm(j).equalsWord("war"))
      }
      if e < range.upperBound,
        act(e)
          || (e + 1 < range.upperBound && tokens.kind(e) == .latin && !tokens[e].capitalized
            && !inMention(e) && act(e + 1)),
        let owner = possessor(before: cue.tokenStart), mentions[owner].code != speaker.code
      {
        return speakerPairs(speaker, groupBackward(owner), rule: "verdict-act")
      }
      var p = cue.tokenStart - 1
      if p > range.lowerBound, tokens.norm(p).hasByteSuffix("ly") { p -= 1 }
      // "called the E3 move “unjustified, illegal and ...”": quotes, and other adjectives of
      // the verdict joined by a comma or "and", stand between.
      var joined = 0
      while p > range.lowerBound, joined < 3 {
        if tokens[p].kind == .quote {
          p -= 1
        } else if tokens[p].kind == .comma || tokens.norm(p).equalsWord("and"),
          p - 1 > range.lowerBound,
          tokens[p - 1].kind == .latin, !tokens[p - 1].capitalized,
          !isMarker(p - 1, .contentNoun), !isMarker(p - 1, .attackNoun)
        {
          p -= 2
        } else {
          break
        }
        joined += 1
      }
      guard p >= range.lowerBound,
        isMarker(p, .passiveAux) || tokens.norm(p).equalsWord("as") || isMarker(p, .attackNoun)
          || isMarker(p, .contentNoun)
      else { return [] }
      // "Iran called the E3 move illegal": a verdict on a move, decision or position judges
      // its author.
      if isMarker(p, .contentNoun), !isMarker(p, .attackNoun) {
        guard let author = actAuthor(p, excluding: [speaker.code]) else { return [] }
        return speakerPairs(speaker, author, rule: "verdict-act")
      }
    }
    // "قالت روسيا إن الضربات الأمريكية على سوريا غير مقبولة", "said the US strikes on Syria
    // were unacceptable": a verdict on an act judges its author, not the one it hit; with no
    // author named, nobody.
    if let act = judgedAct(before: cue) {
      guard let author = actAuthor(act, excluding: [speaker.code]) else { return [] }
      return speakerPairs(speaker, author, rule: "verdict-act")
    }
    guard
      let t = nearestBefore(cue.tokenStart, sameClause: true, subjectsOnly: false, maxDistance: 5),
      mentions[t].code != speaker.code,
      // "said Iranian-backed militants were responsible": the backer is not the one judged.
      backedFrom(t) == nil,
      // "إن وجود قوات أجنبية في البحرين غير مقبول": where the thing judged is, is no one judged.
      !isLocative(mentions[t]),
      // "called Imamoglu's jailing a blow to democracy": the one who suffered the act is not
      // the one judged.
      tokens.kind(cue.tokenStart) == .arabic || !possessesContent(mentions[t], of: .sufferedAct)
    else { return [] }
    return speakerPairs(speaker, groupBackward(t), rule: "verdict")
  }

  /// English: the actor whose act an escalation verdict is of: "a significant escalation of
  /// Pyongyang's involvement", "a dangerous escalation of Russia's war" (a closing quote may
  /// stand before "of"). Nil for other verdicts: "a violation of Qatar's sovereignty" judges
  /// whoever violates it, not Qatar.
  func escalatingOwner(after cue: Lexicon.Match) -> Int? {
    guard !isArabic(cue.tokenStart), tokens.norm(cue.tokenEnd - 1).equalsWord("escalation")
    else { return nil }
    var of = cue.tokenEnd
    if of < range.upperBound, tokens[of].kind == .quote { of += 1 }
    guard of + 3 < range.upperBound, tokens.norm(of).equalsWord("of"),
      let k = mentions.firstIndex(where: { $0.tokenStart == of + 1 }),
      mentions.tokenEnd(k) + 1 < range.upperBound,
      tokens[mentions[k].tokenEnd].kind == .quote,
      tokens.norm(mentions[k].tokenEnd + 1).equalsWord("s")
    else { return nil }
    return k
  }

  /// English: "Iran called the E3 move illegal", "branded the strikes a war crime": the
  /// subject of a verb of naming (list `naming_verb`) within ten tokens before the verdict at
  /// `i`, with no stop or complementizer between, speaks the verdict.
  func namingSubject(before i: Int) -> Argument? {
    guard i > range.lowerBound, tokens[i].kind == .latin,
      let n = (max(range.lowerBound, i - 10)..<i).last(where: {
        tokens[$0].kind == .latin && lexicon.isMarker(tokens, $0, .namingVerb)
      }),
      !(n + 1..<i).contains(where: { tokens[$0].kind == .stop || isMarker($0, .complementizer) }),
      let k = nearestBefore(n, sameClause: true, subjectsOnly: true, maxDistance: 6)
    else { return nil }
    return Argument(mentions, k)
  }

  /// The kind of noun `judgedAct` looks for.
  enum JudgedNoun {
    /// A noun of attack (`attack_noun`).
    case attack
    /// A noun of decision (`decision_noun`), for `decisionVerdictPairs`.
    case decision
    /// A noun that names an act told before (`clause_noun`: "the accord", "the move"), for
    /// `actVerdictPairs`.
    case told
  }

  /// Who gives the verdict `cue` on a noun of `kind` before it (no actor between them): the
  /// speaker (not one named later in the sentence) or the subject of a verb of naming; nil
  /// without such a noun or judge, or when the cue neither opposes nor backs.
  func verdictJudge(_ cue: Lexicon.Match, on kind: JudgedNoun, speaker: Argument?) -> Argument? {
    guard cue.entry.relation == .opposes || cue.entry.relation == .supports,
      let noun = judgedAct(before: cue, kind: kind)
    else { return nil }
    return verdictJudge(cue, noun: noun, speaker: speaker)
  }

  /// `verdictJudge(_:on:speaker:)` for the judged noun `noun` already found (`judgedAct`).
  func verdictJudge(_ cue: Lexicon.Match, noun: Int, speaker: Argument?) -> Argument? {
    guard cue.entry.relation == .opposes || cue.entry.relation == .supports,
      !mentions.contains(where: { $0.tokenStart > noun && $0.tokenStart < cue.tokenStart })
    else { return nil }
    return speakerNotAfter(speaker, cue) ?? namingSubject(before: cue.tokenStart)
  }

  /// `speaker`, unless this sentence names it after `cue`: a speaker named later speaks a later
  /// clause ("ودانت X الهجوم، وأكدت واشنطن ...").
  func speakerNotAfter(_ speaker: Argument?, _ cue: Lexicon.Match) -> Argument? {
    guard let s = speaker, !(range.contains(s.tokenStart) && s.tokenStart > cue.tokenStart)
    else { return nil }
    return s
  }

  /// `rule`, marked "+reported-speech" when `speaker` is an earlier sentence's (`verdictRule`).
  func verdictRuleName(_ rule: String, speaker: Argument) -> String {
    range.contains(speaker.tokenStart) ? rule : rule + "+reported-speech"
  }

  /// The act noun that a verdict cue judges: in the cue's clause, after its complementizer,
  /// speech word, comma or the sentence start, within eight tokens (a noun of `kind`).
  func judgedAct(before cue: Lexicon.Match, kind: JudgedNoun = .attack) -> Int? {
    judgedAct(before: cue) { j in
      switch kind {
      case .attack: return isMarker(j, .attackNoun)
      case .decision: return lexicon.isMarker(tokens, j, .decisionNoun)
      case .told: return lexicon.isMarker(tokens, j, .clauseNoun)
      }
    }
  }

  /// `judgedAct(before:kind:)` for the nouns `isAct` accepts (the first of them in that
  /// stretch).
  func judgedAct(before cue: Lexicon.Match, where isAct: (Int) -> Bool) -> Int? {
    var j = cue.tokenStart - 1
    let lo = max(range.lowerBound, cue.tokenStart - 8)
    var act: Int?
    while j >= lo {
      if isMarker(j, .complementizer) || tokens[j].kind == .comma || tokens[j].kind == .stop
        || lexicon.match(tokens, at: j, limit: cue.tokenStart).contains(where: {
          $0.entry.frame == .speech
        })
      {
        break
      }
      if isAct(j) { act = j }
      j -= 1
    }
    return act
  }

  /// Who did the act at `act`: in Arabic its agent phrase or nisba (`eventAuthor`); in English
  /// the actor right before it ("the US strikes", "Israeli air strikes") or after "by".
  func actAuthor(_ act: Int, excluding: ExcludedCodes) -> [Int]? {
    if isArabic(act) { return eventAuthor(after: act, excluding: excluding) }
    // "Israel's strike", "Ethiopia's decision": the possessor.
    if let k = possessor(before: act), !excluding.contains(mentions[k].code) {
      return groupBackward(k)
    }
    var e = act
    // One lower-case modifier may stand between: "Israeli air strikes".
    if e - 1 > range.lowerBound, tokens[e - 1].kind == .latin, !tokens[e - 1].capitalized,
      !mentions.contains(where: { $0.tokenEnd == e })
    {
      e -= 1
    }
    if let k = mentions.lastIndex(where: { $0.tokenEnd == e }),
      !excluding.contains(mentions[k].code)
    {
      return groupBackward(k)
    }
    if act + 2 < range.upperBound, tokens.norm(act + 1).equalsWord("by"),
      let k = firstAfter(act + 2, sameClause: true, maxDistance: 1, excluding: excluding)
    {
      return groupForward(k, excluding: excluding)
    }
    return nil
  }

  func speakerPairs(_ speaker: Argument, _ targets: [Int], rule: String) -> [Candidate] {
    targets.compactMap { t in
      mentions[t].code == speaker.code
        ? nil
        : Candidate(source: speaker, target: Argument(mentions, t), rule: rule, confidence: 0.9)
    }
  }

  /// The token after a time phrase that starts at `j` ("بعد لقاء نظيره الفرنسي بباريس",
  /// "خلال زيارته إلى موسكو"): the opener, its noun, the actor that completes the noun (within
  /// two words) with its coordinated members, and a place with ب or after a preposition of place.
  /// Nil when `j` opens no such phrase or no actor completes it.
  func timePhraseEnd(at j: Int) -> Int? {
    guard j + 2 < range.upperBound, tokens[j].kind == .arabic, opensEventTime(j),
      tokens[j + 1].kind == .arabic,
      !inMention(j + 1),
      let k = firstAfter(j + 2, sameClause: true, maxDistance: 2)
    else { return nil }
    var end = mentions.tokenEnd(groupEnd(k))
    // The place: "بباريس", "في موسكو", "إلى موسكو".
    if let p = mentions.firstIndex(where: { $0.tokenStart == end }),
      hasLocativeProclitic(at: p)
    {
      end = mentions.tokenEnd(p)
    } else if end + 1 < range.upperBound, isMarker(end, .locative),
      let p = mentions.firstIndex(where: { $0.tokenStart == end + 1 })
    {
      end = mentions.tokenEnd(p)
    }
    return end
  }

  /// English: the agent of an attack noun that is the subject of verb `cue`: "A bombing
  /// claimed by al-Shabaab killed ...", "The attack, which was carried out by ISIS, killed
  /// ...". The actor after an agent phrase of force ("claimed by", "carried out by") that
  /// follows an attack noun within five words, right before the verb (a comma between).
  func englishActAgent(before cue: Lexicon.Match) -> [Int]? {
    guard let k = mentions.lastIndex(where: { $0.tokenEnd <= cue.tokenStart }),
      (mentions.tokenEnd(k)..<cue.tokenStart).allSatisfy({ tokens[$0].kind == .comma })
    else { return nil }
    let group = groupBackward(k)
    var by = mentions.tokenStart(group.first ?? k) - 1
    if by > range.lowerBound, tokens.norm(by).equalsWord("the") { by -= 1 }
    guard by > range.lowerBound, tokens.norm(by).equalsWord("by") else { return nil }
    let lo = max(range.lowerBound, by - 3)
    guard
      let a = (lo..<by).first(where: { j in
        lexicon.match(tokens, at: j, limit: by + 1).contains {
          $0.entry.frame == .agent && $0.entry.relation == .strikes && $0.tokenEnd == by + 1
        }
      }),
      (max(range.lowerBound, a - 5)..<a).contains(where: { isMarker($0, .attackNoun) })
    else { return nil }
    return group
  }
}

extension SentenceContext {
  /// Arabic: whether the verb of refusal at `cue` (list `refusal`) refuses an act done to the
  /// actor after it: past the subject right after the verb (if any), a verbal noun in no
  /// mention whose genitive is its object (list `object_act`: "إدانة", "طرد", "تسليم"), and an
  /// actor right after it or after one more word ("طرد السفير الفرنسي"). (Not a noun whose
  /// genitive or nisba is its author: "رفضت مصر التدخل التركي" opposes Turkey.)
  func refusesActOnObject(_ cue: Lexicon.Match) -> Bool {
    guard cue.entry.relation == .opposes, lexicon.isMarker(tokens, cue.tokenStart, .refusal)
    else { return false }
    var j = cue.tokenEnd
    if let k = mentions.firstIndex(where: { $0.tokenStart == j }) {
      j = mentions.tokenEnd(groupForward(k).last ?? k)
    }
    guard j + 1 < range.upperBound, isArabic(j), !inMention(j),
      lexicon.isMarker(tokens, j, .objectAct)
    else { return false }
    return inMention(j + 1) || (j + 2 < range.upperBound && isArabic(j + 1) && inMention(j + 2))
  }
}
