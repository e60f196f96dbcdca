/// Who carries out an act named by a noun cue: the subject of a light verb ("شنت تركيا غارات
/// على", "Bin Laden orchestrated the attacks on"), the noun a light verb launches, and the
/// author of an attack a relative clause refers to ("X claimed the attack, which killed ...").
extension SentenceContext {
  /// The noun an Arabic light verb launches: the head before "التي/الذي" when the verb opens
  /// a relative clause ("الحملة الإعلامية التركية التي شنت"), else the first word after the
  /// verb and its subject ("شنت تركيا هجوما").
  func launchedNoun(_ cue: Lexicon.Match) -> Int? {
    if cue.tokenStart > range.lowerBound, isMarker(cue.tokenStart - 1, .relative) {
      var j = cue.tokenStart - 2
      while j >= range.lowerBound {
        let adjective =
          tokens[j].kind == .arabic
          && (looksLikeNisba(tokens.norm(j)) || tokens.norm(j).startsWithLetter(0xD9, 0x88))
        guard inMention(j) || adjective || tokens[j].kind == .quote else { break }
        j -= 1
      }
      return j >= range.lowerBound && tokens[j].kind == .arabic ? j : nil
    }
    var j = cue.tokenEnd
    while j < range.upperBound {
      if let m = mentions.first(where: { $0.tokenStart == j }) {
        j = m.tokenEnd
        continue
      }
      if isMarker(j, .adverb) || tokens[j].kind == .quote || tokens[j].kind == .other {
        j += 1
        continue
      }
      break
    }
    return j < range.upperBound && tokens[j].kind == .arabic ? j : nil
  }

  /// English: who carried out the act of force a relative pronoun at `r` refers to ("X claimed
  /// the attack, which killed ...", "X carried out a strike that hit ...", "the militants'
  /// attack, which ...", "an Israeli strike, which ..."): the act's possessor, the subject of
  /// the light verb or claim whose object it is, or a nisba or name right before it ("a US
  /// drone strike"). Nil when the act is only named ("X condemned the attack, which ...").
  func attackAuthor(antecedentOf r: Int) -> Int? {
    var a = r - 1
    if a >= range.lowerBound, tokens[a].kind == .comma { a -= 1 }
    a = beforeEnglishPlaceAndDay(a)
    guard a >= range.lowerBound, tokens[a].kind == .latin, isMarker(a, .attackNoun) else {
      return nil
    }
    if let k = possessor(before: a) ?? lightVerbSubject(before: a) { return k }
    var j = a - 1
    while j >= range.lowerBound, a - j <= 2, tokens[j].kind == .latin, isMarker(j, .eventNoun) {
      j -= 1
    }
    return mentions.lastIndex { $0.tokenEnd == j + 1 && $0.tokenEnd <= a }
  }

  /// English: the token before the place and day phrases that end at token `a` ("a car
  /// bombing in Kabul on Thursday", "an attack near Kandahar last week"): "in", "on", "at" or
  /// "near" with one to three capitalised words, or "last" and a time noun; `a` when none ends
  /// there.
  func beforeEnglishPlaceAndDay(_ end: Int) -> Int {
    var a = end
    for _ in 0..<3 {
      guard a - 1 > range.lowerBound, tokens[a].kind == .latin else { break }
      if isMarker(a, .timeNoun), tokens.norm(a - 1).equalsWord("last") {
        a -= 2
        continue
      }
      var j = a
      while j > range.lowerBound, a - j < 3, tokens[j].kind == .latin, tokens[j].capitalized {
        j -= 1
      }
      let w = tokens.norm(j)
      guard j < a, tokens[j].kind == .latin,
        w.equalsWord("in") || w.equalsWord("on") || w.equalsWord("at") || w.equalsWord("near")
      else { break }
      a = j - 1
    }
    return a
  }

  /// English: a verb of taking part, whose "in" comes before the act ("participated in the
  /// strikes on", "took part in", "joined in").
  func takesPart(_ j: Int) -> Bool {
    guard j + 1 < range.upperBound, tokens.norm(j + 1).equalsWord("in") else { return false }
    let n = tokens.norm(j)
    return n.hasPrefix("participat") || n == "part" || n == "joined"
  }

  /// Arabic: "NOUN التي تشنها X ضد Y": the subject of a light verb in a relative clause right
  /// after the noun, with the token where its object may start. After an indefinite noun
  /// (`indefinite`) the relative clause has no pronoun: "هجوم شنه مقاتلو X على Y".
  func relativeLightVerbSubject(after i: Int, indefinite: Bool = false) -> (Int, Int)? {
    var j = i
    var adjectives = 0
    while j < range.upperBound {
      if isMarker(j, .adverb) || tokens[j].kind == .quote {
        j += 1
      } else if indefinite, adjectives < 2,
        isActAdjective(j)
          || (lexicon.isMarker(tokens, j, .actAdjective) && isLightVerbWithPronoun(j + 1)
            && opensObject(j + 2))
      {
        // "غارات جوية نفذها الجيش على": the noun's adjectives before the relative verb; one of
        // list `act_adjective` before a verb whose object follows "على" ("هجوم واسع شنه على").
        adjectives += 1
        j += 1
      } else {
        break
      }
    }
    let verb = j < range.upperBound && indefinite && !isMarker(j, .relative) ? j : j + 1
    guard verb == j || isMarker(j, .relative), isLightVerbWithPronoun(verb) else { return nil }
    // "أعلن الجيش استعادة المدينة بعد هجوم واسع شنه على مواقع الدعم السريع", "الغارة التي
    // شنتها على لبنان": "على" or "ضد" right after the verb opens its object; its subject is the
    // sentence's.
    if opensObject(verb + 1) {
      return openingSubject(before: i).map { ($0, verb + 1) }
    }
    let k: Int
    if let a = firstAfter(verb + 1, sameClause: true, maxDistance: 2),
      subjectReachable(from: verb + 1, to: mentions[a].tokenStart)
    {
      k = a
    } else if let a = affiliatedAgent(after: verb + 1) {
      k = a
    } else {
      return nil
    }
    let group = groupForward(k)
    return (k, mentions[group.last ?? k].tokenEnd)
  }

  /// Arabic: the token after the actor that the one ending at token `end` is tied to
  /// ("جماعة نصرة الإسلام والمسلمين المرتبطة بتنظيم القاعدة", "التابعة ل"), or `end` when
  /// none follows.
  func pastTiedActor(_ end: Int) -> Int {
    guard end + 1 < range.upperBound, tokens[end].kind == .arabic,
      lexicon.isMarker(tokens, end, .affiliation) || lexicon.isMarker(tokens, end, .linked),
      let tied = mentions.firstIndex(where: { $0.tokenStart == end + 1 })
    else { return end }
    return mentions.tokenEnd(tied)
  }

  /// Arabic: whether token `j` is "على" or "ضد", which open a light verb's object.
  func opensObject(_ j: Int) -> Bool {
    j < range.upperBound && tokens[j].kind == .arabic
      && (tokens.norm(j).sameBytes("\u{0639}\u{0644}\u{064A}") || isMarker(j, .against))
  }

  /// Arabic: whether token `j` is a light verb with an object pronoun ("شنه", "نفذتها").
  func isLightVerbWithPronoun(_ j: Int) -> Bool {
    j < range.upperBound && tokens[j].kind == .arabic
      && ArabicClitics.splitEnclitic(tokens.norm(j)).contains(where: {
        !$0.enclitic.isEmpty && lexicon.isMarker($0.stem, .lightVerb, arabic: true)
      })
  }

  /// Arabic: whether token `j` may be an adjective of an act named right before it ("غارات
  /// جوية", "هجوم انتحاري"): a nisba-like word of four letters or more, in no mention, no
  /// relative pronoun.
  func isActAdjective(_ j: Int) -> Bool {
    tokens[j].kind == .arabic && !inMention(j)
      && looksLikeNisba(tokens.norm(j), minimumLetters: 4) && !isMarker(j, .relative)
  }

  /// Arabic: an act of force right before token `i`, past one or two adjectives ("غارات جوية
  /// شنها", "هجوم انتحاري نفذه"); with `adjectivesOnly` only when one stands between.
  func actNounBefore(_ i: Int, adjectivesOnly: Bool = false) -> Bool {
    var j = i - 1
    var adjectives = 0
    while j > range.lowerBound, adjectives < 2, isActAdjective(j) {
      adjectives += 1
      j -= 1
    }
    guard !adjectivesOnly || adjectives > 0 else { return false }
    return j >= range.lowerBound && isMarker(j, .attackNoun)
  }

  /// Arabic: "الطيران الحربي التابع للجيش": an unnamed force, its adjectives, and a word of
  /// belonging right before the actor it belongs to (or a head and its nisba, "التابعة للقوات
  /// الروسية"), which acts through it. The head and its
  /// adjectives are at most three words starting at `i`.
  func affiliatedAgent(after i: Int) -> Int? {
    var j = i
    while j < range.upperBound, j - i < 3, tokens[j].kind == .arabic, !inMention(j),
      !lexicon.isMarker(tokens, j, .affiliation)
    {
      j += 1
    }
    guard j > i, j + 1 < range.upperBound, lexicon.isMarker(tokens, j, .affiliation),
      !isMarker(i, .targetHead),
      let k = mentions.firstIndex(where: { $0.tokenStart == j + 1 || $0.tokenStart == j + 2 })
    else { return nil }
    // "التابع للجيش السوداني": a head with its nisba.
    if mentions.tokenStart(k) == j + 2, mentions.form(k) != .adjective || inMention(j + 1) {
      return nil
    }
    return k
  }

  /// Arabic: "انضمت بريطانيا إلى الولايات المتحدة في شن ضربات على", "شاركت فرنسا مع الجيش
  /// المالي في عمليات ضد": one who joins a partner in an act (a light verb, then the partner,
  /// with إلى or مع or none, then في and the act, with or without its own light verb) is its
  /// author with the partner. Returns the one who joins and the partner.
  func joinedPartners(before i: Int) -> (joiner: Int, partner: Int)? {
    var j = i - 1
    if j >= range.lowerBound, isMarker(j, .lightVerb) { j -= 1 }
    guard j > range.lowerBound, tokens.norm(j).sameBytes("\u{0641}\u{064A}"),
      let y = mentions.lastIndex(where: { $0.tokenEnd == j })
    else { return nil }
    let partner = groupStart(y)
    var b = mentions[partner].tokenStart - 1
    if b > range.lowerBound, isMarker(b, .with) || isMarker(b, .destination) { b -= 1 }
    guard b > range.lowerBound, let x = mentions.lastIndex(where: { $0.tokenEnd == b + 1 }) else {
      return nil
    }
    let joiner = groupStart(x)
    let verb = mentions[joiner].tokenStart - 1
    guard verb >= range.lowerBound, isMarker(verb, .lightVerb),
      mentions[joiner].code != mentions[partner].code
    else { return nil }
    return (x, y)
  }

  /// The subject of the main clause for a verb at `v` right after "بعد أن", "قبل أن" or
  /// "بعدما": the first actor of the clause before them (after its last complementizer) that
  /// is no preposition's object, place or backer ("أحكم متمردو حركة 23 مارس المدعومون من رواندا
  /// سيطرتهم على ... شرق الكونغو الديمقراطية، بعد أن شنوا": the rebels). Nil when no such
  /// opener stands before the verb.
  func timeClauseSubject(beforeVerb v: Int) -> Int? {
    guard v - 1 > range.lowerBound, isArabic(v - 1) else { return nil }
    let before = tokens.norm(v - 1)
    var opener = -1
    if before.sameBytes("\u{0628}\u{0639}\u{062F}\u{0645}\u{0627}") {
      opener = v - 1  // بعدما
    } else if before.sameBytes("\u{0627}\u{0646}"), v - 2 > range.lowerBound,
      tokens.norm(v - 2).sameBytes("\u{0628}\u{0639}\u{062F}")
        || tokens.norm(v - 2).sameBytes("\u{0642}\u{0628}\u{0644}")
    {
      opener = v - 2  // بعد أن، قبل أن
    }
    guard opener > range.lowerBound else { return nil }
    var from = range.lowerBound
    if let c = (range.lowerBound..<opener).last(where: { isMarker($0, .complementizer) }) {
      from = c + 1
    }
    return mentions.indices.first { k in
      mentions.tokenStart(k) >= from && mentions.tokenEnd(k) <= opener
        && !mentions.code(k).isEmpty && !isOblique(at: groupStart(k)) && !isLocative(mentions[k])
        && passiveCueStart(before: mentions.tokenStart(k)) == nil
    }
  }

  /// Where a passive participle cue ending right before token `start` begins ("المدعومة من"
  /// before "تركيا"); nil when none does.
  func passiveCueStart(before start: Int) -> Int? {
    guard start - 2 >= range.lowerBound, isArabic(start - 1) else { return nil }
    for p in [start - 2, start - 1] where tokens[p].lex.may(TokenLex.cue) {
      if lexicon.match(tokens, at: p, limit: start).contains(where: {
        $0.entry.frame == .passive && $0.tokenEnd == start
      }) {
        return p
      }
    }
    return nil
  }

  /// Arabic: the subject of a light verb right before the noun cue at `i` ("شنت تركيا غارات
  /// على", "تركيا تشن غارات", "الجيش الذي ينفذ بانتظام غارات", "أعرب X عن رفضه ل..."): the
  /// verb's own subject.
  func arabicLightVerbSubject(before i: Int) -> Int? {
    // "شنت القوات موجة جديدة من الغارات": the noun of quantity stands for the act it counts.
    let i = quantityHead(before: i) ?? i
    // The verb, adverbs and its VSO subject may stand between: walk back to the verb.
    var j = i - 1
    var subjectAfterVerb: Int? = nil
    var skipped = 0  // tokens of parentheticals and time phrases passed over
    var affiliated = false  // the subject is the actor a group after the verb belongs to
    var apposedHead: Int? = nil  // the body a list of members after a comma names
    // A verb of denial takes its noun as a light verb does, and negates it ("نفت إيران تزويد
    // الحوثيين بالأسلحة": Iran is who is said not to supply).
    func launches(_ j: Int) -> Bool { isMarker(j, .lightVerb) || isMarker(j, .denial) }
    while j >= range.lowerBound, i - j - skipped <= 7 {
      if launches(j) { break }
      // "أعرب X عن رفضه ل...", "أعلنت عن دعمها ...": the verb's "عن" stands before the noun;
      // "أعلنت X مسؤوليتها عن الهجوم على": so does a claim of responsibility.
      if j == i - 1, tokens.norm(j).sameBytes("\u{0639}\u{0646}") {
        j -= 1
        if j >= range.lowerBound, isMarker(j, .responsibility) { j -= 1 }
        continue
      }
      // "شنت إسرائيل مئات الغارات", "نفذت عددا من الغارات", "أطلقت 20 صاروخا": a count
      // before the noun is the noun's.
      if j == i - 1, isMarker(j, .numberWord) || isNumber(j) {
        j -= 1
        continue
      }
      if j == i - 1, j - 1 >= range.lowerBound, tokens.norm(j).sameBytes("\u{0645}\u{0646}"),
        isMarker(j - 1, .numberWord)
      {
        j -= 2
        continue
      }
      // "شاركت قوات الحشد في قتال تنظيم الدولة": the "في" of a verb of taking part.
      if j == i - 1, tokens.norm(j).sameBytes("\u{0641}\u{064A}") {
        j -= 1
        continue
      }
      if let k = mentions.lastIndex(where: { $0.tokenStart <= j && j < $0.tokenEnd }) {
        // "أطلقت فصائل الجيش الوطني السوري المدعومة من تركيا عملية": the agent of a passive
        // participle that describes the subject is passed over; the subject stands before it.
        if subjectAfterVerb == nil, let p = passiveCueStart(before: mentions[k].tokenStart),
          p - 1 > range.lowerBound
        {
          j = p - 1
          continue
        }
        // "أعلنت جماعة ... في مالي مسؤوليتها": a place after the subject is passed over.
        // ("شنت الحركة من الضفة الغربية هجوما": so is a state it acts from.)
        if subjectAfterVerb == nil,
          isLocative(mentions[k])
            || (mentions[k].form == .name && mentions[k].tokenStart > range.lowerBound
              && gazetteer?.codeKind(mentions[k]) == .state
              && isArabic(mentions[k].tokenStart - 1)
              && tokens.norm(mentions[k].tokenStart - 1).sameBytes("\u{0645}\u{0646}")),
          mentions[k].tokenStart - 2 > range.lowerBound
        {
          j = mentions[k].tokenStart - 2
          continue
        }
        // "أجرى وزير الخارجية مع نظيره الأردني محادثات": the partner after "مع" stands
        // between the subject and the noun.
        if subjectAfterVerb == nil, withBefore(mentions[k]),
          let w = (max(range.lowerBound, mentions[k].tokenStart - 3)..<mentions[k].tokenStart)
            .last(where: { isMarker($0, .with) }),
          w - 1 > range.lowerBound
        {
          j = w - 1
          continue
        }
        subjectAfterVerb = subjectAfterVerb ?? k
        j = mentions[k].tokenStart - 1
        // "شن الطيران الإسرائيلي فجر اليوم غارات": the noun a nisba describes is the subject's.
        if mentions[k].form == .adjective, j > range.lowerBound, tokens.kind(j) == .arabic,
          !isMarker(j, .preposition), !isMarker(j, .lightVerb),
          !inMention(j)
        {
          j -= 1
          // "شنت طائرات حربية وسفن أمريكية": the nisba describes a coordinated noun phrase
          // of up to three words right after the verb.
          var q = j
          var words = 0
          while q > range.lowerBound, words < 3, tokens.kind(q) == .arabic, !launches(q),
            !isMarker(q, .preposition), !inMention(q)
          {
            q -= 1
            words += 1
          }
          if words > 0, launches(q) { j = q }
        }
        // "شنت قوات التحالف بقيادة السعودية في مارس/آذار عملية": the force noun before the
        // subject's name is the subject's.
        if subjectAfterVerb == k, j > range.lowerBound, isMarker(j, .forceNoun), !inMention(j) {
          j -= 1
        }
        // "أعلنت قوات تابعة للجيش الأمريكي مسؤوليتها": the force belongs to the actor (named
        // list `affiliation`); its noun phrase, one to three words, stands after the verb. A
        // group so named ("جماعة تابعة لتنظيم القاعدة") is an affiliate, no part of the actor.
        if subjectAfterVerb == k, let a = affiliationWord(before: mentions[k]) {
          var words = 0
          j = a - 1
          while j > range.lowerBound, words < 3, affiliatedPhraseWord(j),
            !isMarker(j, .lightVerb),
            !inMention(j)
          {
            words += 1
            j -= 1
          }
          guard words > 0, j >= range.lowerBound, isMarker(j, .lightVerb) else { return nil }
          affiliated = true
        }
        continue
      }
      // "أعلنت دول تحالف الساحل، مالي وبوركينا فاسو والنيجر، استدعاء": the members listed
      // after a comma name the body before it (one word may stand before its name); the
      // members are the subject.
      if tokens.kind(j) == .comma, let k = subjectAfterVerb, apposedHead == nil,
        mentions.contains(where: { $0.tokenStart == j + 1 }),
        let h = mentions.lastIndex(where: { $0.tokenEnd == j }),
        (groupStart(k)...k).contains(h)
      {
        var q = mentions[h].tokenStart - 1
        if q > range.lowerBound, !launches(q), tokens.kind(q) == .arabic, !inMention(q),
          !isMarker(q, .preposition)
        {
          q -= 1
        }
        if q >= range.lowerBound, launches(q) {
          apposedHead = h
          j = q
          break
        }
      }
      // "أعلنت سرايا القدس، مسؤوليتها": a comma right after the subject.
      // (Not a place that ends a parenthetical: "أعلنت قطر، في مؤتمر صحفي في الدوحة، دعمها".)
      // (Nor an actor ending a description: "أعلنت المقاومة الإسلامية في العراق، التي تضم
      // فصائل موالية لإيران، مسؤوليتها".)
      if tokens.kind(j) == .comma, subjectAfterVerb == nil, j > range.lowerBound,
        let m = mentions.lastIndex(where: { $0.tokenEnd == j }),
        !(parentheticalStart(closing: j).map { isLocative(mentions[m]) || opensDescription($0) }
          ?? false)
      {
        skipped += 1
        j -= 1
        continue
      }
      // "أجرى أردوغان، مساء الأحد، اتصالا": a parenthetical of time or place.
      if tokens.kind(j) == .comma, let o = parentheticalStart(closing: j) {
        skipped += j - o + 1
        j = o - 1
        continue
      }
      // "وفرضت الولايات المتحدة في وقت سابق عقوبات": a time phrase; "وأعلن العراق في
      // ديسمبر/كانون الأول النصر على": a written date.
      // (A plain loop: `first(where:)` with a closure that reads the context copied the whole
      // context at every call.)
      var timePhrase = datePhraseStart(endingAt: j)
      if timePhrase == nil {
        for q in max(range.lowerBound, j - 4)...j
        where (isMarker(q, .preposition) || isMarker(q, .during)) && opensTimePhrase(q) {
          timePhrase = q
          break
        }
      }
      if let p = timePhrase, !mentions.contains(where: { $0.tokenStart >= p && $0.tokenStart <= j })
      {
        skipped += j - p + 1
        j = p - 1
        continue
      }
      // "أعنف موجة ضربات", "أكبر هجوم": an elative (four letters, alif first) right before
      // the noun qualifies it.
      if j == i - 1, tokens.kind(j) == .arabic, !inMention(j), !isMarker(j, .preposition),
        tokens.norm(j).scalarCount == 4, tokens.norm(j).startsWithLetter(0xD8, 0xA7)
      {
        skipped += 1
        j -= 1
        continue
      }
      // "شنت روسيا صباح الاثنين أعنف موجة ضربات": bare time words after the subject.
      // (The context handed to the test, `first(in:where:)`: the closure of `first(where:)`
      // copied the whole context at every call.)
      // (Whether a walk may end right after `j` first: most words end none, and the walks
      // from the four tokens up to it are not taken.)
      if subjectAfterVerb == nil, tokens.kind(j) == .arabic, mayEndTimeWords(j),
        let p = first(
          in: max(range.lowerBound, j - 3)..<(j + 1),
          where: { c, q in c.tokens.kind(q) == .arabic && c.pastTimeWords(from: q) == j + 1 }),
        !mentions.contains(where: { $0.tokenStart >= p && $0.tokenStart <= j })
      {
        skipped += j - p + 1
        j = p - 1
        continue
      }
      // "أعلنت جماعة ... في مالي مسؤوليتها": a one-word place after the subject.
      if subjectAfterVerb == nil, j - 1 > range.lowerBound, tokens.kind(j) == .arabic,
        isMarker(j - 1, .locative), !opensTimePhrase(j - 1)
      {
        skipped += 2
        j -= 2
        continue
      }
      // A title before the subject's name ("الرئيس الإيراني أحمدي نجاد") belongs to it; so
      // does one of two words ("وزير الخارجية السعودي الأمير فيصل بن فرحان").
      if subjectAfterVerb != nil, j - 1 >= range.lowerBound, isMarker(j - 1, .personHead),
        tokens.kind(j) == .arabic, ArabicClitics.hasArticleReading(tokens.norm(j)), !inMention(j)
      {
        j -= 2
        continue
      }
      let title = subjectAfterVerb != nil && isMarker(j, .personHead)
      guard isMarker(j, .adverb) || tokens.kind(j) == .quote || title else { return nil }
      j -= 1
    }
    guard j >= range.lowerBound, launches(j) else { return nil }
    if let k = subjectAfterVerb {
      // (The group's first member: "طائرات حربية وسفن أمريكية وبريطانية".)
      let first = apposedHead ?? groupStart(k)
      return affiliated || subjectReachable(from: j + 1, to: mentions[first].tokenStart) ? k : nil
    }
    // ("مانديلا والأمير بندر بن سلطان، اللذان أجريا محادثات": a comma may close the
    // antecedent.)
    if j > range.lowerBound, isMarker(j - 1, .relative) {
      let end = j - 2 > range.lowerBound && tokens.kind(j - 2) == .comma ? j - 2 : j - 1
      return mentions.lastIndex { $0.tokenEnd == end }
    }
    // "سيطرت حركة الشباب على البلدة بعد أن شنت هجوما على ...": after "بعد أن", "قبل أن" or
    // "بعدما", a verb with no subject of its own has the main clause's.
    if let k = timeClauseSubject(beforeVerb: j) { return k }
    // "كثفت الولايات المتحدة غاراتها على القاعدة، كما تقدم دعما للجيش اليمني": after "كما"
    // (also), a verb with no subject of its own has the main clause's.
    if j - 1 > range.lowerBound, isAlsoWord(j - 1), let k = mainSubject(before: j - 1) {
      return k
    }
    // "وكانت المقاومة الإسلامية في العراق، وهي تحالف يضم فصائل، قد تبنت": قد and a description
    // between commas stand between the subject and the verb.
    var before = j
    var described = false
    if before - 1 > range.lowerBound, tokens.norm(before - 1).sameBytes("\u{0642}\u{062F}") {
      before -= 1
    }
    if before - 1 > range.lowerBound, let o = parentheticalStart(closing: before - 1) {
      before = o
      described = true
    }
    guard
      let k = nearestBefore(
        before, sameClause: !described, subjectsOnly: true, maxDistance: described ? 1 : 3),
      // "لشن حرب على العراق وفرض حصار على سورية": an actor after a preposition is the object
      // of what comes before, no subject of the verb after it.
      !afterPrepositionWord(k)
    else {
      return nil
    }
    // "زار الرئيس الفنزويلي سوريا وأعلن دعمه": before a coordinated verb, an actor right after
    // another (a VSO subject) is the earlier verb's object; that verb's subject is this one's.
    if tokens.norm(j).startsWithLetter(0xD9, 0x88),
      !mentions[k].proclitic.startsWithLetter(0xD9, 0x88),
      tokens[j].readings.contains(where: {
        $0.proclitic.startsWithLetter(0xD9, 0x88)
          && lexicon.isMarker($0.stem, .lightVerb, arabic: true)
      }),
      // (A nisba's head noun may stand between: "استقبلت تركيا الرئيس الليبي وأعلنت".)
      let s = mentions.lastIndex(where: {
        $0.tokenEnd == mentions[k].tokenStart
          || (mentions[k].form == .adjective && $0.tokenEnd == mentions[k].tokenStart - 1)
      }),
      mentions[s].code != mentions[k].code
    {
      return s
    }
    return k
  }

  /// Whether token `j` is a number, or the currency sign right before one, before token `i`
  /// ("$50 million", "hundreds").
  func isAmount(_ j: Int, before i: Int) -> Bool {
    isNumber(j) || (tokens[j].kind == .other && j + 1 < i && tokens[j + 1].kind == .number)
  }

  /// English: the antecedent of a relative clause set off by a comma (", which", ", who") that
  /// runs from within ten tokens before the noun cue at `i` up to it: only words, numbers and
  /// amounts between, no preposition but a quantity's "of" (`lightVerb`: and a light verb among
  /// them). "Israel, which has carried out hundreds of air strikes on", "Saudi Arabia, which has
  /// observed a fragile truce with the Houthis".
  func relativeClauseAntecedent(before i: Int, lightVerb: Bool) -> Int? {
    func amount(_ j: Int) -> Bool { isAmount(j, before: i) }
    guard i > range.lowerBound + 1,
      let w = (max(range.lowerBound + 1, i - 10)..<i).last(where: {
        // ("the Taliban, who have pressed offensives against": "who" as "which".)
        tokens[$0].kind == .latin
          && (tokens.norm($0).equalsWord("which") || tokens.norm($0).equalsWord("who"))
          && tokens[$0 - 1].kind == .comma
      }),
      !lightVerb || (w + 1..<i).contains(where: { isMarker($0, .lightVerb) }),
      (w + 1..<i).allSatisfy({
        tokens[$0].kind == .latin || tokens[$0].kind == .number || amount($0)
          // ("which has provided only non-lethal aid to": a hyphen inside a word.)
          || (tokens[$0].kind == .quote && tokens.norm($0).sameBytes("-")
            && tokens[$0 - 1].kind == .latin && $0 + 1 < i && tokens[$0 + 1].kind == .latin)
      }),
      !(w + 1..<i).contains(where: {
        isMarker($0, .preposition) && !isQuantityOf($0) && !amount($0 - 1)
      })
    else { return nil }
    return relativeAntecedent(before: w + 1)
  }

  /// English: the subject of a light verb that a participle phrase or a relative clause set off
  /// by commas separates from it ("Ethiopian and Eritrean troops, backed by drone strikes,
  /// launched heavy assaults on", "The TTP, which is allied to the Afghan Taliban, has claimed
  /// attacks on"): the actor ending at the opening comma (or before its head noun), with up to
  /// four words between the verb and the noun at `i` (a quantity's "of" among them).
  func participleParentheticalSubject(before i: Int) -> Int? {
    var v = i - 1
    while v > range.lowerBound, i - v <= 5, !isMarker(v, .lightVerb) {
      // ("has claimed several of the recent attacks on", "a new wave of strikes on": the
      // "of" of a quantity.)
      if tokens[v].kind != .latin || (isMarker(v, .preposition) && !isQuantityOf(v)) {
        return nil
      }
      v -= 1
    }
    guard v > range.lowerBound, tokens[v].kind == .latin, isMarker(v, .lightVerb) else {
      return nil
    }
    // ("..., has claimed": an auxiliary before the verb.)
    var c = v - 1
    if c > range.lowerBound, tokens[c].kind == .latin, isMarker(c, .auxiliary) { c -= 1 }
    /// Whether the comma at `o` opens the phrase: a participle or a relative pronoun after it.
    func opens(_ o: Int) -> Bool {
      guard tokens[o].kind == .comma, o + 1 < c, tokens[o + 1].kind == .latin,
        !tokens[o + 1].capitalized
      else { return false }
      let w = tokens.norm(o + 1)
      return w.hasByteSuffix("ed") || w.equalsWord("which") || w.equalsWord("who")
        // ("The Three Brotherhood Alliance, made up of ..., launched": an irregular one.)
        || w.equalsWord("made") || w.equalsWord("led") || w.equalsWord("known")
    }
    // (A list of members may hold commas of its own: "made up of A, B and C,".)
    guard c - 2 > range.lowerBound, tokens[c].kind == .comma, tokens.norm(c).equalsWord(","),
      let o = (max(range.lowerBound, c - 25)..<c).last(where: opens),
      (o + 1..<c).allSatisfy({
        tokens[$0].kind == .latin || tokens[$0].kind == .number
          || (tokens[$0].kind == .comma && tokens.norm($0).equalsWord(","))
          || (tokens[$0].kind == .quote && tokens.norm($0).equalsWord("'"))
      }),
      let k = mentions.lastIndex(where: { $0.tokenEnd <= o && $0.tokenEnd >= o - 1 }),
      (mentions.tokenEnd(k)..<o).allSatisfy({
        tokens[$0].kind == .latin && !isMarker($0, .preposition)
      })
    else { return nil }
    return k
  }

  /// English: the sentence's opening subject for a light verb in -ing that opens a participle
  /// clause after a comma ("Biden arrived in Tel Aviv, pledging support for Israel", ", while
  /// expressing concern over"), with up to two words between it and the noun at `i`.
  func participleClauseSubject(before i: Int) -> Int? {
    var p = i - 1
    while p > range.lowerBound, i - p <= 3, tokens[p].kind == .latin,
      !(isMarker(p, .lightVerb) && tokens.norm(p).hasByteSuffix("ing"))
    {
      if isMarker(p, .preposition) || inMention(p) { return nil }
      p -= 1
    }
    guard p > range.lowerBound + 1, tokens[p].kind == .latin, isMarker(p, .lightVerb),
      tokens.norm(p).hasByteSuffix("ing")
    else { return nil }
    var c = p - 1
    if tokens.norm(c).equalsWord("while") || tokens.norm(c).equalsWord("and") { c -= 1 }
    guard c > range.lowerBound, tokens[c].kind == .comma, tokens.norm(c).equalsWord(","),
      let k = openingSubject(before: c)
    else { return nil }
    return k
  }

  /// English: the subject of a light verb whose object is the noun cue at `i` ("Afghan and US
  /// troops have increased operations against", "Bin Laden orchestrated the attacks on"): the
  /// nearest subject before it in the clause, with a light verb (markers `light_verb`) and no
  /// preposition in between.
  /// "claimed responsibility for the attack on": the preposition of a claim of responsibility
  /// may stand between, and so may "with" after a verb of response ("retaliated with strikes
  /// on"; list `response_verb`). A verb of a claim that is no light verb of its own (list
  /// `claim_verb`: "took", "assumed") counts as one right before a word of responsibility.
  func lightVerbSubject(before i: Int) -> Int? {
    // "pledged $50 million in aid to": an amount and its "in"/"of" stand before the noun.
    func amount(_ j: Int) -> Bool { isAmount(j, before: i) }
    // "Israel, which has carried out hundreds of air strikes on": a light verb in a relative
    // clause set off by a comma takes the relative's antecedent.
    if let a = relativeClauseAntecedent(before: i, lightVerb: true) { return a }
    guard
      let k = nearestBefore(i, sameClause: true, subjectsOnly: true, maxDistance: 10),
      mentions[k].tokenEnd < i,
      !(mentions[k].tokenEnd..<i).contains(where: {
        guard !amount($0) else { return false }
        // "to" of an infinitive light verb ("vowed to launch strikes on") is no preposition.
        let infinitive = tokens.norm($0).equalsWord("to") && isMarker($0 + 1, .lightVerb)
        return
          (isMarker($0, .preposition) && !infinitive
          // ("agreed on Monday to impose new sanctions on": a day is no object.)
          && !opensEnglishDayPhrase($0)
          && !($0 > range.lowerBound
            && (isMarker($0 - 1, .responsibility) || amount($0 - 1) || takesPart($0 - 1)))
          // "launched a wave of strikes on": the "of" of a quantity noun.
          && !isQuantityOf($0)
          // "signed into law a package of aid for": "into law" is part of the verb.
          && !(tokens.norm($0).equalsWord("into") && $0 + 1 < i
            && tokens.norm($0 + 1).equalsWord("law"))
          // "retaliated with strikes on": the "with" of a verb of response.
          && !($0 > range.lowerBound && tokens.norm($0).equalsWord("with")
            && lexicon.isMarker(tokens, $0 - 1, .responseVerb)))
          || isMarker($0, .relative)
          || (tokens[$0].kind != .latin
            // "the Qassam Brigades, the armed wing of Hamas, claimed": the mention's comma.
            && !(tokens[$0].kind == .comma && Self.closesMention($0, tokens, mentions))
            // "provided non-lethal aid to": a hyphen inside a word.
            && !(tokens[$0].kind == .quote && tokens.norm($0).sameBytes("-")
              && $0 > range.lowerBound && $0 + 1 < i && tokens[$0 - 1].kind == .latin
              && tokens[$0 + 1].kind == .latin)
            // "Argentina's president pledged": the possessor of the subject's head.
            && !($0 == mentions[k].tokenEnd && tokens[$0].kind == .quote && $0 + 1 < i
              && tokens.norm($0 + 1).equalsWord("s")))
      }),
      (mentions[k].tokenEnd..<i).contains(where: {
        isMarker($0, .lightVerb)
          // "took responsibility for the attack on", "assumed responsibility for".
          || ($0 + 1 < i && isMarker($0 + 1, .responsibility)
            && lexicon.isMarker(tokens, $0, .claimVerb))
          // "Israel responded with air strikes on".
          || ($0 + 1 < i && tokens.norm($0 + 1).equalsWord("with")
            && lexicon.isMarker(tokens, $0, .responseVerb))
      })
    else { return nil }
    return k
  }
}

extension SentenceContext {
  /// "وانضمت روسيا والصين إلى طهران في رفض القرار": who joins another in a stance backs it;
  /// each joiner supports each partner (`joinedPartners`), whatever the stance's own object.
  func joinedStanceSupport(_ cue: Lexicon.Match) -> [Candidate] {
    guard isArabic(cue.tokenStart),
      cue.entry.relation == .opposes || cue.entry.relation == .supports,
      let (x, y) = joinedPartners(before: cue.tokenStart)
    else { return [] }
    let partners = groupBackward(y)
    return groupBackward(x).filter { !partners.contains($0) }.flatMap { a in
      partners.compactMap { b -> Candidate? in
        guard mentions[a].code != mentions[b].code else { return nil }
        var c = Candidate(
          source: Argument(mentions, a), target: Argument(mentions, b), rule: "joined-stance",
          confidence: 0.8)
        c.relation = .supports
        return c
      }
    }
  }
}
