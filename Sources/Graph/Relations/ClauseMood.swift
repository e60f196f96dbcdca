/// Whether a cue's clause states a fact: a negation before the cue ("لم", "not", "refused", a
/// denial before the complementizer), or a condition, a future, an infinitive, a warning or an
/// accusation that makes what it tells hypothetical.
extension Extractor {
  /// "أي" (any), folded.
  static let any = Normalizer.normalize("\u{0623}\u{064A}")
  /// `Token.normQuad` of a token whose folded word is `any`: a token of another `normQuad` is
  /// no "أي", and its word is not compared.
  static let anyQuad: UInt16 = {
    var word = any
    return word.withUTF8 { b in
      guard b.count >= 4, let base = b.baseAddress else { return 0 }
      return UInt16(truncatingIfNeeded: SurnameEndings.quadBit(base, b.count) + 1)
    }
  }()

  /// The token that negates the cue, if any ("لم", "not", "refused").
  func negation(_ ctx: SentenceContext, _ cue: Lexicon.Match) -> Int? {
    // "رفضت إيران الاتهامات بتزويد الحوثيين بالأسلحة", "denied accusations by Washington that
    // it armed the Houthis": the act an accusation denied tells is denied, not refused (the
    // noun of accusation negates it).
    if let n = ctx.deniedAccusation(before: cue) { return n }
    // "refused to hold direct talks with": English puts a few more words in between.
    let reach = ctx.tokens[cue.tokenStart].kind == .latin ? 5 : 4
    var lo = max(ctx.range.lowerBound, cue.tokenStart - reach)
    let anyQuad = Self.anyQuad
    // "نفت طهران أي صلة لها بالهجوم" (any link of its): "أي" and what it asks for reach further.
    if ctx.tokens[cue.tokenStart].kind == .arabic,
      (lo..<cue.tokenStart).contains(where: {
        ctx.tokens.normQuad($0) == anyQuad && ctx.tokens.norm($0).sameBytes(Self.any)
      })
    {
      lo = max(ctx.range.lowerBound, lo - 2)
    }
    // ("had "no intention" of going to war with": quotation marks take no word's place.)
    if ctx.tokens[cue.tokenStart].kind == .latin {
      // (Counted, not filtered into a list made and freed.)
      var quotes = 0
      for j in lo..<cue.tokenStart where ctx.tokens.kind(j) == .quote { quotes += 1 }
      lo = max(ctx.range.lowerBound, lo - quotes)
    }
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
    where ctx.isMarker(j, .negation) && ctx.clauseOf(j) == ctx.clauseOf(cue.tokenStart)
      // ("كولن باول": a word of a name, read as ك and "ولن", negates nothing.)
      && !ctx.inMention(j)
      // "لا تزال X تقاتل", "ما زال": a negated "cease" says "still".
      && !(j + 1 < cue.tokenStart && lexicon.isMarker(ctx.tokens, j + 1, .still))
      // "المحادثات غير المباشرة برعاية قطرية": "غير" negates its adjective.
      && !(j + 1 < cue.tokenStart && ctx.tokens.isAdjectivalNegation(j))
      // "طائرات روسية بدون طيار قصفت", "غير مأهولة" (drones), "ولا سيما" (especially): an
      // idiom, no negation.
      && !(j + 1 < cue.tokenStart && lexicon.isMarker(ctx.tokens, j + 1, .negationIdiom))
    {
      if first == nil { first = j } else if second == nil { second = j }
      count += 1
    }
    // (Not after the future "لن": "لن تتحركا دون التشاور" has not happened.)
    if count == 2, let a = first, let b = second,
      ctx.tokens.norm(b).sameBytes("\u{062F}\u{0648}\u{0646}"),
      !ctx.tokens.norm(a).hasByteSuffix("\u{0644}\u{0646}")
    {
      first = nil
    }
    // "أنه لا يعترف بسلطات الانقلاب ويدعم قرارات إيكواس": a verb with و after the negated
    // verb and its object is a clause of its own.
    if let j = first, ctx.tokens[cue.tokenStart].kind == .arabic, cue.entry.frame == .verb,
      cue.proclitic == "\u{0648}", cue.tokenStart - j >= 3
    {
      first = nil
    }
    // "denied any role and accused Indian intelligence": an English verb in the past right after
    // "and", past the negation and its object, is a clause of its own.
    if let j = first, ctx.tokens[cue.tokenStart].kind == .latin, cue.entry.frame == .verb,
      cue.tokenStart - j >= 3, ctx.isMarker(cue.tokenStart - 1, .coordination),
      ctx.tokens.norm(cue.tokenStart).hasByteSuffix("ed")
        || ctx.isMarker(cue.tokenStart, .pastIrregular)
    {
      first = nil
    }
    // "لم تتوقف إيران عن دعم", "never stopped supporting": a denied stop negates nothing.
    if let j = first,
      (j + 1..<cue.tokenStart).contains(where: { lexicon.isMarker(ctx.tokens, $0, .cessation) })
    {
      return nil
    }
    // "rejected the Israeli attack on Lebanon", "رفضت مصر الهجوم الإسرائيلي": an attack named by
    // its noun happened whoever rejects it; a refusal negates talks, support, a verb's act and
    // an attack it would launch ("رفضت تركيا شن هجوم", "refused to launch an attack").
    if let j = first, cue.entry.relation == .strikes, cue.entry.frame == .noun,
      ctx.isMarker(j, .refusal),
      !(j + 1..<cue.tokenStart).contains(where: {
        ctx.isMarker($0, .lightVerb) || ctx.tokens.norm($0) == "to"
      })
    {
      return nil
    }
    // "لم تتوصل مصر إلى اتفاق مع إثيوبيا", "بعدم التوصل لاتفاق مع طهران", "did not reach a deal
    // with": an agreement not reached was talked about all the same.
    if let j = first, cue.entry.relation == .negotiatesWith,
      lexicon.isMarker(ctx.tokens, cue.tokenStart, .agreementNoun)
        || lexicon.isMarker(ctx.tokens, cue.tokenEnd - 1, .agreementNoun),
      (j..<cue.tokenStart).contains(where: { lexicon.isMarker(ctx.tokens, $0, .reachingVerb) })
    {
      return nil
    }
    if let j = first, !ctx.hasOwnEnglishSubject(cue, after: j) { return j }
    if let j = cessation(ctx, cue) { return j }
    if let j = contactsStopped(ctx, cue) { return j }
    // "نفى أن تكون الولايات المتحدة شنت هجمات", "denied that X attacked Y": a denial before the
    // complementizer that opens the cue's clause.
    let c = ctx.clauseOf(cue.tokenStart)
    if let comp = ctx.lastMarker(
      .complementizer, inClause: c, ctx.range.lowerBound..<cue.tokenStart)
    {
      let from = max(ctx.range.lowerBound, comp - 3)
      if let d = (from..<comp).last(where: { ctx.isMarker($0, .denial) }),
        // ("rejected the memorandum that Ethiopia signed": after a noun that is no word of
        // content, English "that" opens a relative clause, which the denial does not reach;
        // "denied reports that" it does.)
        ctx.tokens[comp].kind != .latin || d + 1 == comp
          || ctx.isMarker(comp - 1, .contentNoun)
      {
        return d
      }
    }
    return nil
  }

  /// "The US cut aid to Egypt", "التوقف عن تقديم المساعدات", "أوقفت الولايات المتحدة
  /// مساعداتها لمصر": a word of stopping (named list `cessation`) at most three tokens before a
  /// cue of support, or before the Arabic verb's subject right before it, negates the support.
  /// (Whether the stop opposes the one no longer helped, the words do not say: "اضطرت الأونروا
  /// إلى التوقف عن تقديم المساعدات".) Not when the stopping is itself denied ("لم تتوقف عن
  /// دعم", "never stopped supporting").
  /// So for an English mediation ("Qatar ended its mediation between Israel and Hamas"), which
  /// is no talks of the parties once stopped; not for talks ("suspended talks with" may still
  /// be talks) nor agreements (`Withdrawal.ending`).
  func cessation(_ ctx: SentenceContext, _ cue: Lexicon.Match) -> Int? {
    let talks =
      cue.entry.relation == .negotiatesWith && ctx.tokens[cue.tokenEnd - 1].kind == .latin
      && ctx.tokens.norm(cue.tokenEnd - 1) == "mediation"
    // "رفعت الولايات المتحدة العقوبات المفروضة على سوريا", "The US lifted sanctions on Syria":
    // a measure lifted (named lists `lifting`, `lifted_measure`) opposes no more.
    let lifted =
      cue.entry.relation == .opposes
      && lexicon.isMarker(ctx.tokens, cue.tokenStart, .liftedMeasure)
    guard cue.entry.relation == .supports || talks || lifted else { return nil }
    let stop: Marker.NamedList = lifted ? .lifting : .cessation
    // An actor right before the cue, after the stopping verb, is that verb's subject.
    var end = cue.tokenStart
    if ctx.tokens[cue.tokenStart].kind == .arabic,
      let m = ctx.mentions.last(where: {
        $0.tokenEnd <= cue.tokenStart && cue.tokenStart - $0.tokenEnd <= 1
      })
    {
      end = m.tokenStart
    } else if ctx.tokens[cue.tokenStart].kind == .latin,
      let m = ctx.mentions.last(where: { $0.tokenEnd == cue.tokenStart })
    {
      // "would lift all U.S. sanctions on Syria": the measure's owner right before its noun.
      end = m.tokenStart
    }
    let lo = max(ctx.range.lowerBound, end - 3)
    // "قررت الولايات المتحدة تعليق المساعدات لمصر": the word of stopping right before the cue,
    // after the subject of the verb before it.
    let adjacent = cue.tokenStart - 1
    let right =
      end < cue.tokenStart && adjacent >= ctx.range.lowerBound && !ctx.inMention(adjacent)
        && lexicon.isMarker(ctx.tokens, adjacent, stop) ? adjacent : nil
    if let j = right {
      let before = max(ctx.range.lowerBound, j - 2)
      return (before..<j).contains(where: { ctx.isMarker($0, .negation) }) ? nil : j
    }
    guard
      let j = (lo..<end).last(where: { lexicon.isMarker(ctx.tokens, $0, stop) }),
      ctx.clauseOf(j) == ctx.clauseOf(cue.tokenStart),
      !ctx.mentions.contains(where: { $0.tokenEnd > j && $0.tokenStart < end })
    else { return nil }
    let before = max(ctx.range.lowerBound, j - 2)
    if (before..<j).contains(where: { ctx.isMarker($0, .negation) }) { return nil }
    return j
  }

  /// Arabic: "وقف جميع الاتصالات واللقاءات مع الجانب الإسرائيلي": contacts, meetings or talks
  /// (a cue of `negotiates-with`) stopped, after a word of `contact_stop` or `cessation` at
  /// most four words before in the clause, with no actor between, are no talks. (English
  /// "suspended talks with" may still be talks; `cessation`.)
  func contactsStopped(_ ctx: SentenceContext, _ cue: Lexicon.Match) -> Int? {
    // (An agreement ended is a stance on its other party, `Withdrawal.ending`: "تعليق معاهدة
    // مياه السند مع باكستان".)
    guard cue.entry.relation == .negotiatesWith, ctx.tokens[cue.tokenStart].kind == .arabic,
      !lexicon.isMarker(ctx.tokens, cue.tokenStart, .agreementNoun),
      !lexicon.isMarker(ctx.tokens, cue.tokenEnd - 1, .agreementNoun)
    else { return nil }
    let lo = max(ctx.range.lowerBound, cue.tokenStart - 4)
    guard
      let j = (lo..<cue.tokenStart).last(where: {
        ctx.tokens[$0].kind == .arabic
          && (lexicon.isMarker(ctx.tokens, $0, .contactStop)
            || lexicon.isMarker(ctx.tokens, $0, .cessation))
      }),
      ctx.clauseOf(j) == ctx.clauseOf(cue.tokenStart),
      !ctx.mentions.contains(where: { $0.tokenEnd > j && $0.tokenStart < cue.tokenStart }),
      !(max(ctx.range.lowerBound, j - 2)..<j).contains(where: { ctx.isMarker($0, .negation) }),
      // ("وقف إطلاق النار والتفاوض مع": a ceasefire, then talks.)
      !(j + 1 < cue.tokenStart && ctx.tokens.norm(j + 1).sameBytes(Self.firing))
    else { return nil }
    return j
  }

  /// "إطلاق" (firing, of "وقف إطلاق النار"), folded.
  static let firing = "\u{0627}\u{0637}\u{0644}\u{0627}\u{0642}"

  /// Whether a strike is vowed or threatened: a word of `vow_word` six tokens or fewer before
  /// the cue in its clause ("vowed to crush Boko Haram", "vowed that his government would
  /// crush", "متوعدا بمواصلة الحرب على"). The strike is still to come; the vow opposes its
  /// target now.
  func vowedStrike(_ ctx: SentenceContext, _ cue: Lexicon.Match) -> Bool {
    guard cue.entry.relation == .strikes else { return false }
    return ctx.lastMarker(
      .vowWord, inClause: ctx.clauseOf(cue.tokenStart),
      max(ctx.range.lowerBound, cue.tokenStart - 6)..<cue.tokenStart) != nil
  }

  /// A conditional, future or request word before the cue in its clause or the clause before
  /// ("إذا ما حرك الجبهة، ..."); a later clause of its own ("urged X to reconsider and spoke
  /// with Y") is not under it.
  func isHypothetical(_ ctx: SentenceContext, _ cue: Lexicon.Match) -> Bool {
    let c = ctx.clauseOf(cue.tokenStart)
    let i = cue.tokenStart
    // "أو تشعل إسرائيل فتيل حرب ...", "Or Israel could strike ...": a sentence that opens with
    // "or" (the whole word, list `alternative_opener`) goes on listing what may happen.
    if c == ctx.clauseOf(ctx.range.lowerBound),
      ctx.tokens[ctx.range.lowerBound].isWord,
      lexicon.isWholeWordMarker(ctx.tokens, ctx.range.lowerBound, .alternativeOpener)
    {
      return true
    }
    if ctx.tokens[i].kind == .latin, i > ctx.range.lowerBound, ctx.isMarker(i - 1, .coordination),
      ctx.tokens.norm(i).hasByteSuffix("ed") || ctx.isMarker(i, .pastIrregular)
    {
      return false  // "... and spoke with Y": a verb of its own, in the past.
    }
    // "..., conceding that they could not win ... and blaming France": a participle joined to
    // one after a comma is the main clause's act; the modal before "and" is the other clause's.
    if ctx.tokens[i].kind == .latin, ctx.participleJoinedByAnd(cue) != nil { return false }
    // "pressure on Egypt to help Iran", "plans to attack": an infinitive is not a fact, unless
    // its verb says it happened ("began to attack", "agreed to support").
    // (A demand's "to" is what is demanded: "urged Russia to withdraw" states the pressure.)
    if ctx.tokens[i].kind == .latin, i - 1 > ctx.range.lowerBound, ctx.tokens.norm(i - 1) == "to",
      !ctx.factiveBeforeInfinitive(i - 1), !sentForcesTo(ctx, i - 1), cue.entry.frame != .demand,
      // "allowed Russian troops to invade": what one was let do, done.
      ctx.permissionVerb(beforeInfinitive: i - 1) == nil
    {
      return true
    }
    // "Israel may strike Iran", "قد يشن الجيش هجوما": a modal right before the verb (an
    // adverb between) makes it a possibility. ("May" with a capital is the month; "قد" before a
    // perfect verb stresses that it happened: only the imperfect with ي is read.)
    var m = i - 1
    if m > ctx.range.lowerBound, ctx.tokens[m].kind == .latin,
      ctx.tokens.norm(m).hasByteSuffix("ly")
    {
      m -= 1
    }
    if m >= ctx.range.lowerBound, ctx.tokens[m].kind == .latin, !ctx.tokens[m].capitalized,
      ctx.tokens.norm(m) == "may" || ctx.tokens.norm(m) == "might"
    {
      return true
    }
    // (Plain loops here and below: a closure that read the context copied it, 4,960 times
    // in 2 MB.)
    if ctx.tokens[i].kind == .arabic {
      for j in max(ctx.range.lowerBound, i - 4)..<i {
        // (`sameBytes("قد")` with its four bytes written out, D9 82 D8 AF.)
        if ctx.clauseOf(j) == c
          && ctx.tokens.norm(j).withBytes({
            $0.count == 4 && $0[0] == 0xD9 && $0[1] == 0x82 && $0[2] == 0xD8 && $0[3] == 0xAF
          })
          && ctx.tokens[j + 1].kind == .arabic
          && ctx.tokens.norm(j + 1).startsWithLetter(0xD9, 0x8A)
        {
          return true
        }
      }
    }
    // "ستدعم مصر حفتر", "ستشن تركيا هجوما على": a verb in the future, or the light verb that
    // launches the noun, has not acted yet.
    if ctx.tokens[i].kind == .arabic, cue.entry.frame != .demand {
      if cue.entry.frame == .verb || cue.entry.frame == .meet {
        // (By the form matched: "سيطرت" is a perfect that starts like a future.)
        if cue.entry.future { return true }
      } else if let v = ctx.lastMarker(
        .lightVerb, inClause: c, max(ctx.range.lowerBound, i - 4)..<i),
        ctx.isArabicFuture(v)
      {
        return true
      }
    }
    // "اتهمت روسيا الولايات المتحدة بدعم تنظيم الدولة": the act an accusation names is
    // alleged (the accusation itself, and what else the clause says, are not).
    if cue.entry.frame == .agent || cue.entry.frame == .noun,
      ctx.lastRequestOrAccusation(before: cue.tokenStart, accusationOnly: true) != nil
    {
      return true
    }
    // "ضربة أميركية محتملة لإيران", "the expected Turkish attack": an event named as
    // possible, expected or future has not happened.
    if cue.entry.frame != .verb && cue.entry.frame != .meet {
      let end = min(ctx.range.upperBound, cue.tokenEnd + 3)
      let before = max(ctx.range.lowerBound, cue.tokenStart - 2)
      if ctx.lastMarker(.modalAdjective, inClause: c, before..<end) != nil {
        return true
      }
    }
    // "حذرت تركيا من غزو روسي لأوكرانيا", "warned Moscow against an invasion": what a warning
    // is about has not happened. (A verdict in a warning is the threat itself: "warned that
    // Washington would pay a heavy price" opposes now.)
    if cue.entry.frame != .verdict,
      ctx.lastMarker(
        .warning, inClause: c, max(ctx.range.lowerBound, cue.tokenStart - 4)..<cue.tokenStart)
        != nil
    {
      return true
    }
    // "warned the United States against striking Yemen": an English gerund right after the
    // "against" of a warning whose object stands between.
    if ctx.tokens[cue.tokenStart].kind == .latin, cue.tokenStart - 1 > ctx.range.lowerBound,
      ctx.isMarker(cue.tokenStart - 1, .against),
      ctx.lastMarker(
        .warning, inClause: c, max(ctx.range.lowerBound, cue.tokenStart - 8)..<cue.tokenStart - 1)
        != nil
    {
      return true
    }
    // "دعت X وY في بيان مشترك إلى ...", "X and Y called in a joint statement for ...": the
    // joint act is the medium of the appeal and happened; only what they called for has not.
    let medium = cue.entry.frame == .joint && ctx.isJointMedium(cue)
    // "..., lambasting Washington": a participle clause after a comma tells what was done; a
    // threat or condition in the clause before does not reach it.
    let participle =
      ctx.tokens[i].kind == .latin && ctx.tokens.norm(i).hasByteSuffix("ing")
      && i > ctx.range.lowerBound && ctx.tokens[i - 1].kind == .comma
    // (Nor does an accusation reach its denial after a comma: ", a charge the Taliban deny".)
    let firstClause =
      participle || (cue.entry.relation == .opposes && ctx.englishRelativeDenier(cue) != nil)
        || coordinatedPastClause(ctx, cue)
      ? c : c - 1
    // "دعا X بعد مشاورات مع Y إلى ...", "X urged, after talks with Y, ...": a meeting named
    // after "بعد"/"after", before what a request asks for (its "إلى"/"to"), has happened.
    // So has one named after "خلال"/"during", the time of the request ("طلب خلال استقباله X");
    // not after "في"/"in", which also introduces what is asked for ("الدخول في محادثات").
    let p = ctx.previousWord(i)
    let happenedBefore =
      (cue.entry.frame == .joint || cue.entry.frame == .meet) && i > ctx.range.lowerBound
      && ctx.opensEventTime(p)
    // "دعت الصين إلى ضبط النفس بعد الاشتباكات بين الهند وباكستان": an act of force named after
    // "بعد"/"after" is what the request answers, wherever the request's "إلى" stands.
    let answered =
      cue.entry.frame == .noun && cue.entry.relation == .strikes && i > ctx.range.lowerBound
      && ctx.lexicon.isMarker(ctx.tokens, p, .sequel)
    // "vowed to keep supporting", "will keep backing": a pledge to go on with the act says it
    // is under way.
    let continuing = ctx.continuesAct(before: i)
    // "طالب عباس بوقف العدوان الإسرائيلي": so does a request that an act of force stop.
    let stopped =
      cue.entry.frame == .noun && cue.entry.relation == .strikes
      && ctx.stopWord(before: i) != nil
    // "دعا إلى الإفراج عن قادة حماس الذين اعتقلتهم إسرائيل": a relative clause right after its
    // noun describes it; what is asked before the relative pronoun does not reach it.
    // (-1: no such relative pronoun.)
    let relative =
      cue.entry.frame == .verb && i > ctx.range.lowerBound && ctx.isMarker(i - 1, .relative)
      ? i - 1 : -1
    // "دعت مصر إلى التهدئة وأكدت دعمها للسلطة الفلسطينية": a verb of stating with "و" right
    // before the noun (or before its "عن") opens a statement of its own; what is asked or
    // supposed before it does not reach the noun. (-1: none.)
    // (A word that also reads as a verb, "دعمها", is the stating verb's object all the same.)
    let stated =
      cue.entry.frame == .noun || cue.entry.frame == .verb ? statedAfterAnd(ctx, i) ?? -1 : -1
    // "will continue to support": the support goes on; it is no future event.
    // (A plain loop: a closure here copied the context, and the extractor, for `citesGrounds`.)
    var j = ctx.range.lowerBound
    let conditional = Marker.conditional.mask
    // "warned that Seoul would be making a very serious mistake", "accused Israel of
    // committing genocide": a verdict is the speaker's stance now; only a condition proper
    // ("if", "إذا") makes it one that may not hold.
    let verdict = cue.entry.frame == .verdict
    while j < cue.tokenStart {
      // (The words whose bits rule out the list skipped in one scan.)
      j = ctx.tokens.nextIndex(from: j, to: cue.tokenStart) {
        !$0.lex.isAnalyzed || $0.lex.markers & conditional != 0
      }
      guard j < cue.tokenStart else { break }
      if ctx.clauseOf(j) >= firstClause && ctx.isMarker(j, .conditional)
        && !(medium && ctx.isMarker(j, .request))
        // "طالبت فرنسا روسيا بالانسحاب": the demand is what the request verb states; the stance
        // it shows is a fact.
        && !(cue.entry.frame == .demand && ctx.isMarker(j, .request))
        && !(happenedBefore && ctx.isMarker(j, .request)
          && ctx.firstMarker(.destination, in: j + 1..<i) == nil)
        // "said it would scale back operations after talks with Ukraine": nor does a reported
        // intention before "after" (not a future proper, "will", nor a condition, "if"; a
        // request is read by the test before).
        && !(happenedBefore && j < p && !ctx.isMarker(j, .future)
          && !ctx.lexicon.isMarker(ctx.tokens, j, .condition) && !ctx.isMarker(j, .request))
        && !(ctx.isMarker(j, .future) && ctx.isMarker(j + 1, .factive))
        && !(continuing && ctx.lexicon.isMarker(ctx.tokens, j, .pledge))
        && !(stopped && ctx.isMarker(j, .request))
        && !citesGrounds(ctx, from: j + 1, to: cue.tokenStart)
        && !(j < relative && ctx.isMarker(j, .request))
        && !(j < stated)
        && !(answered && ctx.isMarker(j, .request))
        && !(verdict && !ctx.lexicon.isMarker(ctx.tokens, j, .condition))
        // "accused Kosovo of discrimination and said Moscow backed Belgrade": what a verb of
        // saying after "and" reports is stated, whatever the predicate before it was.
        && !ctx.saidAfterAnd(j + 1, cue.tokenStart)
        // "Merkel, whose government Erdogan has accused of ..., said she supported ...": what
        // a relative clause closed before the cue's clause asks or alleges stays in it.
        && !ctx.inClosedEnglishRelative(j, before: c)

      {
        return true
      }
      j += 1
    }
    return false
  }

  /// Arabic: the token of a verb of stating (list `stating_verb`) with "و" right before the
  /// noun at `i`, or before its "عن" ("وأكدت دعمها", "وأعرب عن دعمه"); nil when there is none.
  func statedAfterAnd(_ ctx: SentenceContext, _ i: Int) -> Int? {
    guard ctx.tokens[i].kind == .arabic else { return nil }
    var v = i - 1
    if v > ctx.range.lowerBound, ctx.tokens.norm(v).sameBytes("\u{0639}\u{0646}") { v -= 1 }
    guard v >= ctx.range.lowerBound, ctx.tokens[v].kind == .arabic,
      ctx.tokens.norm(v).startsWithLetter(0xD9, 0x88),
      ctx.lexicon.isMarker(ctx.tokens, v, .statingVerb)
    else { return nil }
    return v
  }

  /// English: "The junta had accused the alliance of ..., and its aircraft repeatedly bombed
  /// TNLA positions": a clause that opens with "and" after a comma and has a subject of its own
  /// before a verb cue in the past tells what was done; what the clause before says is not
  /// over it.
  func coordinatedPastClause(_ ctx: SentenceContext, _ cue: Lexicon.Match) -> Bool {
    let i = cue.tokenStart
    guard cue.entry.frame == .verb, ctx.tokens[i].kind == .latin,
      ctx.tokens.norm(i).hasByteSuffix("ed") || ctx.isMarker(i, .pastIrregular)
    else { return false }
    let c = ctx.clauseOf(i)
    var start = i
    while start > ctx.range.lowerBound, ctx.clauseOf(start - 1) == c { start -= 1 }
    // The comma, then "and", then at least one word of the subject before the verb.
    guard start > ctx.range.lowerBound,
      ctx.tokens[start - 1].kind == .comma || ctx.tokens[start].kind == .comma
    else { return false }
    let and = ctx.tokens[start].kind == .comma ? start + 1 : start
    return and + 1 < i && ctx.tokens.kind(and) == .latin && ctx.tokens.norm(and).equalsWord("and")
  }

  /// "sent troops to help", "deployed warplanes to support": the forces went, and what they
  /// went to do is what they do; the "to" at `to` follows a force noun after a verb in the past.
  /// A number or modifiers may precede the noun ("sent 2,000 troops to help", "sent F-16 fighter
  /// jets to strike") and a destination may follow it
  /// ("deployed troops to Libya to support", "sent warplanes into Syria to back").
  func sentForcesTo(_ ctx: SentenceContext, _ to: Int) -> Bool {
    var noun = to - 1
    if noun > ctx.range.lowerBound, !ctx.isMarker(noun, .forceNoun) {
      // The destination: "to", "into" or "in", then up to three words.
      guard
        let p = (max(ctx.range.lowerBound + 1, to - 4)..<to).first(where: { p in
          ["to", "into", "in"].contains(ctx.tokens.norm(p)) && ctx.isMarker(p - 1, .forceNoun)
        }),
        (p + 1..<to).allSatisfy({ ctx.tokens[$0].kind == .latin })
      else { return false }
      noun = p - 1
    }
    var verb = noun - 1
    if verb > ctx.range.lowerBound, ctx.isNumber(verb) { verb -= 1 }
    // "sent F-16 fighter jets to strike": one lower-case modifier right before the noun, and a
    // model's name before it (capitalised words, numbers and hyphens, no actor; five tokens in
    // all at most).
    if verb > ctx.range.lowerBound, ctx.tokens[verb].kind == .latin, !ctx.tokens[verb].capitalized,
      !ctx.inMention(verb), ctx.tokens.norm(verb) != "sent",
      !ctx.tokens.norm(verb).hasByteSuffix("ed"), !ctx.isMarker(verb, .preposition),
      !ctx.isMarker(verb, .determiner)
    {
      verb -= 1
    }
    var model = 0
    while verb > ctx.range.lowerBound, model < 4, !ctx.inMention(verb),
      ctx.tokens[verb].kind == .number
        || (ctx.tokens[verb].kind == .quote && ctx.tokens.norm(verb).sameBytes("-"))
        || (ctx.tokens[verb].kind == .latin && ctx.tokens[verb].capitalized)
    {
      verb -= 1
      model += 1
    }
    guard verb >= ctx.range.lowerBound, ctx.isMarker(noun, .forceNoun),
      ctx.tokens[verb].kind == .latin
    else { return false }
    return ctx.tokens.norm(verb).hasByteSuffix("ed") || ctx.tokens.norm(verb) == "sent"
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
        return next.norm == "for" || next.norm == "to" || ctx.tokens.norm(g).hasPrefix("aveng")
      }
    }
  }
}

extension SentenceContext {
  /// English: whether "and said" (or "and added", "and stated") stands in `start..<end`.
  func saidAfterAnd(_ start: Int, _ end: Int) -> Bool {
    guard start < end, tokens[end - 1].kind == .latin else { return false }
    return contains(
      in: max(start + 1, end - 8)..<end,
      where: { c, q in
        c.tokens.kind(q) == .latin && c.tokens.norm(q - 1).equalsWord("and")
          && (c.tokens.norm(q).equalsWord("said") || c.tokens.norm(q).equalsWord("added")
            || c.tokens.norm(q).equalsWord("stated"))
      })
  }

  /// English: whether a verb that says the act happened (list `factive`, "agreed", "decided")
  /// stands before the infinitive's "to" at `to`, right before it or before a day or time ("EU
  /// leaders agreed on Monday to impose sanctions", "decided last week to"), or "first" or
  /// "only" ("was the first to congratulate").
  func factiveBeforeInfinitive(_ to: Int) -> Bool {
    var k = to - 1
    if k - 1 > range.lowerBound, opensEnglishDayPhrase(k - 1) { k -= 2 }
    guard k >= range.lowerBound else { return false }
    // "was among the first to congratulate Kibaki", "the first country to recognise Kosovo":
    // the one who was first did it.
    func first(_ j: Int) -> Bool {
      tokens[j].kind == .latin && (tokens.norm(j) == "first" || tokens.norm(j) == "only")
    }
    if first(k)
      || (k - 1 >= range.lowerBound && first(k - 1) && tokens[k].kind == .latin
        && Self.firstOnes.contains(tokens.norm(k)))
    {
      return true
    }
    // "a move that led Israel to recall its own ambassador": a past causative before the
    // infinitive's subject; the one it moved did the act.
    if let m = mentions.lastIndex(where: { $0.tokenEnd == k + 1 }),
      mentions[m].tokenStart > range.lowerBound
    {
      let v = mentions[m].tokenStart - 1
      if tokens[v].kind == .latin, Self.pastCausatives.contains(tokens.norm(v)) { return true }
    }
    return isMarker(k, .factive)
  }

  /// English past causatives whose object did what the infinitive after it names ("led Israel
  /// to recall", "forced Qatar to close").
  static let pastCausatives: Set<String> = ["led", "prompted", "forced", "pushed", "drove"]

  /// The nouns after "first" or "only" that name who did an act first ("the first country to
  /// recognise").
  static let firstOnes: Set<String> = [
    "country", "state", "nation", "government", "leader", "capital", "power",
  ]

  /// English: whether token `j` opens a day or time of two words, "on Monday", "last week",
  /// "early Tuesday" (the second capitalized and no actor's, or a time noun).
  func opensEnglishDayPhrase(_ j: Int) -> Bool {
    guard j + 1 < range.upperBound, tokens[j].kind == .latin, tokens[j + 1].kind == .latin,
      !inMention(j + 1), tokens[j + 1].capitalized || isMarker(j + 1, .timeNoun)
    else { return false }
    let w = tokens.norm(j)
    return w == "on" || w == "last" || w == "this" || w == "late" || w == "early"
  }
}

extension SentenceContext {
  /// English: whether token `j` stands in a relative clause set off by a comma ("X, whose
  /// government Erdogan has accused of ...,") that ends before clause `c`.
  func inClosedEnglishRelative(_ j: Int, before c: Int) -> Bool {
    let cj = clauseOf(j)
    guard cj < c, tokens[j].kind == .latin else { return false }
    var start = j
    while start > range.lowerBound, clauseOf(start - 1) == cj { start -= 1 }
    if tokens[start].kind == .comma, start + 1 < range.upperBound { start += 1 }
    guard start > range.lowerBound, tokens[start].kind == .latin else { return false }
    return Self.englishRelatives.contains(tokens.norm(start))
  }
}
