/// The noun frame: verbal nouns ("دعم", "support for") with their possessors and objects.
extension SentenceContext {
  /// Arabic: the على or ضد after one to three adjectives starting at `i` (feminine or nisba
  /// words in no mention, "و" before one of them allowed); nil when the words after `i` are not
  /// so built.
  func adjectivesBeforeTarget(_ i: Int) -> Int? {
    var j = i
    while j < range.upperBound, j - i < 3, isArabic(j), !inMention(j),
      !isMarker(j, .eventTarget),
      Self.looksLikeFeminineModifier(tokens, j) || looksLikeNisba(tokens.norm(j), minimumLetters: 4)
    {
      j += 1
    }
    return j > i && j < range.upperBound && isMarker(j, .eventTarget) ? j : nil
  }

  /// Arabic: "جنود حفظ السلام من جنوب أفريقيا": a partitive "من" before the mention, after a
  /// force noun and up to two words of its own ("حفظ السلام").
  func forcePartitive(_ m: Mention) -> Bool {
    let j = m.tokenStart - 1
    guard j - 1 > range.lowerBound, isArabic(j), tokens.norm(j).sameBytes("\u{0645}\u{0646}")
    else { return false }
    return (max(range.lowerBound, j - 3)..<j).contains {
      isMarker($0, .forceNoun) || lexicon.isArticleMarker(tokens[$0], .forceNoun)
    }
  }

  func nounRule(_ cue: Lexicon.Match) -> [Candidate] {
    let arabic = isArabic(cue.tokenStart)
    if let accused = accusedActPairs(cue) { return accused }
    if let stirred = stirredAngerPairs(cue) { return stirred }
    if let received = receivedSupport(cue) { return received }
    if let announced = announcedNounPairs(cue) { return announced }
    // "ترحيبها بوقف العدوان الإسرائيلي": welcoming an attack's end is no support of its author
    // (the demand cue after it opposes the author).
    if arabic, cue.entry.relation == .supports, stopDemandAt(cue.tokenEnd) { return [] }
    // "اشتباكات بين X و Y", "fighting between X and Y", "الحرب بين X وY" (the cue ends in
    // بين): each side acts on the other.
    let endsInBetween = isMarker(cue.tokenEnd - 1, .between)
    if let group = betweenParticipants(
      in: (endsInBetween ? cue.tokenEnd - 1 : cue.tokenEnd)..<min(
        range.upperBound, cue.tokenEnd + 2),
      strict: true)
    {
      var out: [Candidate] = []
      for a in group {
        for b in group where mentions[a].code != mentions[b].code {
          out += pairs([a], [b], rule: "noun-between-mutual")
        }
      }
      return out
    }
    // "الحرب بين X والمقاومة": one side is not named.
    if endsInBetween { return [] }
    if cue.entry.needs == .destination { return visitRule(cue) }
    // "الحرب الإسرائيلية على لبنان": the nisba right after the war noun wages it on the actor
    // right after على/ضد; any other reading of the bare noun ("الحرب في سوريا") is none.
    if cue.entry.needs == .eventTarget {
      guard let a = mentions.firstIndex(where: { $0.tokenStart == cue.tokenEnd }),
        mentions.form(a) == .adjective, mentions.tokenEnd(a) < range.upperBound
      else { return [] }
      // ("شكوى لبنانية قانونية على إسرائيل": one more adjective may follow the nisba.)
      var on = mentions.tokenEnd(a)
      if !isMarker(on, .eventTarget), on + 1 < range.upperBound,
        Self.looksLikeFeminineModifier(tokens, on),
        !mentions.contains(where: { $0.tokenStart == on })
      {
        on += 1
      }
      guard isMarker(on, .eventTarget),
        let t = firstAfter(on + 1, sameClause: true, maxDistance: 0, excluding: [mentions[a].code])
      else { return [] }
      return pairs([a], groupForward(t), rule: "noun-war-on")
    }
    // "سيطرت X على المدينة بعد معارك مع Y", "after clashes with Y": the clause's subject and the
    // actor after "مع"/"with" fight each other.
    let withEnds = isMarker(cue.tokenEnd - 1, .with)  // the cue "clashes with"
    // "met Egyptian officials to discuss the war with the RSF": a war that talks are about
    // names none of its sides before it.
    if !arabic, cue.entry.relation == .strikes, cue.tokenEnd < range.upperBound,
      withEnds || isMarker(cue.tokenEnd, .with),
      let x = nearestBefore(cue.tokenStart, sameClause: false, subjectsOnly: true, maxDistance: 12),
      (mentions.tokenEnd(x)..<cue.tokenStart).contains(where: { isMarker($0, .objectStop) })
    {
      return []
    }
    if cue.entry.relation == .strikes, cue.tokenEnd < range.upperBound,
      withEnds || isMarker(cue.tokenEnd, .with),
      let y = firstAfter(cue.tokenEnd + (withEnds ? 0 : 1), sameClause: true, maxDistance: 2),
      // ("بمقتل جنود من جنوب أفريقيا في المعارك مع المتمردين": the side of the members killed.)
      let x = nearestBefore(
        cue.tokenStart, sameClause: false, subjectsOnly: false, maxDistance: 12
      ).flatMap({
        isMembership(mentions[groupStart($0)]) || forcePartitive(mentions[groupStart($0)])
          ? groupStart($0) : nil
      })
        ?? nearestBefore(cue.tokenStart, sameClause: false, subjectsOnly: true, maxDistance: 12),
      mentions[x].code != mentions[y].code,
      // "Turkey supplied drones to Azerbaijan during the war with Armenia": with another actor
      // between, whose war it is is not said.
      // ("من جنوب أفريقيا ومالاوي": the side's own list.)
      case let own = groupForward(x),
      !mentions.contains(where: { m in
        m.tokenStart >= mentions.tokenEnd(x) && m.tokenEnd <= cue.tokenStart
          && m.code != mentions[x].code && !m.code.isEmpty
          && !own.contains(where: { mentions[$0].code == m.code })
      })
    {
      let xs = groupStart(x) == x ? groupForward(x) : groupBackward(x)
      let ys = groupForward(y)
      return pairs(xs, ys, rule: "noun-with-mutual") + pairs(ys, xs, rule: "noun-with-mutual")
    }
    // "والفلسطينيون يتعرضون لهجمة إسرائيلية", "تعرضت سوريا لقصف تركي", "came under Turkish
    // attack": the one exposed to the act is its target; the nisba or genitive after the noun
    // (English: the nisba before it) is its agent.
    if let v = exposureVerb(before: cue) { return exposureRule(cue, verb: v) }
    // "قواتها صدت هجوما أوكرانيا": the nisba or genitive right after an attack repelled is the
    // attacker, the one before the noun (the repelling verb's subject) the one who repels it.
    // "صد الجيش هجوما شنه مسلحون من تنظيم داعش": the attacker may be the subject of a
    // relative clause after an indefinite noun; "أعلن الجيش أنه صد هجوما": the one who repels
    // the subject of the speech verb, when a complementizer with a pronoun opens the clause.
    if arabic, cue.entry.relation == .strikes, repelled(cue),
      let a = repelledAttacker(cue),
      let d = nearestBefore(
        cue.tokenStart, sameClause: true, subjectsOnly: true, maxDistance: 3,
        excluding: [mentions[a].code])
        ?? repellerBeforeComplementizer(cue, excluding: mentions[a].code)
    {
      let (xs, ys) = (groupBackward(d), groupForward(a))
      return pairs(xs, ys, rule: "noun-repelled") + pairs(ys, xs, rule: "noun-repelled")
    }
    var source: [Int]?
    var searchFrom = cue.tokenEnd
    // "أعربت مصر عن إدانتها للقصف الإسرائيلي": the act is what another noun cue judges; only its
    // own genitive or nisba can be its agent, not the clause's subject.
    let judged = arabic && nounCueBefore(cue)
    var genitiveSource = false
    // The source is the agent of a relative clause after the noun ("الحصار الذي يفرضه التحالف").
    var relativeAgent = false
    // "متهما الحكومة بخرق الهدنة عبر هجمات تشنها ميليشيات وازاليندو": a relative light verb
    // right after the noun, with its subject after it, names the act's author before anything
    // else does.
    let relative =
      arabic
      ? relativeLightVerbSubject(
        after: cue.tokenEnd, indefinite: !cue.proclitic.hasByteSuffix(ArabicClitics.article))
      : nil
    if let (k, end) = relative, mentions.tokenStart(k) > cue.tokenEnd {
      source = groupForward(k)
      searchFrom = end
      relativeAgent = true
    } else if arabic, !cue.enclitic.isEmpty || writtenPronoun(cue),
      // ("مؤكدة وقوفها إلى جانب": a form written with its pronoun, "وقوفها", has it too.)
      let k = expressingParticipleSubject(before: cue)
    {
      // "اتصل بري بالسفير الأمريكي مبديا احتجاجه على ..."; "ورحبت السعودية والأردن وقطر
      // بالاتفاق، مؤكدة دعمها": the whole coordinated subject, named from its first item.
      source = groupStart(k) == k ? groupForward(k) : groupBackward(k)
    } else if arabic && !cue.enclitic.isEmpty,
      // "أعلنت مصر، التي تخوض نزاعا مع إثيوبيا، دعمها للصومال": the pronoun passes over a
      // description between commas to the actor it describes.
      case let end =
        cue.tokenStart - 1 > range.lowerBound && tokens[cue.tokenStart - 1].kind == .comma
        ? describedBefore(closing: cue.tokenStart - 1) ?? cue.tokenStart : cue.tokenStart,
      let ante = nearestBefore(end, sameClause: false, subjectsOnly: false, maxDistance: 5),
      // ("أعلنت مصر، في مؤتمر صحفي في الدوحة، دعمها": a place is no possessor.)
      !isLocative(mentions[ante]),
      // (The context handed to the test, not captured: a closure that read it copied it.)
      allSatisfy(
        in: mentions.tokenEnd(ante)..<end,
        { c, k in
          c.tokens[k].kind == .comma || c.tokens[k].kind == .quote || c.isMarker(k, .adverb)
            || (c.tokens[k].kind == .arabic && c.looksLikeNisba(c.tokens.norm(k)))
            // "أعربت مصر عن إدانتها": the preposition of the light verb.
            || (k == cue.tokenStart - 1 && c.isMarker(k, .preposition))
        })
    {
      // "لدعمها حفتر": the possessor is the antecedent; "عن دعمهما" names both of a pair.
      let plural =
        cue.enclitic.sameBytes("\u{0647}\u{0645}\u{0627}")
        || cue.enclitic.sameBytes("\u{0647}\u{0645}")
      source = plural ? groupBackward(ante) : [ante]
    } else if arabic,
      cue.proclitic.containsScalar(0x0644) || cue.proclitic.containsScalar(0x0628)
        || requestedWithIla(cue),
      !cue.proclitic.hasByteSuffix(ArabicClitics.article),
      let k = purposeSubject(before: cue.tokenStart),
      !contains(
        in: mentions.tokenEnd(k)..<cue.tokenStart,
        where: { c, j in
          c.isMarker(j, .complementizer) || c.tokens.norm(j).equalsWord("(")
        }),
      // "خطة لدعم قوات الاتحاد": the purpose belongs to the plan, not to the clause's subject.
      !isMarker(previousWord(cue.tokenStart), .contentNoun),
      // "وضع حد لإطلاق الصواريخ": a launch with ل is no purpose of the subject; "رد بإطلاق
      // صواريخ" (with ب) is its manner.
      !(cue.entry.needs == .projectile && cue.proclitic.containsScalar(0x0644)),
      !judged,
      // "اتهمت روسيا الدول الغربية بتسليح اوكرانيا": the act is the one accused's.
      !accusedNonActor(between: k, and: cue),
      // "نددت السعودية بالهجوم الحوثي": an act whose nisba follows it is that actor's; the
      // ب is the judging verb's.
      !(cue.entry.relation == .strikes
        && mentions.contains(where: { $0.tokenStart == cue.tokenEnd && $0.form == .adjective }))
    {
      source = groupBackward(k)  // "ل/ب" + verbal noun: a purpose or manner clause of the subject.
    } else if arabic, !judged, let (x, y) = joinedPartners(before: cue.tokenStart) {
      source = groupBackward(x) + groupBackward(y)  // "انضمت X إلى Y في شن ضربات على"
    } else if arabic, !judged, let k = participleAntecedent(before: cue.tokenStart) {
      source = groupBackward(k)  // "مصر، المنخرطة في نزاع مع إثيوبيا،"
    } else if arabic, !judged, let k = arabicLightVerbSubject(before: cue.tokenStart) {
      source = groupBackward(k)  // "شنت تركيا غارات على", "مصر تعلن دعمها X"
      // "شاركت فرنسا في الضربات الأمريكية على سوريا": a nisba agreeing with the act names
      // another of its authors, not its target.
      if cue.entry.relation == .strikes,
        let a = mentions.firstIndex(where: {
          $0.tokenStart == cue.tokenEnd && $0.form == .adjective
        }),
        !groupHas(groupBackward(k), code: mentions[a].code)
      {
        source = groupBackward(k) + [a]
        searchFrom = mentions.tokenEnd(a)
      }
    } else if arabic, let k = firstAfter(cue.tokenEnd, sameClause: true, maxDistance: 1),
      // A nisba right after the noun agrees with it ("بالهجوم التركي"): the noun's own
      // preposition does not make it oblique.
      !isOblique(at: k)
        || (mentions.form(k) == .adjective && mentions.tokenStart(k) == cue.tokenEnd),
      !isMarker(previousWord(mentions.tokenStart(k)), .between),
      // "دانت الصين الغارة وطالبت إسرائيل": the one asked by a request verb between.
      !(mentions.tokenStart(k) > cue.tokenEnd && isMarker(cue.tokenEnd, .request)),
      // "احتجاجاً على دعم واشنطن لإسرائيل": the genitive of a noun of support after a noun
      // of opposition is the supporter, whom the opposition is aimed at.
      !judgedSupport(cue)
    {
      source = groupForward(k)  // "قصف تركي ل...", "دعم روسيا ل..."
      searchFrom = mentions.tokenEnd(source?.last ?? k)
      // A name, or a nisba with its own head ("دعم النظام السوري"); not a nisba of the noun.
      genitiveSource = mentions.form(k) == .name || mentions.tokenStart(k) > cue.tokenEnd
    } else if arabic, cue.entry.relation == .strikes, let (k, end) = lamAuthor(of: cue) {
      source = groupForward(k)  // "هجوم لحركة الشباب على قاعدة ...", "... عن مقتل ..."
      searchFrom = end
    } else if let (k, end) = relative {
      source = groupForward(k)  // "الغارة التي شنتها على لبنان": the sentence's subject
      searchFrom = end
      relativeAgent = true
    } else if !arabic, let k = coordinatedLightVerbSubject(before: cue.tokenStart) {
      source = groupBackward(k)  // "condemned the Israeli raid and expressed solidarity with"
    } else if !arabic, let k = participleClauseSubject(before: cue.tokenStart) {
      source = groupForward(k)  // "Biden arrived in Tel Aviv, pledging support for Israel"
    } else if !arabic, let k = possessor(before: cue.tokenStart) {
      source = groupBackward(k)  // "Trump's call with ...", "the militants' attacks on ..."
    } else if !arabic, let k = blamedFor(before: cue.tokenStart) {
      source = groupBackward(k)  // "blamed the Taliban for the attack on ..."
    } else if !arabic, let k = pronounPossessor(before: cue.tokenStart) {
      source = groupBackward(k)  // "Turkey must stop its attacks on Syria"
    } else if !arabic, cue.tokenStart > range.lowerBound,
      let k = mentions.lastIndex(where: { $0.tokenEnd == cue.tokenStart }),
      mentions.form(k) == .adjective
    {
      // "threatened reprisals for the Israeli strike on Beirut": a nisba right before the noun
      // is its agent, even where the noun's phrase is a preposition's object.
      source = groupBackward(k)
    } else if !arabic, let k = copulaSubject(before: cue) {
      source = groupBackward(k)  // "The STC is currently in conflict with the government"
    } else if !arabic, let k = mannerActAuthor(cue) {
      source = groupBackward(k)  // "Israel killed two people in a strike on Beirut"
    } else if !arabic, let k = adverbialStanceSubject(before: cue.tokenStart) {
      source = groupBackward(k)  // "Turkey deployed troops to Libya in support of the GNA"
    } else if !arabic, let k = participleParentheticalSubject(before: cue.tokenStart) {
      source = groupBackward(k)  // "Ethiopian troops, backed by drones, launched assaults on"
    } else if !arabic, let k = lightVerbSubject(before: cue.tokenStart) {
      source = groupBackward(k)  // "US troops have stepped up operations against ..."
    } else if arabic, let k = accusativeStanceSubject(before: cue) {
      source = groupBackward(k)  // "خرج آلاف الأتراك في إسطنبول احتجاجا على ..."
    } else if case let anchor =
      arabic ? (quantityHead(before: cue.tokenStart) ?? cue.tokenStart) : cue.tokenStart,
      // "فرضت بريطانيا حزمة جديدة من العقوبات على": a noun of quantity stands for the act.
      !isMarker(previousWord(anchor), .nounBlock),
      // (An accusative of purpose, "نصرة لغزة", is the clause subject's, `accusativeStanceSubject`;
      // the actor right before it is the clause's object.)
      !(arabic && lexicon.isMarker(tokens, cue.tokenStart, .adverbialStanceNoun)),
      let k = nearestBefore(anchor, sameClause: true, subjectsOnly: !arabic, maxDistance: 1),
      !(arabic && (hasLocativeProclitic(at: k) || isLocative(mentions[k]))),
      // "شنت الفصائل المدعومة من تركيا هجوما": the backer of an unnamed subject did not act.
      !(arabic && passiveCueStart(before: mentions[k].tokenStart) != nil),
      // "أدانت مصر الهجمات", "انتقدت الصين العقوبات": who condemns, welcomes or rejects an act
      // (of force, or sanctions) did not commit it; the name is the verb's subject and the act
      // its object.
      // ("وادان الرئيس اللبناني المجازر", "أدان رئيس الوزراء الاسرائيلي ايهود اولمرت الهجوم":
      // the title of the subject may stand after the verb.)
      !(arabic && (cue.entry.relation == .strikes || isMarker(cue.tokenStart, .attackNoun))
        && relationVerbBefore(subject: mentions[groupStart(k)])),
      // ("بكين تعارض العقوبات على روسيا": the verb between the subject and the act.)
      !(arabic && (cue.entry.relation == .strikes || isMarker(cue.tokenStart, .attackNoun))
        && contains(in: mentions.tokenEnd(k)..<anchor) { c, j in
          c.tokens[j].lex.may(TokenLex.cue)
            && c.lexicon.match(c.tokens, at: j, limit: j + 1).contains(where: {
              $0.entry.frame == .verb && ($0.entry.relation?.isStance ?? false)
                && $0.entry.needs == nil && $0.entry.needsNamed == 0
            })
        }),
      // "حرب على العراق وفرض حصار على سورية": past a light verb, an actor after a preposition
      // is the object of what came before, no author of the noun.
      !(arabic && firstMarker(.lightVerb, in: mentions.tokenEnd(k)..<anchor) != nil
        && afterPrepositionWord(k)),
      // "دمشق منذ اغتيال": a time or place word between ends the actor's phrase.
      !contains(
        in: mentions.tokenEnd(k)..<anchor,
        where: { c, j in
          c.isMarker(j, .locative) && !c.tokens.norm(j).sameBytes("\u{0641}\u{064A}")
            || (c.tokens[j].kind == .arabic && !c.isMarker(j, .lightVerb)
              && (c.tokens.readingPrepositions(j).contains(ReadingPrepositions.lam)
                || c.tokens.readingPrepositions(j).contains(ReadingPrepositions.ba)))
        })
    {
      source = groupBackward(k)  // "الموقف التركي المساند ل...", "Turkish support for ..."
    }
    // "لإطلاق صواريخ فلسطينية على إسرائيل": the owner of the projectiles launched fires them.
    if cue.entry.needs == .projectile,
      let o = projectileOwner(after: cue.tokenEnd, drones: true, excluding: [])
    {
      source = groupForward(o)
      searchFrom = max(searchFrom, mentions.tokenEnd(o))
    }
    guard let src = source else { return [] }
    // "أعرب المندوب الأمريكي عن قلق بلاده البالغ": "بلاده" right after the noun is its
    // possessor, the speaker's own country, not what the noun is aimed at.
    if arabic, searchFrom == cue.tokenEnd,
      let d = mentions.firstIndex(where: { $0.tokenStart == cue.tokenEnd }),
      mentions.form(d) == .deictic
    {
      searchFrom = mentions.tokenEnd(d)
    }
    // "هجمات تشنها جماعة نصرة الإسلام والمسلمين المرتبطة بتنظيم القاعدة": the actor an author
    // after the noun is tied to is no object of the act.
    if arabic, searchFrom > cue.tokenEnd { searchFrom = pastTiedActor(searchFrom) }
    // "إدانتها للقصف الإسرائيلي", "دعمها للهجوم التركي": a judgement of an act is aimed at its
    // author, the nisba of the act.
    if cue.entry.relation == .opposes || cue.entry.relation == .supports, arabic,
      cue.tokenEnd + 1 < range.upperBound,
      isMarker(cue.tokenEnd, .attackNoun) || judgedSupport(cue),
      let a = firstAfter(cue.tokenEnd + 1, sameClause: true, maxDistance: 0),
      // ("رفضها تهجير الفلسطينيين": a definite word after an act noun without the article is
      // its genitive, here whom the act is done to; a nisba agrees with the noun.)
      mentions.form(a) == .adjective
        && ArabicClitics.hasArticleReading(tokens.norm(cue.tokenEnd))
          == ArabicClitics.hasArticleReading(tokens.norm(mentions.tokenStart(a)))
        || actGenitiveAuthor(a, act: cue.tokenEnd),
      !groupHas(src, code: mentions[a].code)
    {
      // (Appended to the first list: `+` with an empty list copied the first, each candidate.)
      var out = pairs(src, [a], rule: "noun-event-author")
      if let asker = askerOfStance(cue, asked: src) {
        out += pairs(asker, [a], rule: "noun-asked-stance")
      }
      return out
    }
    // "التضامن مع هذا البلد الذي يواجه ضغوطا أميركية": a cue that ends in its preposition
    // has its object right after it, never inside a relative clause further on.
    let endsInPreposition =
      cue.tokenEnd - cue.tokenStart >= 2 && isMarker(cue.tokenEnd - 1, .preposition)
    // "نقلت إسرائيل أسلحة إلى الحدود مع لبنان": after a cue's "إلى"/"to" an actor after
    // "مع"/"with" is where the place lies, not who gets what is sent.
    let towards = endsInPreposition && isMarker(cue.tokenEnd - 1, .destination)
    // "Russia sent tanks to attack Ukraine": after a thing given, "to" and a verb of its own
    // tell a purpose, no one who receives.
    if !arabic, endsInPreposition, cue.tokenEnd < range.upperBound,
      tokens[cue.tokenEnd].kind == .latin, !tokens[cue.tokenEnd].capitalized,
      // (A bare verb: "support to armed groups" names who gets it.)
      !tokens.norm(cue.tokenEnd).hasByteSuffix("ed"),
      !tokens.norm(cue.tokenEnd).hasByteSuffix("ing"),
      tokens[cue.tokenEnd].lex.may(TokenLex.cue),
      lexicon.match(tokens, at: cue.tokenEnd, limit: cue.tokenEnd + 1).contains(where: {
        $0.entry.frame == .verb
      })
    {
      return []
    }
    // "ترك الحصار الذي يفرضه التحالف نحو 22 مليون يمني بحاجة": the noun is the relative
    // clause's own object, so its target there follows a preposition ("الذي يفرضه التحالف على
    // اليمن"); a bare phrase after the agent is the main clause's.
    if relativeAgent, arabic, relativeClauseEndsInCount(searchFrom) { return [] }
    // "عقوبات مالية وتجارية مشددة على المجلس العسكري في نيامي": the noun's adjectives before
    // its على or ضد take none of the object's reach.
    if arabic, let on = adjectivesBeforeTarget(searchFrom) { searchFrom = on }
    // "وجه ترامب تحذيرا مباشرا إلى إيران": a word of blame or warning addressed "إلى" an actor
    // (one adjective between at most) is aimed at it; "إلى" is no place there.
    if arabic, cue.entry.relation == .opposes, let t = addressee(after: searchFrom),
      !groupHas(src, code: mentions[t].code)
    {
      return pairs(src, groupForward(t), rule: "noun")
    }
    if let obj = object(
      // ("a drone strike on a car in southern Lebanon": a place after its target head.)
      after: searchFrom, excluding: codes(src),
      maxDistance: endsInPreposition ? (!arabic && !placeStarts.isEmpty ? 7 : 3) : 6,
      throughRelative: !endsInPreposition, coAgents: towards,
      stance: cue.entry.relation?.isStance ?? false,
      ownedPhrases: !arabic && (cue.entry.relation?.isStance ?? false))
    {
      // "اغتيال القيادي الفلسطيني على يد القوات الإسرائيلية", "the killing of X by Y",
      // "اختطاف المواطن الألماني ذي الأصل اللبناني ... من قبل عملاء المخابرات الأمريكية": with
      // agent words after it the genitive is the victim, the actor after them the author.
      if cue.entry.relation == .strikes, genitiveSource,
        let j = (searchFrom..<min(range.upperBound, searchFrom + 10)).first(where: {
          agentWords(at: $0) != nil
        }),
        clauseOf(j) == clauseOf(cue.tokenStart)
      {
        guard let a = agentWords(at: j),
          let k = firstAfter(a, sameClause: true, maxDistance: 3, excluding: codes(src))
        else { return [] }
        return pairs(groupForward(k), src, rule: "noun-agent")
      }
      // "للدعم اللوجستي من ألمانيا": the one help comes from gives it; the target is not named.
      // ("aid to the government of Syria": after a head the actor owns, "of" names the owner.)
      // "مساعدة واشنطن في منع عودة تنظيم الدولة": help given in an act names that act's
      // object after "في" and the act's noun, not whom the help goes to.
      if cue.entry.relation == .supports, arabic, let first = obj.first,
        let fi = self.first(
          in: searchFrom..<mentions.tokenStart(first),
          where: { c, j in c.tokens.norm(j).sameBytes("\u{0641}\u{064A}") }),
        fi + 1 < mentions.tokenStart(first), tokens[fi + 1].kind == .arabic, !inMention(fi + 1)
      {
        return []
      }
      if cue.entry.relation == .supports, let first = obj.first,
        mentions.tokenStart(first) > cue.tokenEnd,
        isMarker(mentions.tokenStart(first) - 1, .nounBlock),
        !(mentions.tokenStart(first) - 2 >= cue.tokenEnd
          && isMarker(mentions.tokenStart(first) - 2, .anaphoricHead))
      {
        return []
      }
      // "بتنفيذ الهجوم بدعم من طهران", "an offensive with the support of Russian jets": an
      // actor named by an agent phrase of backing after an act that is not backing backs it; it
      // is not the act's target.
      if cue.entry.relation != .supports, let first = obj.first,
        mentions.tokenStart(first) > cue.tokenEnd,
        (cue.tokenEnd..<mentions.tokenStart(first)).contains(where: { k in
          tokens[k].lex.may(TokenLex.cue)
            && lexicon.match(tokens, at: k, limit: mentions.tokenStart(first)).contains {
              $0.entry.frame == .agent && $0.entry.relation == .supports
            }
        })
      {
        return []
      }
      // "صد الجيش هجوما لقوات الدعم السريع", "repelled an attack by the RSF": an attack
      // repelled was made by the one it names, on the one who repels it; each strikes the other.
      if cue.entry.relation == .strikes, repelled(cue) {
        return pairs(src, obj, rule: "noun-repelled") + pairs(obj, src, rule: "noun-repelled")
      }
      // "أسفرت غارة إسرائيلية على غزة عن مقتل خمسة من عناصر حماس": the dead named in the
      // act's result, right after the place hit, are struck too.
      var dead: [Candidate] = []
      if cue.entry.relation == .strikes, arabic, let last = obj.last,
        let r = resultRightAt(mentions.tokenEnd(last)),
        let victims = object(
          after: r + 1, excluding: codes(src) + codes(obj), maxDistance: 5, throughRelative: true)
      {
        dead = pairs(src, victims, rule: "noun")
      }
      // (Appended to the first list: `+` with an empty list copied the first, each candidate.)
      var out = pairs(src, obj, rule: "noun")
      if !dead.isEmpty { out += dead }
      if let asker = askerOfStance(cue, asked: src) {
        out += pairs(asker, obj, rule: "noun-asked-stance")
      }
      return out
    }
    if let obj = objectByExample(after: searchFrom, excluding: codes(src)) {
      return pairs(src, obj, rule: "noun-example")
    }
    // "أعلنت الحكومة الصومالية رفضها القاطع لمذكرة التفاهم التي وقعتها إثيوبيا": an Arabic
    // noun of opposition on a thing a relative clause names the author of opposes the author.
    if arabic, cue.entry.relation == .opposes,
      let t = relativeAuthor(after: searchFrom, excluding: codes(src), opposing: true)
    {
      return pairs(src, t, rule: "verb-relative-author")
    }
    // "أسفرت غارة إسرائيلية على غزة عن مقتل خمسة من عناصر حماس": past the place it hit, what the
    // act resulted in names whom it struck.
    // ("عن مقتل عشرين فلسطينيا": the victims are read after the noun of killing.)
    if cue.entry.relation == .strikes, arabic, let r = resultAfterPlace(searchFrom),
      let obj = object(after: r + 1, excluding: codes(src), maxDistance: 5, throughRelative: true)
    {
      return pairs(src, obj, rule: "noun-result")
    }
    // "وافقت روسيا على دعم سوريا", "ساهمت تركيا في دعم حكومة الوفاق": with no object after
    // it, the genitive of a noun governed by a preposition is the object and the clause's
    // subject the source. Not after من/عن/ضد ("حذرت مصر من دعم تركيا": what is warned of).
    // Acts of force are left out: "المشتبه في اغتيال X" names a killing by someone else.
    if genitiveSource, cue.entry.relation != .strikes, cue.tokenStart > range.lowerBound,
      isMarker(cue.tokenStart - 1, .preposition), !isMarker(cue.tokenStart - 1, .nounBlock),
      let k = nearestBefore(
        cue.tokenStart - 1, sameClause: true, subjectsOnly: true, maxDistance: 6),
      !groupHas(src, code: mentions[k].code)
    {
      return pairs(groupBackward(k), src, rule: "noun-after-preposition")
    }
    return []
  }

  /// Arabic: the actor a definite participle describes when the noun at `i` is its
  /// preposition's object ("مصر، المنخرطة في نزاع مع إثيوبيا،": Egypt is in the dispute); the
  /// mention that ends at the comma before the participle (`definiteParticiple`, which also
  /// asks for the preposition at `i - 1`).
  func participleAntecedent(before i: Int) -> Int? {
    let comma = i - 3
    guard comma > range.lowerBound, definiteParticiple(after: comma) else { return nil }
    return mentions.lastIndex(where: { $0.tokenEnd == comma })
  }

  /// Arabic: whether a count follows the agent of a relative clause that ends at `j` (past
  /// adverbs and time phrases): "ترك الحصار الذي يفرضه التحالف نحو 22 مليون يمني بحاجة", the
  /// people the main clause is about, not the act's target ("نحو" is "about" before a count).
  func relativeClauseEndsInCount(_ j: Int) -> Bool {
    let j = pastTimeWords(from: j)
    func count(_ k: Int) -> Bool {
      isNumber(k)
        || (k + 1 < range.upperBound && lexicon.isMarker(tokens, k + 1, "currency"))
    }
    guard j < range.upperBound else { return false }
    if count(j) { return true }
    return tokens[j].kind == .arabic && tokens.norm(j).sameBytes("\u{0646}\u{062D}\u{0648}")
      && j + 1 < range.upperBound && count(j + 1)
  }

  /// The attacker of an attack repelled: the nisba or genitive right after its noun ("هجوما
  /// أوكرانيا", "هجوما لتنظيم داعش"), a force noun with its nisba ("هجوما للقوات
  /// الإثيوبية"), or the subject of a relative clause after it ("هجوما شنه مسلحون من X").
  func repelledAttacker(_ cue: Lexicon.Match) -> Int? {
    if let a = firstAfter(cue.tokenEnd, sameClause: true, maxDistance: 0),
      mentions.tokenStart(a) == cue.tokenEnd,
      mentions[a].proclitic.isEmpty || mentions[a].proclitic.sameBytes("\u{0644}")
    {
      return a
    }
    // "هجوما للقوات الإثيوبية": a force noun with the nisba of its owner.
    if cue.tokenEnd + 1 < range.upperBound,
      isMarker(cue.tokenEnd, .forceNoun)
        || lexicon.isArticleMarker(tokens[cue.tokenEnd], .forceNoun),
      let a = firstAfter(cue.tokenEnd + 1, sameClause: true, maxDistance: 0),
      mentions.tokenStart(a) == cue.tokenEnd + 1, mentions.form(a) == .adjective
    {
      return a
    }
    return relativeLightVerbSubject(
      after: cue.tokenEnd, indefinite: !cue.proclitic.hasByteSuffix(ArabicClitics.article))?.0
  }

  /// "أعلن الجيش العراقي أنه صد هجوما": the subject of the speech verb before a complementizer
  /// with a pronoun that stands right before the verb of repelling.
  func repellerBeforeComplementizer(_ cue: Lexicon.Match, excluding code: String) -> Int? {
    guard let r = repelWord(before: cue), r - 1 >= range.lowerBound,
      lexicon.isMarker(tokens, r - 1, .pronounComplementizer),
      let k = nearestBefore(
        r - 1, sameClause: false, subjectsOnly: true, maxDistance: 4, excluding: [code])
    else { return nil }
    return k
  }

  /// True when a verb of repelling (named list `repel`) stands before the act's noun in its
  /// clause, within six tokens.
  func repelled(_ cue: Lexicon.Match) -> Bool { repelWord(before: cue) != nil }

  /// The last verb of repelling (see `repelled`) before the act's noun, if any.
  func repelWord(before cue: Lexicon.Match) -> Int? {
    let c = clauseOf(cue.tokenStart)
    return lastMarker(
      .repel, inClause: c, max(range.lowerBound, cue.tokenStart - 6)..<cue.tokenStart)
  }

  /// English: "its attacks on", "their support for", "its military operation against",
  /// "reaffirmed his support for": the actor a possessive pronoun before the noun (up to two
  /// words between) refers to, the nearest actor before it in the sentence that can be a
  /// subject.
  func pronounPossessor(before i: Int) -> Int? {
    var j = i - 1
    // "its October 7 attack on Israel", "its 2022 invasion": a date before the noun.
    var dated = writtenDateLength(endingBefore: i)
    // "its 19th package of sanctions against": a quantity noun and its "of", with one ordinal
    // or adjective before the noun, stand for the act.
    if dated == 0, j - 2 > range.lowerBound, isQuantityOf(j) {
      dated = 2
      if tokens.kind(j - 2) == .number
        || (tokens.kind(j - 2) == .latin && !tokens[j - 2].capitalized
          && !lexicon.isMarker(tokens, j - 2, .possessive) && !isMarker(j - 2, .determiner))
      {
        dated = 3
        // ("19th": the number and its ending may be two tokens.)
        if j - 3 > range.lowerBound, tokens.kind(j - 3) == .number,
          ["th", "st", "nd", "rd"].contains(tokens.norm(j - 2))
        {
          dated = 4
        }
      }
    }
    j -= dated
    while j >= range.lowerBound, i - j - dated <= 3, tokens[j].kind == .latin,
      !tokens[j].capitalized
    {
      if lexicon.isMarker(tokens, j, .possessive) {
        // "called on Turkey to end its operation": the one asked acts.
        if let k = nearestBefore(j, sameClause: false, subjectsOnly: false, maxDistance: 12),
          let first = groupBackward(k).first, mentions.tokenStart(first) - 1 > range.lowerBound
        {
          let b = mentions.tokenStart(first) - 1
          if isMarker(b, .request)
            || (["on", "upon"].contains(tokens.norm(b)) && isMarker(b - 1, .request))
          {
            return k
          }
        }
        // "Egypt, which has deepened ties with Eritrea and Somalia amid its dispute with
        // Ethiopia": inside a relative clause set off by a comma, the antecedent's.
        if let w = commaRelativePronoun(in: j - 16..<j),
          !(w + 1..<j).contains(where: {
            tokens[$0].kind == .comma || tokens[$0].kind == .stop
              || (tokens[$0].kind == .latin && tokens.norm($0).equalsWord("that"))
          }),
          let a = relativeAntecedent(before: w + 1)
        {
          return a
        }
        // "India, which banned the LTTE in 1992, expressed its full support for Colombo": after
        // a relative clause closed by a comma, the main verb's subject, the antecedent.
        if let a = antecedentPastRelative(beforeVerbAt: j) { return a }
        // "sanctions against Iran over its drone supplies", "condemned Israel for its raids":
        // after a preposition of grounds, the actor just named.
        if j - 1 >= range.lowerBound, ["over", "for"].contains(tokens.norm(j - 1)),
          let k = nearestBefore(j, sameClause: false, subjectsOnly: false, maxDistance: 6)
        {
          // ("sanctions on Lockheed Martin over its arms sales": a name the gazetteer does not
          // know stands nearer.)
          if (mentions.tokenEnd(k)..<j - 1).contains(where: {
            tokens[$0].kind == .latin && tokens[$0].capitalized && !inMention($0)
          }) {
            return nil
          }
          return k
        }
        // "vetoed a Security Council resolution condemning its invasion": a name after "a"
        // qualifies a noun; the pronoun refers to an actor before it.
        var end = j
        while let k = nearestBefore(
          end, sameClause: false, subjectsOnly: true, maxDistance: 12 - (j - end))
        {
          let b = mentions.tokenStart(k) - 1
          guard b >= range.lowerBound, tokens[b].kind == .latin,
            ["a", "an"].contains(tokens.norm(b))
          else { return k }
          end = mentions.tokenStart(k)
          if j - end >= 12 { return nil }
        }
        return nil
      }
      guard !isMarker(j, .preposition), !isMarker(j, .determiner) else { return nil }
      j -= 1
      // "its 1951 mutual defence treaty with": a year right after the pronoun dates the noun.
      if j - 1 >= range.lowerBound, tokens.kind(j) == .number, tokens.norm(j).utf8.count == 4,
        lexicon.isMarker(tokens, j - 1, .possessive)
      {
        j -= 1
      }
    }
    return nil
  }

  /// English: the antecedent of a relative clause set off by commas (", which ... ,") that
  /// closes right before the main verb, one to three lower-case words before the token `j`
  /// ("India, which banned the LTTE in 1992, expressed its support"). Nil otherwise.
  func antecedentPastRelative(beforeVerbAt j: Int) -> Int? {
    var c = j - 1
    while c > range.lowerBound, j - c <= 3, tokens[c].kind == .latin, !tokens[c].capitalized,
      !inMention(c), !isMarker(c, .preposition), !isMarker(c, .determiner)
    {
      c -= 1
    }
    guard c > range.lowerBound, c < j - 1, tokens[c].kind == .comma,
      let w = commaRelativePronoun(in: c - 20..<c),
      !(w + 1..<c).contains(where: { tokens[$0].kind == .comma || tokens[$0].kind == .stop })
    else { return nil }
    return relativeAntecedent(before: w + 1)
  }

  /// English: the last "which" or "who" right after a comma in `r` (from the sentence's second
  /// token on): the pronoun of a relative clause set off by commas.
  func commaRelativePronoun(in r: Range<Int>) -> Int? {
    (max(range.lowerBound + 1, r.lowerBound)..<r.upperBound).last(where: {
      tokens[$0].kind == .latin && ["which", "who"].contains(tokens.norm($0))
        && tokens[$0 - 1].kind == .comma
    })
  }

  /// Arabic: the actor right after "إلى" (list `destination`) at `p`, or after one adjective
  /// with no actor of its own and then "إلى" ("تحذيرا مباشرا إلى إيران"); nil otherwise.
  func addressee(after p: Int) -> Int? {
    var d = p
    if d + 1 < range.upperBound, tokens.kind(d) == .arabic, !inMention(d),
      !isMarker(d, .preposition), isMarker(d + 1, .destination)
    {
      d += 1
    }
    guard d + 1 < range.upperBound, tokens.kind(d) == .arabic, isMarker(d, .destination),
      let k = mentions.firstIndex(where: { $0.tokenStart == d + 1 }),
      mentions.proclitic(k).isEmpty
    else { return nil }
    return k
  }

  /// The subject a purpose or manner noun ("لدعم", "بقصف") belongs to: the nearest actor before
  /// that can be a subject, passing over accusative or genitive plural nisbas ("أرسلت تركيا
  /// مرتزقة سوريين إلى ليبيا لدعم ...": the mercenaries are sent, not the ones supporting).
  func purposeSubject(before i: Int) -> Int? {
    var end = i
    while let k = nearestBefore(
      end, sameClause: false, subjectsOnly: true, maxDistance: 12 - (i - end))
    {
      guard hasCase(at: k, "\u{064A}\u{064A}\u{0646}") else { return k }
      end = mentions.tokenStart(k)
      if i - end >= 12 { return nil }
    }
    return nil
  }

  /// "أجرى بري اتصالا بالسفير الأمريكي مبديا احتجاجه على الاعتداء الإسرائيلي": after an
  /// accusative participle of expressing (named list `expressing_participle`: "مبديا",
  /// "معربا", with or without "عن"), the pronoun on the noun is the clause's subject, not the
  /// actor named last.
  func expressingParticipleSubject(before cue: Lexicon.Match) -> Int? {
    var p = cue.tokenStart - 1
    // "معربا عن رفضه": the participle's "عن" between.
    if p > range.lowerBound, tokens.norm(p).sameBytes("\u{0639}\u{0646}") { p -= 1 }
    guard p > range.lowerBound, isArabic(p),
      lexicon.isWholeWordMarker(tokens, p, .expressingParticiple)
    else { return nil }
    // "أدانت السعودية الهجوم، مؤكدة دعمها ...": after a comma, the subject of the first clause.
    if tokens[p - 1].kind == .comma { return openingSubject(before: p) }
    var k = nearestBefore(p, sameClause: true, subjectsOnly: true, maxDistance: 14)
    // "بنظيره الروسي", "بالسفير الأمريكي": a nisba whose head noun carries ب or ل is a
    // preposition's object too.
    while let n = k, mentions.form(n) == .adjective, mentions.tokenStart(n) - 1 > range.lowerBound,
      case let h = mentions.tokenStart(n) - 1, isArabic(h),
      !mentions.contains(where: { $0.tokenStart == h }),
      tokens.norm(h).startsWithLetter(0xD8, 0xA8) || tokens.norm(h).startsWithLetter(0xD9, 0x84)
    {
      k = nearestBefore(
        mentions.tokenStart(n), sameClause: true, subjectsOnly: true, maxDistance: 14 - (p - h))
    }
    return k
  }

  /// Whether a preposition (or "ضد") stands right before mention `k`'s group.
  func prepositionBefore(_ k: Int) -> Bool {
    let p = mentions.tokenStart(groupStart(k)) - 1
    return p >= range.lowerBound && tokens[p].isWord
      && (isMarker(p, .preposition) || isMarker(p, .against))
  }

  /// "خرج آلاف الأتراك في إسطنبول احتجاجا على الحرب الإسرائيلية", "تظاهر اليمنيون في صنعاء
  /// تضامنا مع غزة": an Arabic stance noun in the accusative of purpose (named list
  /// `adverbial_stance_noun`) takes the stance of its clause's subject, right before it or
  /// before a place phrase ("في" and plain words).
  func accusativeStanceSubject(before cue: Lexicon.Match) -> Int? {
    guard lexicon.isMarker(tokens, cue.tokenStart, .adverbialStanceNoun) else { return nil }
    // ("بمواصلة المواجهة مع إسرائيل نصرة لغزة", "القتال ضد إسرائيل نصرة لغزة": the actor
    // after "مع" or another preposition is no subject.)
    if let k = nearestBefore(cue.tokenStart, sameClause: true, subjectsOnly: true, maxDistance: 5),
      !withBefore(mentions[k]), !prepositionBefore(k)
    {
      let gap = mentions.tokenEnd(k)..<cue.tokenStart
      guard let first = gap.first else { return k }
      if isArabic(first) && tokens.norm(first).sameBytes("\u{0641}\u{064A}")
        && gap.dropFirst().allSatisfy({ isArabic($0) && !tokens[$0].lex.may(TokenLex.cue) })
      {
        return k
      }
    }
    // "أعلنت النيجر قطع علاقاتها مع أوكرانيا تضامنا مع مالي": past the clause's object, the
    // subject that opens the sentence takes the stance (not past a complementizer or a
    // relative: the phrase is then the inner clause's).
    guard let s = openingSubject(before: cue.tokenStart),
      !(mentions.tokenEnd(s)..<cue.tokenStart).contains(where: {
        isMarker($0, .complementizer) || isMarker($0, .relative)
      })
    else { return nil }
    // "ودانت البرازيل الاقتحام، فيما أعلنت نيكاراغوا قطع علاقاتها مع كيتو تضامناً مع
    // المكسيك": past a clause opener and its verb, the subject right after that verb.
    if let o = (mentions.tokenEnd(s)..<cue.tokenStart).last(where: {
      isArabic($0) && isMarker($0, .clauseOpener)
    }) {
      guard let k = mentions.firstIndex(where: { $0.tokenStart == o + 2 }), !isOblique(at: k),
        mentions.tokenEnd(k) < cue.tokenStart
      else { return nil }
      return k
    }
    return s
  }

  /// "أسفر هجوم لحركة الشباب عن مقتل جنود", "هجوم لحزب الله على موقع إسرائيلي": the name with
  /// ل right after an act noun without article is its author when the act's target (after
  /// على/ضد) or its result ("عن مقتل") follows; the mention and where its group ends. Alone
  /// ("ضربة لإيران", a blow to Iran) or after a masdar that takes its object with ل ("قصف
  /// إسرائيل لمدرسة") it is no author.
  func lamAuthor(of cue: Lexicon.Match) -> (Int, Int)? {
    guard !cue.proclitic.hasByteSuffix(ArabicClitics.article),
      let k = mentions.firstIndex(where: { $0.tokenStart == cue.tokenEnd }),
      mentions.form(k) == .name, mentions[k].proclitic.sameBytes("\u{0644}")
    else { return nil }
    let group = groupForward(k)
    let end = mentions.tokenEnd(group.last ?? k)
    guard end < range.upperBound, tokens[end].kind == .arabic,
      isMarker(end, .fireDirection) || isMarker(end, .against) || resultRightAt(end) != nil
    else { return nil }
    return (k, end)
  }

  /// "عن مقتل" at `start` (an Arabic "عن" and a noun of killing or attack): the noun's index.
  func resultRightAt(_ start: Int) -> Int? {
    guard start + 1 < range.upperBound, tokens[start].kind == .arabic,
      tokens.norm(start).sameBytes("\u{0639}\u{0646}"), isMarker(start + 1, .attackNoun)
    else { return nil }
    return start + 1
  }

  /// Where the result of an act starts after the place it hit: a preposition of place or aim
  /// at `start` ("على", "في"), one or two words no actor names, then "عن" or "إلى" and a noun
  /// of killing or attack ("على غزة عن مقتل", "في ريف إدلب إلى مقتل"). Nil otherwise.
  func resultAfterPlace(_ start: Int) -> Int? {
    guard start < range.upperBound, tokens[start].kind == .arabic else { return nil }
    // "أسفرت غارة إسرائيلية عن مقتل عشرين فلسطينيا": the result right after the act.
    if let r = resultRightAt(start) { return r }
    guard isMarker(start, .fireDirection) || isMarker(start, .locative) else { return nil }
    // (r + 1, the noun after the preposition, must stay inside the sentence.)
    for r in start + 2..<max(start + 2, min(start + 4, range.upperBound - 1)) {
      // (عن of "أسفر عن", إلى of "أدى إلى": the marker list `destination`.)
      guard tokens[r].kind == .arabic,
        tokens.norm(r).sameBytes("\u{0639}\u{0646}") || isMarker(r, .destination)
      else {
        continue
      }
      guard isMarker(r + 1, .attackNoun),
        (start + 1..<r).allSatisfy({ tokens[$0].kind == .arabic }),
        !mentions.contains(where: { $0.tokenStart > start && $0.tokenStart < r })
      else { return nil }
      return r + 1
    }
    return nil
  }

  /// "دعت تركيا (المجتمع الدولي) إلى فرض عقوبات على إسرائيل": the noun after the "إلى" of a
  /// request verb is what the asker asks for; its purpose clause is the asker's.
  func requestedWithIla(_ cue: Lexicon.Match) -> Bool {
    let p = cue.tokenStart - 1
    guard p > range.lowerBound, tokens[p].kind == .arabic,
      isMarker(p, .destination)
    else { return false }
    return (max(range.lowerBound, p - 5)..<p).contains {
      isMarker($0, .request) && tokens.kind($0) == .arabic && clauseOf($0) == clauseOf(p)
    }
  }

  /// Whether `source` asks for the stance `cue` names: an Arabic cue of opposition after a
  /// request verb of its clause ("دعت تركيا إلى فرض عقوبات على إسرائيل", "طالبت تركيا بفرض
  /// عقوبات على إسرائيل") whose subject `source` is, right before it or after it. Asking for
  /// sanctions or pressure on an actor opposes it now; the sanctions are still to come. (The
  /// one asked, "طالبت إسرائيل مصر بإدانة حماس", only may.)
  func requestsStance(_ cue: Lexicon.Match, source: Argument) -> Bool {
    guard cue.entry.relation == .opposes else { return false }
    if !isArabic(cue.tokenStart) { return englishRequestsStance(cue, source: source) }
    guard
      let r = (max(range.lowerBound, cue.tokenStart - 6)..<cue.tokenStart).last(where: {
        tokens[$0].kind == .arabic && isMarker($0, .request)
          && clauseOf($0) == clauseOf(cue.tokenStart)
      })
    else { return false }
    // (A request under a condition of its own stays a possibility: "إذا طالبت فرنسا ...".)
    if (range.lowerBound..<r).contains(where: {
      isMarker($0, .conditional) && !isMarker($0, .request)
    }) {
      return false
    }
    if source.tokenEnd == r { return true }
    // VSO: the first actor after the verb, its subject ("دعا وزير الخارجية الإيراني").
    guard source.tokenStart > r,
      !mentions.contains(where: { $0.tokenStart > r && $0.tokenStart < source.tokenStart })
    else { return false }
    return subjectReachable(from: r + 1, to: source.tokenStart)
  }

  /// English: "The Sudanese foreign ministry urged the international community to designate
  /// the RSF a terrorist group": the subject of a request for a stance (`request`, within eight
  /// words before the cue, in its clause; the subject up to eight words, none of another actor,
  /// before the verb: "welcomed the sanctions and urged") takes that stance now.
  func englishRequestsStance(_ cue: Lexicon.Match, source: Argument) -> Bool {
    guard
      let r = (max(range.lowerBound, cue.tokenStart - 8)..<cue.tokenStart).last(where: {
        tokens[$0].kind == .latin && isMarker($0, .request)
          && clauseOf($0) == clauseOf(cue.tokenStart)
      }),
      source.tokenEnd <= r, r - source.tokenEnd <= 8,
      (source.tokenEnd..<r).allSatisfy({ tokens[$0].kind == .latin && !inMention($0) }),
      !(range.lowerBound..<r).contains(where: { isMarker($0, .conditional) })
    else { return false }
    return true
  }

  /// Arabic: whether a verb cue with a relation stands right before mention `m`, or before
  /// the title words of it ("أدان رئيس الوزراء الاسرائيلي ...", "أدان المتحدث باسم وزارة
  /// الخارجية الامريكية ..."): at most four words that are in no mention and no preposition.
  func relationVerbBefore(subject m: Mention) -> Bool {
    var v = m.tokenStart - 1
    while v >= range.lowerBound, m.tokenStart - v <= 5 {
      // ("وشنت الطائرات الحربية الاسرائيلية غارات": a light verb's subject does the act; so
      // does a verb of denial's, "نفت إيران تزويد الحوثيين", whose cue reads accusations only.)
      if isMarker(v, .lightVerb) || isMarker(v, .denial) { return false }
      if tokens[v].lex.may(TokenLex.cue),
        lexicon.match(tokens, at: v, limit: v + 1).contains(where: {
          $0.entry.frame == .verb && $0.entry.relation != nil
        })
      {
        return true
      }
      // ("ودانت كل من مصر والسعودية وقطر الهجمات": "كل من", each of, before a list.)
      let eachOf = isEachOf(v)
      guard tokens[v].kind == .arabic, !inMention(v), !isMarker(v, .preposition) || eachOf else {
        return false
      }
      v -= eachOf ? 2 : 1
    }
    return false
  }

  /// Arabic: "طالبت السعودية مجلس الأمن بإدانة الهجمات الحوثية": the one who asks another
  /// (`asked`, the noun's source) to take a stance against someone holds it: the VSO subject
  /// of a request verb (list `request`) right before the one asked. Nil otherwise.
  func askerOfStance(_ cue: Lexicon.Match, asked: [Int]) -> [Int]? {
    guard cue.entry.relation == .opposes, isArabic(cue.tokenStart), let first = asked.first,
      let a = mentions.lastIndex(where: { $0.tokenEnd == mentions.tokenStart(first) }),
      case let start = groupStart(a), mentions.tokenStart(start) > range.lowerBound,
      isMarker(mentions.tokenStart(start) - 1, .request),
      !groupHas(asked, code: mentions[a].code)
    else { return nil }
    return groupForward(start)
  }

  /// True when the word before `cue` is a cue of judgement ("إدانتها", "دعمه").
  func nounCueBefore(_ cue: Lexicon.Match) -> Bool {
    var p = cue.tokenStart - 1
    // "إدانة مصر للقصف": the judging noun's genitive stands between.
    if let m = mentions.last(where: { $0.tokenEnd == cue.tokenStart }) { p = m.tokenStart - 1 }
    // (Not a verb of denial: "نفت إيران تزويد الحوثيين" denies the act, it judges nothing.)
    guard p >= range.lowerBound, tokens[p].isWord, tokens[p].lex.may(TokenLex.cue),
      !isMarker(p, .denial)
    else {
      return false
    }
    // A verb form there ("إدانتها" is also "she condemned it") is read as its noun before ل.
    return lexicon.match(tokens, at: p, limit: p + 1).contains {
      ($0.entry.frame == .noun || $0.entry.frame == .verb)
        && ($0.entry.relation == .opposes || $0.entry.relation == .supports)
    }
  }

  /// "an attack by ISIS on Iraqi forces": a force or stance noun with its agent after "by" and
  /// its target after "on"/"against" a few words on. Empty when either is missing.
  func agentByRule(_ cue: Lexicon.Match) -> [Candidate] {
    // "the attacks launched by the M23 against ...", "the raids carried out by": a participle
    // of a light verb in -ed (and "out") may stand between the noun and "by".
    var by = cue.tokenEnd
    if by + 1 < range.upperBound, tokens[by].kind == .latin, !tokens[by].capitalized,
      tokens.norm(by).hasByteSuffix("ed"), isMarker(by, .lightVerb)
    {
      by += tokens.norm(by + 1).equalsWord("out") ? 2 : 1
    }
    guard cue.entry.relation == .strikes || cue.entry.relation == .opposes,
      by + 1 < range.upperBound, tokens.norm(by).equalsWord("by"),
      let a = firstAfter(by + 1, sameClause: true, maxDistance: 1)
    else { return [] }
    let src = groupForward(a)
    let from = mentions.tokenEnd(src.last ?? a)
    guard
      let on = (from..<min(range.upperBound, from + 4)).first(where: {
        isMarker($0, .eventTarget) || !tokens[$0].isWord
      }), isMarker(on, .eventTarget),
      let t = firstAfter(on + 1, sameClause: true, maxDistance: 2, excluding: codes(src))
    else { return [] }
    return pairs(src, groupForward(t), rule: "noun-by-agent")
  }

  /// A visit ("زيارة X إلى Y", "خلال زيارته إلى Y", "عاد X من زيارة إلى Y"): the visitor is the
  /// genitive after the noun, the antecedent of its pronoun or the clause's subject; the host
  /// is the actor after إلى, a few words on.
  func visitRule(_ cue: Lexicon.Match) -> [Candidate] {
    // "زيارتي": the speaker's (`speakerVisitRule`).
    if firstPersonVisit(cue) { return [] }
    var visitor: [Int]?
    var from = cue.tokenEnd
    // "قام الرئيس المصري بزيارة لبنان": after "قام ب" the genitive is the host, the subject of
    // "قام" the visitor.
    if cue.enclitic.isEmpty, isArabic(cue.tokenStart), cue.proclitic.hasByteSuffix("\u{0628}"),
      (max(range.lowerBound, cue.tokenStart - 6)..<cue.tokenStart).contains(where: { j in
        clauseOf(j) == clauseOf(cue.tokenStart)
          && Self.performVerbs.contains(where: { tokens.norm(j).sameBytes($0) })
      }),
      let h = firstAfter(cue.tokenEnd, sameClause: true, maxDistance: 0), !isOblique(at: h),
      mentions.form(h) == .name,
      let k = nearestBefore(cue.tokenStart, sameClause: true, subjectsOnly: true, maxDistance: 6),
      mentions[k].code != mentions[h].code
    {
      return pairs(groupBackward(k), groupForward(h), rule: "noun-visit")
    }
    // ("زيارة وزير الدفاع الأمريكي لطوكيو": a title of two words before the visitor's nisba.)
    let titled =
      cue.tokenEnd < range.upperBound && isArabic(cue.tokenEnd) && !inMention(cue.tokenEnd)
      && isMarker(cue.tokenEnd, .personHead)
    if cue.enclitic.isEmpty,
      let k = firstAfter(cue.tokenEnd, sameClause: true, maxDistance: titled ? 2 : 1),
      !isOblique(at: k), !isMarker(previousWord(mentions.tokenStart(k)), .destination),
      !lexicon.isMarker(tokens, previousWord(mentions.tokenStart(k)), .inclusionVerb)
    {
      visitor = groupForward(k)
      from = mentions.tokenEnd(visitor?.last ?? k)
    } else if let k = nearestBefore(
      cue.tokenStart, sameClause: true, subjectsOnly: true,
      maxDistance: cue.enclitic.isEmpty ? 6 : 8)
    {
      visitor = groupBackward(k)
    } else if let h = fronted(visit: cue) {
      // "وفي ختام زيارته للدوحة، صرح عباس": a visit with a pronoun opening the sentence, before
      // any actor: the pronoun is the main clause's subject, the first actor after its verb.
      guard
        let k = firstAfter(
          mentions.tokenEnd(h) + 1, sameClause: false, maxDistance: 3,
          excluding: [mentions[h].code]),
        !isOblique(at: k)
      else { return [] }
      return pairs(groupForward(k), groupForward(h), rule: "noun-visit")
    }
    guard let v = visitor, let h = visitHost(after: from, excluding: codes(v)) else { return [] }
    return pairs(v, groupForward(h), rule: "noun-visit")
  }

  /// The host of a visit whose noun (and visitor) end before token `from`: the actor with ل
  /// right after ("زيارته لمصر"), or the one just after إلى or a verb of including a few words
  /// on ("زيارة ... إلى القاهرة", "جولة شملت سوريا"); not of the codes in `excluding`.
  func visitHost(after from: Int, excluding: ExcludedCodes) -> Int? {
    if let h = firstAfter(from, sameClause: true, maxDistance: 1, excluding: excluding),
      mentions[h].proclitic.hasByteSuffix("\u{0644}")
    {
      return h
    }
    guard
      let to = (from..<min(range.upperBound, from + 4)).first(where: {
        (isMarker($0, .destination) || lexicon.isMarker(tokens, $0, .inclusionVerb))
          && isArabic($0)
      })
    else { return nil }
    return firstAfter(to + 1, sameClause: true, maxDistance: 2, excluding: excluding)
  }

  /// "زيارتي الى ايران", "خلال زيارتنا لمصر": a visit with the pronoun of the first person is
  /// the speaker's (the actor of the quoted statement, `speaker`); so is one with "his" or
  /// "her" that no actor of its clause owns, in a sentence whose speaker is named
  /// (`localSpeaker`: "قال الرئيس المصري إن زيارته إلى روسيا كانت ناجحة"). The host is
  /// `visitHost`.
  func speakerVisitRule(_ cue: Lexicon.Match, speaker: Argument?, localSpeaker: Argument?)
    -> [Candidate]
  {
    guard cue.entry.needs == .destination, isArabic(cue.tokenStart) else { return [] }
    let w = tokens.norm(cue.tokenEnd - 1)
    let third =
      w.hasByteSuffix("\u{062A}\u{0647}") || w.hasByteSuffix("\u{062A}\u{0647}\u{0627}")
    guard let speaker = firstPersonVisit(cue) ? speaker : third ? localSpeaker : nil,
      let h = visitHost(after: cue.tokenEnd, excluding: [speaker.code])
    else { return [] }
    return speakerPairs(speaker, groupForward(h), rule: "noun-visit-speaker")
  }

  /// Whether the Arabic visit noun `cue` ends in the pronoun of the first person ("زيارتي",
  /// "زيارتنا"; the lexicon lists these forms whole, so the match carries no enclitic).
  func firstPersonVisit(_ cue: Lexicon.Match) -> Bool {
    guard isArabic(cue.tokenStart) else { return false }
    let w = tokens.norm(cue.tokenEnd - 1)
    return w.hasByteSuffix("\u{062A}\u{064A}") || w.hasByteSuffix("\u{062A}\u{0646}\u{0627}")
  }

  /// "قام" (performed), with "و" and in the present: "قام بزيارة" is "visited".
  static let performVerbs = ["قام", "قامت", "يقوم", "تقوم", "وقام", "وقامت", "ويقوم", "وتقوم"]

  /// The exposure frame (see `exposureVerb`): the agent is the nisba or genitive after the noun
  /// (English: the name right before it), the target the one exposed, before the cue.
  func exposureRule(_ cue: Lexicon.Match, verb v: Int) -> [Candidate] {
    let agent =
      (isArabic(cue.tokenStart)
        ? firstAfter(cue.tokenEnd, sameClause: true, maxDistance: 1)
        // ("under US economic sanctions": one plain modifier between.)
        : mentions.lastIndex(where: {
          $0.tokenStart > v
            && ($0.tokenEnd == cue.tokenStart
              || ($0.tokenEnd == cue.tokenStart - 1 && englishModifier(cue.tokenStart - 1)))
        }))
      ?? agentPhrase(after: cue.tokenEnd)
    guard let a = agent,
      let t = nearestBefore(
        cue.tokenStart, sameClause: true, subjectsOnly: true, maxDistance: 8,
        excluding: [mentions[a].code])
        ?? exposedOwner(verb: v, cue: cue, excluding: mentions[a].code)
    else { return [] }
    let agents = groupForward(a)
    let exposed = groupBackward(t)
    let out = pairs(agents, exposed, rule: "noun-exposure")
    // "أعلن النظام السوري تعرضه لما سماه عدوانا أمريكيا": calling the act aggression opposes its
    // agent.
    guard namedAct(cue) != nil else { return out }
    return out
      + pairs(exposed, agents, rule: "noun-exposure-named").map {
        var c = $0
        c.relation = .opposes
        return c
      }
  }

  /// Arabic: the owner of the thing exposed, after its noun with ل ("تعرضت مواقع لسوريا
  /// لغارات", "تعرض موكب للقوات الأمريكية لهجوم"): the mention right after the one word after
  /// the verb of exposure, with ل, before the cue; or the nisba of a force noun there with ل
  /// ("مواقع للجيش السوري").
  func exposedOwner(verb v: Int, cue: Lexicon.Match, excluding: String) -> Int? {
    guard isArabic(cue.tokenStart), v + 2 < cue.tokenStart, tokens[v + 1].kind == .arabic,
      !isMarker(v + 1, .preposition),
      tokens.norm(v + 2).startsWithLetter(0xD9, 0x84),
      let k = mentions.firstIndex(where: { $0.tokenStart == v + 2 || $0.tokenStart == v + 3 }),
      mentions[k].code != excluding, mentions.tokenEnd(k) <= cue.tokenStart
    else { return nil }
    return mentions.tokenStart(k) == v + 2
      || (mentions.form(k) == .adjective
        && (isMarker(v + 2, .forceNoun) || lexicon.isArticleMarker(tokens[v + 2], .forceNoun)))
      ? k : nil
  }

  /// "لهجوم من قبل مسلحي طالبان", "لإطلاق نار من جانب عناصر من جيش المهدي", "attack by
  /// Taliban fighters": the agent after من/by, one word ("قبل", "جانب") and force or member
  /// nouns at most before it.
  func agentPhrase(after i: Int) -> Int? {
    guard i < range.upperBound, isMarker(i, .agentPreposition),
      let k = firstAfter(i + 1, sameClause: true, maxDistance: 4)
    else { return nil }
    let gap = (i + 1)..<mentions.tokenStart(k)
    let words = gap.filter { tokens[$0].isWord && !isMarker($0, .forceNoun) }
    guard words.count <= 2,
      !isOblique(at: k) || isMarker(mentions.tokenStart(k) - 1, .agentPreposition),
      !gap.contains(where: { isMarker($0, .preposition) && !isMarker($0, .agentPreposition) })
    else { return nil }
    return k
  }

  /// The verb of exposure before a noun cue in its clause ("يتعرضون لهجمة", "تعرضت سوريا
  /// لقصف", "came under attack"), its subject between in VSO order; its token index.
  func exposureVerb(before cue: Lexicon.Match) -> Int? {
    var before = cue.tokenStart
    if isArabic(cue.tokenStart) {
      // The act is governed by the verb's لـ, or named by the one exposed ("تعرضه لما سماه
      // عدوان", `namedAct`).
      if let n = namedAct(cue) {
        before = n
      } else if !cue.proclitic.containsScalar(0x0644) {
        return nil
      }
    }
    let c = clauseOf(cue.tokenStart)
    // "Russia faces new EU sanctions": a verb of facing, a noun cue (or a noun of measure) at
    // most three words after it (not "faces pressure from Egypt to support Turkey": the verb
    // is another clause's). So is a verb cue that is also a noun of attack ("Uganda and Burundi
    // would face more attacks unless they withdrew": no verb after "face more").
    if !isArabic(cue.tokenStart),
      cue.entry.frame == .noun || lexicon.isMarker(tokens, cue.tokenStart, .measure)
        || lexicon.isMarker(tokens, cue.tokenStart, .attackNoun),
      let f = (max(range.lowerBound, before - 3)..<before).last(where: {
        lexicon.isMarker(tokens, $0, .facingVerb)
      })
    {
      return f
    }
    // "تعرض فريق برشلونة بطل الدوري الإسباني لكرة القدم لضربة": a long subject between.
    let lo = max(range.lowerBound, before - 10)
    return (lo..<before).last { isMarker($0, .exposure) && clauseOf($0) == c }
  }

  /// Arabic: "لما سماه", "لما وصفه" (what it called) right before the cue, a quote mark
  /// between or not ("تعرضه لما سماه "عدوان أمريكي""): the token of لما, else nil. The one who
  /// names the act so states a stance against its agent.
  func namedAct(_ cue: Lexicon.Match) -> Int? {
    var p = cue.tokenStart - 1
    if p > range.lowerBound, tokens[p].kind == .quote { p -= 1 }
    guard p - 1 >= range.lowerBound, tokens[p].kind == .arabic,
      lexicon.isWholeWordMarker(tokens, p, .namingVerb),
      tokens.norm(p - 1).sameBytes("\u{0644}\u{0645}\u{0627}")
    else { return nil }
    return p - 1
  }

  /// Arabic: whether the cue's written form ends its first word in a pronoun ("وقوفها إلى
  /// جانب", "وقوفهم"; "وقوفه" only in a form of two words or more).
  func writtenPronoun(_ cue: Lexicon.Match) -> Bool {
    let w = tokens.norm(cue.tokenStart)
    return w.hasByteSuffix("\u{0647}\u{0627}") || w.hasByteSuffix("\u{0647}\u{0645}")
      || (cue.tokenEnd - cue.tokenStart >= 2 && w.hasByteSuffix("\u{0647}"))
  }

  /// Arabic: whether a noun of support follows the noun of opposition `cue` ("احتجاجاً على
  /// دعم واشنطن", "رفضها للدعم الأمريكي"): its supporter is what the opposition is aimed at.
  func judgedSupport(_ cue: Lexicon.Match) -> Bool {
    cue.entry.relation == .opposes && cue.tokenEnd + 1 < range.upperBound
      && isArabic(cue.tokenEnd) && !inMention(cue.tokenEnd)
      && stanceNounAt(cue.tokenEnd, relation: .supports)
  }

  /// "إدانته لقصف إسرائيل للمدنيين", "لقصف إسرائيل على غزة": a name right after the noun of an
  /// act at `act` is its author when the act's object follows it (with ل, or على/ضد). Not the
  /// victim of an act whose genitive is its victim ("لاغتيال الحريري", named list
  /// `victim_genitive`), and not alone ("لقصف إسرائيل" may be a bombing of Israel).
  func actGenitiveAuthor(_ a: Int, act: Int) -> Bool {
    let e = mentions.tokenEnd(a)
    guard mentions.form(a) == .name, mentions[a].proclitic.isEmpty,
      mentions.tokenStart(a) == act + 1, e < range.upperBound, isArabic(e),
      !lexicon.isMarker(tokens, act, .victimGenitive)
    else { return false }
    return tokens.readingPrepositions(e).contains(ReadingPrepositions.lam)
      || isMarker(e, .eventTarget)
  }

  /// The host of a visit noun with a pronoun that opens its sentence (at most two words before
  /// it: "وفي ختام زيارته", "خلال زيارته", no actor before): the actor with ل right after the
  /// noun ("زيارته للدوحة").
  func fronted(visit cue: Lexicon.Match) -> Int? {
    // (The pronoun: a clitic, or the written form's own: "زيارته", "زيارتها".)
    let word = tokens.norm(cue.tokenEnd - 1)
    guard isArabic(cue.tokenStart), cue.tokenStart - range.lowerBound <= 2,
      !cue.enclitic.isEmpty || word.hasByteSuffix("\u{062A}\u{0647}")
        || word.hasByteSuffix("\u{062A}\u{0647}\u{0627}")
        || word.hasByteSuffix("\u{062A}\u{0647}\u{0645}"),
      !mentions.contains(where: { $0.tokenStart < cue.tokenStart }),
      let h = mentions.firstIndex(where: { $0.tokenStart == cue.tokenEnd }),
      mentions[h].proclitic.hasByteSuffix("\u{0644}")
    else { return nil }
    return h
  }

  /// True when the word at `j` is a participle of accusing ("متهما", "متهمة", "متهمين":
  /// list `accusation`, written with متهم) with a detached object pronoun after it ("إياها",
  /// "إياهم").
  func accusesPronoun(_ j: Int) -> Bool {
    guard j + 1 < range.upperBound, tokens[j].kind == .arabic,
      tokens.norm(j).hasBytePrefix("\u{0645}\u{062A}\u{0647}\u{0645}"),
      lexicon.isMarker(tokens, j, .accusation)
    else { return false }
    let p = tokens.norm(j + 1)
    return p.hasBytePrefix("\u{0627}\u{064A}\u{0627}")
      || p.hasBytePrefix("\u{0625}\u{064A}\u{0627}")
  }

  /// "نفت الإمارات اتهامات الحكومة السودانية لها بتسليح الدعم السريع", "رفضت إيران اتهامات
  /// أمريكية لها بدعم الحوثيين": an act with ب after a noun of accusation is the accused's,
  /// not the accuser's: the actor with ل after the noun ("اتهامات واشنطن لطهران بدعم"), or,
  /// with a pronoun ("لها") or no one named, the subject of the clause, who denies or rejects.
  /// Nil when no such noun stands before the act; no pairs when the accused is not found.
  func accusedActPairs(_ cue: Lexicon.Match) -> [Candidate]? {
    // (An agent cue is written with its ب: "بدعم".)
    guard isArabic(cue.tokenStart), cue.tokenStart > range.lowerBound,
      cue.proclitic.containsScalar(0x0628)
        || tokens.norm(cue.tokenStart).startsWithLetter(0xD8, 0xA8)
    else { return nil }
    let lo = max(range.lowerBound, cue.tokenStart - 6)
    guard
      let a = (lo..<cue.tokenStart).last(where: {
        isAccusationNoun($0) || accusesPronoun($0)
      }),
      !(a + 1..<cue.tokenStart).contains(where: {
        tokens[$0].kind == .comma || tokens[$0].kind == .stop || tokens[$0].kind == .quote
      })
    else { return nil }
    guard let t = firstAfter(cue.tokenEnd, sameClause: true, maxDistance: 1) else { return [] }
    // "قطع العلاقات مع الإمارات، متهما إياها بتزويد الدعم السريع": the pronoun after the
    // participle is the actor named last before it.
    if accusesPronoun(a) {
      guard
        let x = nearestBefore(a, sameClause: false, subjectsOnly: false, maxDistance: 8),
        mentions[x].code != mentions[t].code
      else { return [] }
      return pairs([x], groupForward(t), rule: "noun-accused-act")
    }
    let named = mentions.indices.first {
      mentions.tokenStart($0) > a && mentions.tokenEnd($0) <= cue.tokenStart
        && Self.letterAfterConjunction(mentions[$0].proclitic) == 0x0644
    }
    let accused =
      named ?? nearestBefore(a, sameClause: true, subjectsOnly: true, maxDistance: 6)
    guard let x = accused, mentions[x].code != mentions[t].code else { return [] }
    // ("اتهامه لواشنطن وحلف شمال الأطلسي بدعم": each one accused.)
    let sources = named != nil ? groupForward(x) : [x]
    return pairs(sources, groupForward(t), rule: "noun-accused-act")
  }
}
