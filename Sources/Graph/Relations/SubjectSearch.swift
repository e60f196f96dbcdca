/// Where the rules look for a cue's subject: before the verb (SVO), right after it (VSO),
/// through appositions, relative clauses, possessors and light verbs.
extension SentenceContext {
  /// True when the cue is a first-person verb ("ندعم", "we support").
  func isFirstPerson(_ cue: Lexicon.Match) -> Bool {
    if tokens[cue.tokenStart].kind == .arabic {
      return cue.entry.firstPerson
        || tokens[range.lowerBound..<cue.tokenStart].suffix(3).contains { $0.norm.sameBytes("نحن") }
    }
    return tokens[range.lowerBound..<cue.tokenStart].suffix(2).contains { $0.norm == "we" }
  }

  /// Where to look back for the author of the statement noun at `noun`: before it, or before
  /// a parenthetical between commas that separates it from its verb ("فأصدر، قبيل التئام
  /// مجلس الأمن، بياناً": the Council is not the author).
  func statementIssuer(_ noun: Int) -> Int {
    guard noun - 1 > range.lowerBound, tokens[noun - 1].kind == .comma,
      let open = (max(range.lowerBound, noun - 10)..<(noun - 1)).last(where: {
        tokens[$0].kind == .comma
      })
    else { return noun }
    return open
  }

  /// True when a relation verb introduces what its subject said: "حذر خامنئي السبت من أن
  /// بلاده ...", "Iran warned that ...". Its subject speaks for "بلاده" and "we" after it.
  func reportsSpeech(_ cue: Lexicon.Match) -> Bool {
    // The subject search is dear: first a complementizer must follow at all.
    guard cue.entry.frame == .verb,
      (cue.tokenEnd..<min(range.upperBound, cue.tokenEnd + 12)).contains(where: {
        isMarker($0, .complementizer)
      }),
      let (subj, after) = subject(of: cue), let last = subj.last
    else { return false }
    var j = after ? mentions[last].tokenEnd : cue.tokenEnd
    let end = min(range.upperBound, j + 4)
    while j < end {
      if isMarker(j, .complementizer) { return true }
      // "حذر من أن", "تحدث عن أن": the preposition of the verb before its clause.
      guard isMarker(j, .adverb) || isMarker(j, .nounBlock) else {
        return false
      }
      j += 1
    }
    return false
  }

  /// "نقلت الوكالة عن X قوله", "نقل عن X قولها": an Arabic speech noun after "عن" and the
  /// one quoted; the first actor after عن, within eight tokens before the cue.
  func quotedSource(before cue: Lexicon.Match) -> Int? {
    // The quote nouns are the speech cues that need a complementizer after them ("قوله إن").
    guard cue.entry.frame == .speech, cue.entry.needs == .complementizer else { return nil }
    let lo = max(range.lowerBound, cue.tokenStart - 8)
    guard
      let an = (lo..<cue.tokenStart).last(where: {
        tokens[$0].norm.sameBytes("\u{0639}\u{0646}")  // عن
      })
    else { return nil }
    return mentions.firstIndex { $0.tokenStart > an && $0.tokenEnd <= cue.tokenStart }
  }

  /// True when an Arabic speech verb is followed by a title ("وقال وزير ...", "وقال
  /// المتحدث ..."): someone speaks, and the caller found no actor for them.
  func hasUnnamedSpeaker(_ cue: Lexicon.Match) -> Bool {
    isArabic(cue.tokenStart) && cue.tokenEnd < range.upperBound
      && isMarker(cue.tokenEnd, .personHead)
  }

  /// The actor who speaks with speech cue `cue`: the one quoted after عن ("نقلت الوكالة عن X
  /// قوله"), the verb's subject, or the person named after the title that follows the verb
  /// ("وقال وزير الدولة لشؤون الإعلام، محمد المومني:"); nil when no actor is named.
  func speakerMention(of cue: Lexicon.Match) -> Int? {
    if let k = quotedSource(before: cue), !mentions[k].code.isEmpty { return k }
    // "«... دبابة إسرائيلية» وقال برهوم": an Arabic speech verb with و or ف starts a new clause;
    // an actor before it is not who speaks.
    if let (group, after) = subject(of: cue), let k = group.first, !mentions[k].code.isEmpty,
      after || !isArabic(cue.tokenStart) || !startsClause(cue)
    {
      return k
    }
    return hasUnnamedSpeaker(cue) ? titledSpeaker(after: cue) : nil
  }

  /// True when Arabic cue `cue` carries the conjunction و or ف: it starts a clause of its own.
  func startsClause(_ cue: Lexicon.Match) -> Bool {
    cue.proclitic.hasBytePrefix("\u{0648}") || cue.proclitic.hasBytePrefix("\u{0641}")
  }

  /// The person named after the title that follows a speech verb, before the quote or the
  /// complementizer: "وقال وزير الدولة لشؤون الإعلام الناطق باسم الحكومة، محمد المومني:".
  func titledSpeaker(after cue: Lexicon.Match) -> Int? {
    let end = min(range.upperBound, cue.tokenEnd + 16)
    for j in cue.tokenEnd..<end {
      if tokens[j].kind == .stop || tokens[j].kind == .quote || tokens[j].norm == ":"
        || isMarker(j, .complementizer)
      {
        return nil
      }
      if let m = mentions.firstIndex(where: { $0.tokenStart == j }), isPersonMention(mentions[m]) {
        return m
      }
    }
    return nil
  }

  /// Subject of a verb-like cue: nearest non-oblique mention before it in the clause, or the
  /// first mention right after it (VSO). Returns the group and whether it came after the verb.
  func subject(of cue: Lexicon.Match) -> (group: [Int], after: Bool)? {
    let arabic = isArabic(cue.tokenStart)
    // "الأزمة التي ضربت X", "the crisis that hit X": a relative verb's subject is its
    // antecedent, the word right before the relative pronoun.
    // "الصفقة التي وقعتها الولايات المتحدة": a pronoun on the verb takes the antecedent's
    // place as object, and the subject follows.
    let afterRelative =
      cue.tokenStart > range.lowerBound && isMarker(cue.tokenStart - 1, .relative)
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
    let resumptive = afterRelative && arabic && !cue.enclitic.isEmpty
    if afterRelative, !resumptive {
      // "Qatar, which backs ...": in English a comma may stand before the pronoun when the
      // antecedent is no preposition's object ("the attack on Syria, which killed"). (Not in
      // Arabic: after "، التي" the verb's own subject may follow, "التي قتلت فيها القوات".)
      let r = cue.tokenStart - 1
      var before = mentions.lastIndex(where: { $0.tokenEnd == r })
      if before == nil, !arabic, r - 1 >= range.lowerBound, tokens[r - 1].kind == .comma,
        let k = mentions.lastIndex(where: { $0.tokenEnd == r - 1 }),
        !isOblique(mentions[groupBackward(k).first ?? k])
      {
        before = k
      }
      guard let k = before else {
        // "Al-Shabaab claimed the attack, which killed ...": the act's author did it.
        return attackAuthor(antecedentOf: cue.tokenStart - 1).map { (groupBackward($0), false) }
      }
      return (groupBackward(k), false)
    }
    if !resumptive,
      let k = nearestBefore(
        cue.tokenStart, sameClause: true, subjectsOnly: true, maxDistance: arabic ? 4 : 10),
      !hasCase(mentions[k], "\u{064A}\u{064A}\u{0646}"),  // -iyyīn is no subject
      // Arabic news is mostly VSO: an actor right after the verb ("اتهم جنبلاط حزب الله")
      // is its subject rather than one a few words before ("صحيفة الشرق الأوسط السعودية").
      !(arabic
        && (mentions[k].tokenEnd..<cue.tokenStart).contains(where: {
          tokens[$0].isWord && !isMarker($0, .adverb)
        }) && vsoSubject(cue) != nil)
    {
      return (groupBackward(k), false)
    }
    // "The US commander, General X, held talks with ...": an apposition between commas stands
    // between the subject and its verb.
    if !arabic, let k = subjectBeforeApposition(cue.tokenStart) {
      return (groupBackward(k), false)
    }
    // "عملية جوية للقوات الفرنسية استهدفت ...": the event's ل-genitive is the agent.
    if arabic,
      let k = nearestBefore(
        cue.tokenStart, sameClause: true, subjectsOnly: false, maxDistance: 0),
      let g = eventGenitive(mentions[k])
    {
      return (groupBackward(g), false)
    }
    if arabic, let k = subjectBeforeRelative(cue) {
      return (groupBackward(k), false)
    }
    if arabic, let k = vsoSubject(cue) {
      return (groupForward(k), true)
    }
    // "اتهم العقيد سعيد الخالدي، المتحدث باسم التحالف العربي، الحوثيين": a name no actor
    // names, then a title apposition; the title's actor speaks for the subject.
    if arabic, let (k, _) = appositionSubject(cue) {
      return (groupForward(k), true)
    }
    return nil
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
      !isOblique(mentions[groupBackward(k).first ?? k])
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
      isMarker(j, .auxiliary) || isMarker(j, .passiveAux) || tokens[j].norm.hasByteSuffix("ly")
    {
      if isMarker(j, .passiveAux) { sawBe = true }
      j -= 1
    }
    guard sawBe, j >= range.lowerBound else { return nil }
    if let k = mentions.lastIndex(where: { $0.tokenEnd == j + 1 }),
      !isOblique(mentions[groupBackward(k).first ?? k])
    {
      return k
    }
    return tokens[j].kind == .comma ? subjectBeforeApposition(j + 1) : nil
  }

  /// The comma closing a title apposition that opens with the comma at `i` ("،
  /// المتحدث باسم التحالف العربي الذي تقوده السعودية،"): a title word right after it, the
  /// closing comma within 16 tokens, no sentence end, quote or complementizer between, and no
  /// title right after it (a list of office holders goes on: "، ووزير الدفاع").
  func titleAppositionEnd(at i: Int) -> Int? {
    guard i + 1 < range.upperBound, tokens[i].kind == .comma, isArabic(i + 1),
      isMarker(i + 1, .personHead)
    else { return nil }
    var j = i + 2
    while j < min(range.upperBound, i + 16) {
      switch tokens[j].kind {
      case .comma:
        guard j + 1 < range.upperBound, !isMarker(j + 1, .personHead) else { return nil }
        return j
      case .stop, .quote: return nil
      default:
        if isMarker(j, .complementizer) { return nil }
      }
      j += 1
    }
    return nil
  }

  /// The comma closing a title apposition right after the VSO subject `subj` or around it:
  /// the verb's object comes after it.
  func appositionClose(_ cue: Lexicon.Match, subject subj: [Int]) -> Int? {
    guard isArabic(cue.tokenStart), let last = subj.last else { return nil }
    if let c = titleAppositionEnd(at: mentions[last].tokenEnd) { return c }
    if let (k, c) = appositionSubject(cue), subj.contains(k) { return c }
    return parentheticalEnd(opening: mentions[last].tokenEnd)
  }

  /// The title apposition of an Arabic VSO subject: the first actor in it and the comma that
  /// closes it. Before the apposition stand at most four words: a name no actor names, or
  /// one that does (then it is the subject: "العقيد الركن تركي المالكي، المتحدث باسم ...").
  func appositionSubject(_ cue: Lexicon.Match) -> (actor: Int, close: Int)? {
    var i = cue.tokenEnd
    var named: Int?  // "العقيد الركن تركي المالكي،": a known name after rank words
    while i < min(range.upperBound, cue.tokenEnd + 5), tokens[i].kind == .arabic,
      !isMarker(i, .preposition), !isMarker(i, .complementizer)
    {
      if let m = mentions.firstIndex(where: { $0.tokenStart == i }) {
        named = m
        i = mentions[m].tokenEnd
        break
      }
      i += 1
    }
    guard i > cue.tokenEnd, let close = titleAppositionEnd(at: i) else { return nil }
    if let named, !mentions[named].code.isEmpty { return (named, close) }
    // "رئيس منظمة ... في لبنان": a place in the title is no affiliation.
    guard let k = mentions.firstIndex(where: { $0.tokenStart > i && $0.tokenStart < close }),
      !mentions[k].code.isEmpty, !isLocative(mentions[k])
    else { return nil }
    return (k, close)
  }

  /// True when the mention, or the head noun its nisba qualifies, carries the genitive ل
  /// ("للرئيس الأمريكي", "لطائرات التحالف").
  func hasGenitiveLam(_ m: Mention) -> Bool {
    func lam(_ k: Int) -> Bool { tokens[k].readingPrepositions.contains(ReadingPrepositions.lam) }
    let head = m.tokenStart - 1
    // Merged appositions ("البيت الأبيض للرئيس الأمريكي ترامب") carry it inside.
    return (m.tokenStart..<m.tokenEnd).contains(where: lam)
      || (head >= range.lowerBound && tokens[head].kind == .arabic && lam(head)
        && !mentions.contains { $0.tokenStart <= head && head < $0.tokenEnd })
  }

  /// English: when the verb opens its clause (only auxiliaries or adverbs before it) right
  /// after a clause that is an apposition ("X, the group's leader, said"), the subject is the
  /// last actor of the clause before the apposition, or the apposition's own person.
  func subjectBeforeApposition(_ i: Int) -> Int? {
    let c = clauseOf(i)
    guard c >= 1 else { return nil }
    var j = i - 1
    while j >= range.lowerBound, clauseOf(j) == c {
      guard tokens[j].kind == .latin, !tokens[j].capitalized,
        isMarker(j, .auxiliary) || tokens[j].norm.hasByteSuffix("ly")
      else {
        if tokens[j].kind == .comma { break }
        return nil
      }
      j -= 1
    }
    // j is the comma closing the apposition; the apposition is clause c - 1.
    guard j > range.lowerBound, tokens[j].kind == .comma, tokens[j].norm == "," else { return nil }
    let apposition = c - 1
    let inApposition = mentions.indices.filter { clauseOf(mentions[$0].tokenStart) == apposition }
    let before = mentions.indices.filter {
      mentions[$0].tokenEnd <= j && clauseOf(mentions[$0].tokenStart) == apposition - 1
    }
    // The apposition must follow its head directly: "X, the Y of Z," or "X, General Y,".
    func subjectLike(_ k: Int) -> Bool { !isOblique(mentions[groupBackward(k).first ?? k]) }
    guard apposition >= 1, !before.isEmpty else {
      return inApposition.first(where: subjectLike)
    }
    return before.last(where: subjectLike)
  }

  /// Arabic VSO subject: the actor after the verb, next to it (see `subjectReachable`). A verb
  /// before its subject is singular: "يقتلون الجزائريين" has its subject in the verb.
  func vsoSubject(_ cue: Lexicon.Match) -> Int? {
    guard isArabic(cue.tokenStart), !isPluralVerb(cue),
      let k = firstAfter(cue.tokenEnd, sameClause: true, maxDistance: 4),
      !isOblique(mentions[k]), subjectReachable(from: cue.tokenEnd, to: mentions[k].tokenStart),
      !hasCase(mentions[k], "\u{064A}\u{064A}\u{0646}")  // -iyyīn is no subject
    else { return nil }
    return k
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
    guard tokens[carrier].readingPrepositions.contains(ReadingPrepositions.lam),
      (max(range.lowerBound, j - 3)..<j).contains(where: { isMarker($0, .eventNoun) })
    else { return nil }
    return mentions.firstIndex(of: m)
  }

  /// The noun an Arabic light verb launches: the head before "التي/الذي" when the verb opens
  /// a relative clause ("الحملة الإعلامية التركية التي شنت"), else the first word after the
  /// verb and its subject ("شنت تركيا هجوما").
  func launchedNoun(_ cue: Lexicon.Match) -> Int? {
    if cue.tokenStart > range.lowerBound, isMarker(cue.tokenStart - 1, .relative) {
      var j = cue.tokenStart - 2
      while j >= range.lowerBound {
        let inMention = mentions.contains { $0.tokenStart <= j && j < $0.tokenEnd }
        let adjective =
          tokens[j].kind == .arabic
          && (looksLikeNisba(tokens[j].norm) || tokens[j].norm.hasBytePrefix("\u{0648}"))
        guard inMention || adjective || tokens[j].kind == .quote else { break }
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

  /// True when a comma or a relative pronoun follows the group ("وحذرت واشنطن، التي ..."): it
  /// is a subject being described, not an object.
  func appositionFollows(_ group: [Int]) -> Bool {
    guard let last = group.last else { return false }
    let j = mentions[last].tokenEnd
    return j < range.upperBound && (tokens[j].kind == .comma || isMarker(j, .relative))
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
    var w = tokens[cue.tokenStart].norm
    if !cue.enclitic.isEmpty {
      w = String(w.unicodeScalars.dropLast(cue.enclitic.unicodeScalars.count))
    }
    return w.hasByteSuffix("\u{0648}\u{0646}") || w.hasByteSuffix("\u{0648}\u{0627}")
  }

  /// True when the mention's last word ends in `suffix` (sound plural nisba case endings:
  /// "يين" accusative/genitive, "يون" nominative).
  func hasCase(_ m: Mention, _ suffix: String) -> Bool {
    tokens[m.tokenEnd - 1].kind == .arabic && tokens[m.tokenEnd - 1].norm.hasByteSuffix(suffix)
  }

  /// A folded Arabic word ending like a singular nisba adjective (ـي، ـية).
  func looksLikeNisba(_ word: String) -> Bool {
    let w = Array(word.unicodeScalars)
    guard w.count >= 5 else { return false }
    let yeh: Unicode.Scalar = "\u{064A}"
    let heh: Unicode.Scalar = "\u{0647}"
    return w[w.count - 1] == yeh || (w[w.count - 1] == heh && w[w.count - 2] == yeh)
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
      tokens[k].kind == .arabic && ArabicClitics.hasArticleReading(tokens[k].norm)
    }
    var j = from
    while j < to, skippable(j) { j += 1 }
    var heads = 0
    var lastHead = -1
    while j < to, tokens[j].kind == .arabic, !isMarker(j, .adverb) {
      // "استهدفت مواقع حفتر": positions, towns and bases are what is hit, not who hits.
      if isMarker(j, .targetHead) { return false }
      // "انتقد الدعم الروسي لحفتر": a definite cue noun is what the verb acts on; the nisba
      // after it is that noun's agent, not the verb's subject.
      if tokens[j].lex.may(TokenLex.cue), definite(j) { return false }
      // "واتهمها بتدمير لبنان": a word with ب/ل/ك opens a phrase of its own.
      // (Every reading but the word itself has ب/ل/ك: a proclitic after و/ف is one of them
      // or nothing.)
      let preps = tokens[j].readingPrepositions
      if preps.count > 1, (1..<preps.count).allSatisfy({ preps[$0] != 0 }) {
        return false
      }
      heads += 1
      lastHead = j
      let closes = definite(j)
      j += 1
      while j < to, tokens[j].kind == .other { j += 1 }
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
    if heads > 0, j < to, definite(j), looksLikeNisba(tokens[j].norm) { j += 1 }
    while j < to, skippable(j) { j += 1 }
    return j == to
  }

  /// The first mention of the sentence before token `i` that is not the object of a
  /// preposition: the main clause's subject in news English ("Last week, Taliban fighters ...").
  func mainSubject(before i: Int) -> Int? {
    mentions.indices.first { k in
      mentions[k].tokenEnd <= i && !isOblique(mentions[groupBackward(k).first ?? k])
    }
  }

  /// English: the mention a relative pronoun right before token `i` refers to ("X, which",
  /// "X -- despite ... -- which"), if the pronoun is "which"/"whom" and the antecedent is next
  /// to it.
  func relativeAntecedent(before i: Int) -> Int? {
    var j = i - 1
    guard j > range.lowerBound, ["which", "whom"].contains(tokens[j].norm) else { return nil }
    j -= 1
    if tokens[j].kind == .comma, tokens[j].norm == "," { j -= 1 }
    // Skip a parenthetical between dashes: "the Kabul government -- despite U.S. pleas --".
    if j >= range.lowerBound, tokens[j].kind == .quote,
      ["-", "\u{2014}", "\u{2013}"].contains(tokens[j].norm)
    {
      var k = j - 1
      while k > range.lowerBound, !(tokens[k].kind == .quote && tokens[k].norm == tokens[j].norm) {
        k -= 1
      }
      while k > range.lowerBound, tokens[k - 1].kind == .quote, tokens[k - 1].norm == tokens[j].norm
      {
        k -= 1
      }
      j = k - 1
    }
    guard j >= range.lowerBound else { return nil }
    return mentions.lastIndex { $0.tokenEnd == j + 1 }
  }

  /// Index of the word before token `i`, skipping quotes and hashtag marks (or `i - 1`).
  func previousWord(_ i: Int) -> Int {
    var j = i - 1
    while j > range.lowerBound, tokens[j].kind == .quote || tokens[j].kind == .other { j -= 1 }
    return j
  }

  /// English possessor of the noun starting at `i`: "Turkey's support", "Trump's phone call",
  /// "the rebels' attacks" (at most two modifiers between the possessive and the noun).
  func possessor(before i: Int) -> Int? {
    var j = i - 1
    while j >= range.lowerBound, i - j <= 2, tokens[j].kind == .latin, !tokens[j].capitalized,
      tokens[j].norm != "s", !isMarker(j, .preposition)
    {
      j -= 1
    }
    guard j >= range.lowerBound else { return nil }
    var end = j + 1  // token after the possessive mark
    if tokens[j].norm == "s", j - 1 >= range.lowerBound, tokens[j - 1].kind == .quote {
      end = j - 1
    } else if tokens[j].kind == .quote, tokens[j].norm != "\"" {
      end = j  // plural possessive: "the militants'"
    } else {
      return nil
    }
    return mentions.lastIndex { $0.tokenEnd == end }
  }

  /// English: who carried out the act of force a relative pronoun at `r` refers to ("X claimed
  /// the attack, which killed ...", "X carried out a strike that hit ...", "the militants'
  /// attack, which ...", "an Israeli strike, which ..."): the act's possessor, the subject of
  /// the light verb or claim whose object it is, or a nisba or name right before it ("a US
  /// drone strike"). Nil when the act is only named ("X condemned the attack, which ...").
  func attackAuthor(antecedentOf r: Int) -> Int? {
    var a = r - 1
    if a >= range.lowerBound, tokens[a].kind == .comma { a -= 1 }
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

  /// English: a verb of taking part, whose "in" comes before the act ("participated in the
  /// strikes on", "took part in", "joined in").
  func takesPart(_ j: Int) -> Bool {
    guard j + 1 < range.upperBound, tokens[j + 1].norm == "in" else { return false }
    let n = tokens[j].norm
    return n.hasPrefix("participat") || n == "part" || n == "joined"
  }

  /// Arabic: "NOUN التي تشنها X ضد Y": the subject of a light verb in a relative clause right
  /// after the noun, with the token where its object may start.
  func relativeLightVerbSubject(after i: Int) -> (Int, Int)? {
    var j = i
    while j < range.upperBound, isMarker(j, .adverb) || tokens[j].kind == .quote { j += 1 }
    guard j + 1 < range.upperBound, isMarker(j, .relative),
      ArabicClitics.splitEnclitic(tokens[j + 1].norm).contains(where: {
        !$0.enclitic.isEmpty && lexicon.isMarker($0.stem, .lightVerb, arabic: true)
      }),
      let k = firstAfter(j + 2, sameClause: true, maxDistance: 2),
      subjectReachable(from: j + 2, to: mentions[k].tokenStart)
    else { return nil }
    let group = groupForward(k)
    return (k, mentions[group.last ?? k].tokenEnd)
  }

  /// Arabic: the subject of a light verb right before the noun cue at `i` ("شنت تركيا غارات
  /// على", "تركيا تشن غارات", "الجيش الذي ينفذ بانتظام غارات", "أعرب X عن رفضه ل..."): the
  /// verb's own subject.
  func arabicLightVerbSubject(before i: Int) -> Int? {
    // The verb, adverbs and its VSO subject may stand between: walk back to the verb.
    var j = i - 1
    var subjectAfterVerb: Int? = nil
    var skipped = 0  // tokens of parentheticals and time phrases passed over
    while j >= range.lowerBound, i - j - skipped <= 7 {
      if isMarker(j, .lightVerb) { break }
      // "أعرب X عن رفضه ل...", "أعلنت عن دعمها ...": the verb's "عن" stands before the noun;
      // "أعلنت X مسؤوليتها عن الهجوم على": so does a claim of responsibility.
      if j == i - 1, tokens[j].norm.sameBytes("\u{0639}\u{0646}") {
        j -= 1
        if j >= range.lowerBound, isMarker(j, .responsibility) { j -= 1 }
        continue
      }
      // "شاركت قوات الحشد في قتال تنظيم الدولة": the "في" of a verb of taking part.
      if j == i - 1, tokens[j].norm.sameBytes("\u{0641}\u{064A}") {
        j -= 1
        continue
      }
      if let k = mentions.lastIndex(where: { $0.tokenStart <= j && j < $0.tokenEnd }) {
        subjectAfterVerb = subjectAfterVerb ?? k
        j = mentions[k].tokenStart - 1
        // "شن الطيران الإسرائيلي فجر اليوم غارات": the noun a nisba describes is the subject's.
        if mentions[k].form == .adjective, j > range.lowerBound, tokens[j].kind == .arabic,
          !isMarker(j, .preposition), !isMarker(j, .lightVerb),
          !mentions.contains(where: { $0.tokenStart <= j && j < $0.tokenEnd })
        {
          j -= 1
        }
        continue
      }
      // "أجرى أردوغان، مساء الأحد، اتصالا": a parenthetical of time or place.
      if tokens[j].kind == .comma, let o = parentheticalStart(closing: j) {
        skipped += j - o + 1
        j = o - 1
        continue
      }
      // "وفرضت الولايات المتحدة في وقت سابق عقوبات": a time phrase.
      if let p = (max(range.lowerBound, j - 4)...j).first(where: {
        isMarker($0, .preposition) && opensTimePhrase($0)
      }), !mentions.contains(where: { $0.tokenStart >= p && $0.tokenStart <= j }) {
        skipped += j - p + 1
        j = p - 1
        continue
      }
      // A title before the subject's name ("الرئيس الإيراني أحمدي نجاد") belongs to it.
      let title = subjectAfterVerb != nil && isMarker(j, .personHead)
      guard isMarker(j, .adverb) || tokens[j].kind == .quote || title else { return nil }
      j -= 1
    }
    guard j >= range.lowerBound, isMarker(j, .lightVerb) else { return nil }
    if let k = subjectAfterVerb {
      return subjectReachable(from: j + 1, to: mentions[k].tokenStart) ? k : nil
    }
    if j > range.lowerBound, isMarker(j - 1, .relative) {
      return mentions.lastIndex { $0.tokenEnd == j - 1 }
    }
    return nearestBefore(j, sameClause: true, subjectsOnly: true, maxDistance: 3)
  }

  /// English: the subject of a light verb whose object is the noun cue at `i` ("Afghan and US
  /// troops have increased operations against", "Bin Laden orchestrated the attacks on"): the
  /// nearest subject before it in the clause, with a light verb (markers `light_verb`) and no
  /// preposition in between.
  /// "claimed responsibility for the attack on": the preposition of a claim of responsibility
  /// may stand between.
  func lightVerbSubject(before i: Int) -> Int? {
    // "pledged $50 million in aid to": an amount and its "in"/"of" stand before the noun.
    func amount(_ j: Int) -> Bool {
      isNumber(j) || (tokens[j].kind == .other && j + 1 < i && tokens[j + 1].kind == .number)
    }
    guard
      let k = nearestBefore(i, sameClause: true, subjectsOnly: true, maxDistance: 10),
      mentions[k].tokenEnd < i,
      !(mentions[k].tokenEnd..<i).contains(where: {
        guard !amount($0) else { return false }
        // "to" of an infinitive light verb ("vowed to launch strikes on") is no preposition.
        let infinitive = tokens[$0].norm == "to" && isMarker($0 + 1, .lightVerb)
        return
          (isMarker($0, .preposition) && !infinitive
          && !($0 > range.lowerBound
            && (isMarker($0 - 1, .responsibility) || amount($0 - 1) || takesPart($0 - 1))))
          || isMarker($0, .relative) || tokens[$0].kind != .latin
      }),
      (mentions[k].tokenEnd..<i).contains(where: { isMarker($0, .lightVerb) })
    else { return nil }
    return k
  }
}
