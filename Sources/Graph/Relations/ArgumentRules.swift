/// The argument rules: for a cue and its frame, which mentions are source and target.
extension SentenceContext {
  func pairs(_ sources: [Int], _ targets: [Int], rule: String, confidence: Double = 1.0)
    -> [Candidate]
  {
    var out: [Candidate] = []
    for s in sources {
      for t in targets where mentions[s].code != mentions[t].code {
        out.append(
          Candidate(
            source: Argument(mentions[s]), target: Argument(mentions[t]), rule: rule,
            confidence: confidence))
      }
    }
    return out
  }

  func allPairs(_ group: [Int], rule: String) -> [Candidate] {
    var out: [Candidate] = []
    for a in group.indices {
      for b in group.indices where b > a {
        out += pairs([group[a]], [group[b]], rule: rule)
      }
    }
    return out
  }

  func codes(_ group: [Int]) -> Set<String> { Set(group.map { mentions[$0].code }) }

  /// True when the cue is a first-person verb ("ندعم", "we support").
  func isFirstPerson(_ cue: Lexicon.Match) -> Bool {
    if tokens[cue.tokenStart].kind == .arabic {
      let stem = String(
        tokens[cue.tokenStart].norm.unicodeScalars.dropFirst(
          cue.proclitic.unicodeScalars.count))
      return stem.hasBytePrefix("\u{0646}") && !cue.entry.form.hasPrefix("ن")
        || tokens[range.lowerBound..<cue.tokenStart].suffix(3).contains { $0.norm.sameBytes("نحن") }
    }
    return tokens[range.lowerBound..<cue.tokenStart].suffix(2).contains { $0.norm == "we" }
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
    let resumptive = afterRelative && arabic && !cue.enclitic.isEmpty
    if afterRelative, !resumptive {
      guard let k = mentions.lastIndex(where: { $0.tokenEnd == cue.tokenStart - 1 }) else {
        return nil
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
    if arabic, let k = vsoSubject(cue) {
      return (groupForward(k), true)
    }
    return nil
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
    func definite(_ k: Int) -> Bool {
      tokens[k].articleReadings.contains { $0.proclitic.hasByteSuffix(ArabicClitics.article) }
    }
    var j = from
    while j < to, skippable(j) { j += 1 }
    var heads = 0
    var lastHead = -1
    while j < to, tokens[j].kind == .arabic, !isMarker(j, .adverb) {
      // "استهدفت مواقع حفتر": positions, towns and bases are what is hit, not who hits.
      if isMarker(j, .targetHead) { return false }
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

  /// Object of a verb-like cue after `start` (excluding the subject's codes).
  /// A verb's object is never inside a relative clause ("criticised the deal that X signed");
  /// a noun's may be (`throughRelative`: "aid that was meant for Ukraine").
  /// `coAgents`: "مع"/"with" before the actor makes it a co-agent ("دعم النص مع سفراء X"),
  /// not the object.
  func object(
    after start: Int, excluding: Set<String>, maxDistance: Int = 8, throughRelative: Bool = false,
    coAgents: Bool = false
  ) -> [Int]? {
    let clauseOfCue = clauseOf(max(range.lowerBound, min(start, range.upperBound) - 1))
    guard
      let k = firstAfter(
        start, sameClause: true, maxDistance: maxDistance, excluding: excluding,
        clauseOfCue: clauseOfCue),
      // "وكذا روسيا", "والسلطة الفلسطينية" after another noun: a coordinated member, not
      // the object.
      !(isArabic(mentions[k].tokenStart) && mentions[k].proclitic.hasBytePrefix("\u{0648}")
        && mentions[k].tokenStart > start),
      !hasCase(mentions[k], "\u{064A}\u{0648}\u{0646}"),  // -iyyūn is nominative: no object
      !(start..<mentions[k].tokenStart).contains(where: {
        tokens[$0].kind == .arabic && tokens[$0].norm.hasBytePrefix("\u{0648}") && isMarker($0, .also)
      }),
      !isLocative(mentions[k]) || isContentSource(mentions[k]),
      !(start..<mentions[k].tokenStart).contains(where: {
        isMarker($0, .objectStop) || (!throughRelative && isMarker($0, .relative))
          || (!throughRelative && isMarker($0, .locative) && !isContentSource(mentions[k]))
          || (coAgents && isMarker($0, .with))
      }),
      // "إدانة الأردن للحصار على لبنان", "condemned the attack on X": an event between names
      // what was condemned; the actor after its على/on is the event's target, not ours.
      !eventBetween(start, mentions[k].tokenStart)
    else { return nil }
    return groupForward(k).filter { !excluding.contains(mentions[$0].code) }
  }

  /// Arabic: the verb's object is next to it: adverbs, at most two words (the noun whose
  /// genitive or nisba the actor is: "تصريحات ترامب", "نسخة المحققين الهولنديين") and at most one
  /// preposition ("ضد X", "التفاوض مع X"). Further away it belongs to something else ("منح
  /// الأوروبيين مزيدا من الوقت لإقناع إيران").
  func objectNearby(_ start: Int, _ end: Int) -> Bool {
    var words = 0
    var prepositions = 0
    for j in start..<end
    where tokens[j].isWord && !isMarker(j, .adverb) && !isMarker(j, .numberWord) {
      if isMarker(j, .preposition) { prepositions += 1 } else { words += 1 }
    }
    return words <= 2 && prepositions <= 1
  }

  /// True when an event noun followed by على/ضد/on/against stands in `start..<end`.
  func eventBetween(_ start: Int, _ end: Int) -> Bool {
    guard end - start >= 2 else { return false }
    return (start..<(end - 1)).contains { j in
      isMarker(j, .attackNoun) && (j + 1..<end).contains { isMarker($0, .eventTarget) }
    }
  }

  /// "the claim from Berlin", "accusations by Ankara": the author of words rejected or
  /// condemned is the one they are aimed at.
  func isContentSource(_ m: Mention) -> Bool {
    let j = m.tokenStart - 1
    guard j - 1 >= range.lowerBound, ["from", "by", "of"].contains(tokens[j].norm) else {
      return false
    }
    return isMarker(j - 1, .contentNoun)
  }

  /// True when a locative or other non-object preposition (في، من، in, from, ...) governs
  /// the mention: such an actor is a place or a partitive, not the verb's object.
  func isLocative(_ m: Mention) -> Bool {
    var j = m.tokenStart - 1
    while j > range.lowerBound, tokens[j].kind == .other || tokens[j].kind == .quote { j -= 1 }
    // "شمال بغداد", "جنوب لبنان": north of, south of.
    if j >= range.lowerBound, m.form == .name, isMarker(j, .direction) { return true }
    if m.form == .adjective, j >= range.lowerBound, tokens[j].isWord, !isMarker(j, .preposition) {
      j -= 1
    }
    guard j >= range.lowerBound else { return false }
    if tokens[j].norm.sameBytes("\u{0645}\u{0646}"), j > range.lowerBound,
      tokens[j - 1].norm.sameBytes("\u{0643}\u{0644}")
    {
      return false  // "كل من X و Y"
    }
    return isMarker(j, .locative)
  }

  /// `speaker` is the last speaker of the document; `localSpeaker` the one named in this
  /// sentence.
  func verbRule(
    _ cue: Lexicon.Match, speaker: Argument?, localSpeaker: Argument? = nil,
    previousSubject: [Argument]
  ) -> [Candidate] {
    let arabic = isArabic(cue.tokenStart)
    // "شن" and its kind take their sense from the noun they launch: "شنت هجوما" strikes,
    // "الحملة الإعلامية التي شنت ضد" does not.
    if arabic, cue.entry.relation == .strikes, isMarker(cue.tokenStart, .lightVerb),
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
    if arabic, cue.tokenStart > range.lowerBound,
      isMarker(previousWord(cue.tokenStart), .lightVerb)
    {
      return nounRule(cue)
    }
    if arabic, let k = firstAfter(cue.tokenEnd, sameClause: true, maxDistance: 0),
      let l = mentions.firstIndex(where: {
        $0.tokenStart >= mentions[k].tokenEnd && $0.tokenStart - mentions[k].tokenEnd <= 1
      }),
      l != k, mentions[l].proclitic.drop(while: { $0 == "\u{0648}" }).hasPrefix("\u{0644}")
    {
      return nounRule(cue)
    }
    // "an attack by ...", "their support": a determiner makes the word a noun; so does one
    // before an actor's name ("an Islamic State target", "the US strike").
    if !arabic, cue.tokenStart > range.lowerBound, isMarker(cue.tokenStart - 1, .determiner) {
      return []
    }
    if !arabic, let m = mentions.last(where: { $0.tokenEnd == cue.tokenStart }),
      m.actor == m.code, m.tokenStart > range.lowerBound, isMarker(m.tokenStart - 1, .determiner),
      !tokens[cue.tokenStart].norm.hasByteSuffix("ed"), !isMarker(cue.tokenStart, .pastIrregular)
    {
      return []
    }
    if !arabic, isEnglishPassive(cue) {
      return englishPassiveRule(cue)
    }
    if let speaker, isFirstPerson(cue) || (hasPronounSubject(cue) && subject(of: cue) == nil) {
      guard let obj = object(after: cue.tokenEnd, excluding: [speaker.code]) else { return [] }
      return speakerPairs(speaker, obj, rule: "reported-speech")
    }
    if !cue.enclitic.isEmpty && arabic,
      let subj = firstAfter(cue.tokenEnd, sameClause: true, maxDistance: 3),
      !isOblique(mentions[subj]),
      subjectReachable(from: cue.tokenEnd, to: mentions[subj].tokenStart)
    {
      // "التي تدعمها تركيا": the pronoun's antecedent is the object, the subject follows.
      // After a relative pronoun the antecedent is the noun before it ("الاتفاق الذي تسانده
      // الأمم المتحدة": an agreement, no actor).
      let afterRelative =
        cue.tokenStart > range.lowerBound && isMarker(cue.tokenStart - 1, .relative)
      if let ante = afterRelative
        ? mentions.lastIndex(where: { $0.tokenEnd == cue.tokenStart - 1 })
        : nearestBefore(cue.tokenStart, sameClause: false, subjectsOnly: false, maxDistance: 4)
      {
        return pairs(groupForward(subj), [ante], rule: "verb+object-pronoun")
      }
      // "العمليات التي تشنها تركيا ضد X": the antecedent is no actor; the object follows.
      guard afterRelative else { return [] }
    }
    // "انتقد الفيصل إسرائيل واتهمها ...": a coordinated verb with a pronoun object: the earlier
    // subject acts on the actor named just before.
    if arabic, !cue.enclitic.isEmpty, cue.proclitic.hasBytePrefix("\u{0648}"),
      let src = previousSubject.first ?? localSpeaker,
      let ante = nearestBefore(
        cue.tokenStart, sameClause: false, subjectsOnly: false, maxDistance: 3),
      mentions[ante].code != src.code
    {
      return speakerPairs(src, [ante], rule: "verb-shared-subject+object-pronoun")
    }
    let coordinatedVerb =
      arabic && cue.proclitic.hasBytePrefix("\u{0648}")
      || cue.tokenStart > range.lowerBound && isMarker(cue.tokenStart - 1, .coordination)
    if !arabic, let (subj, _) = subject(of: cue), let first = subj.first,
      let ante = relativeAntecedent(before: mentions[first].tokenStart),
      object(after: cue.tokenEnd, excluding: codes(subj)) == nil
    {
      // "the Kabul government, which the Taliban dismisses as a puppet": the antecedent of
      // the relative pronoun is the object.
      return pairs(subj, groupBackward(ante), rule: "verb-relative-object")
    }
    if !arabic, subject(of: cue) == nil, tokens[cue.tokenStart].norm.hasByteSuffix("ing"),
      clauseOf(cue.tokenStart) > 0, cue.tokenStart > range.lowerBound,
      tokens[cue.tokenStart - 1].kind == .comma,
      let k = mainSubject(before: cue.tokenStart),
      let obj = object(after: cue.tokenEnd, excluding: codes(groupBackward(k)))
    {
      // "..., lambasting Washington": a participle clause takes the sentence's subject.
      return pairs(groupBackward(k), obj, rule: "verb-participle")
    }
    if let (subj, after) = subject(of: cue) {
      // "باريس تعارض التدخل التركي وتدعم حفتر": a coordinated verb whose nearest actor is the
      // previous verb's object shares the previous verb's subject.
      if coordinatedVerb, !after, !previousSubject.isEmpty,
        let prevEnd = previousSubject.last?.tokenEnd,
        subj.allSatisfy({ mentions[$0].tokenStart > prevEnd }),
        let obj = object(after: cue.tokenEnd, excluding: Set(previousSubject.map(\.code)))
      {
        return previousSubject.flatMap { speakerPairs($0, obj, rule: "verb-shared-subject") }
      }
      var last = subj.last.map { mentions[$0].tokenEnd } ?? cue.tokenEnd
      // "حذر رئيس كتلة تيار المستقبل سعد الحريري": a person named right after the subject is
      // the subject again (title and name), not the object.
      if after, let next = mentions.first(where: { $0.tokenStart == last }), isPersonMention(next),
        let first = subj.first, mentions[first].tokenStart > range.lowerBound,
        isMarker(mentions[first].tokenStart - 1, .personHead)
      {
        last = next.tokenEnd
      }
      let from = after ? last : cue.tokenEnd
      if let obj = object(
        after: from, excluding: codes(subj), coAgents: cue.entry.relation == .supports),
        !arabic || objectNearby(from, mentions[obj[0]].tokenStart)
      {
        return pairs(subj, obj, rule: after ? "verb-vso" : "verb-svo")
      }
      // "ويدعم حفتر" after "تنتقد روسيا ...": the actor after the second verb is its object.
      // Only a subject or speaker of this sentence is shared; one named sentences earlier is not.
      if after, coordinatedVerb,
        !subj.contains(where: { hasCase(mentions[$0], "\u{064A}\u{0648}\u{0646}") }),
        let first = subj.first, mentions[first].tokenStart == cue.tokenEnd,
        !appositionFollows(subj),
        let src = previousSubject.first ?? localSpeaker
      {
        return speakerPairs(src, subj, rule: "verb-shared-subject")
      }
      return []
    }
    if coordinatedVerb, let src = previousSubject.first ?? speaker,
      let obj = object(after: cue.tokenEnd, excluding: [src.code])
    {
      return speakerPairs(src, obj, rule: "verb-shared-subject")
    }
    return []
  }

  /// "were killed", "has been backed", "is being attacked": a form of "be" (adverbs between
  /// allowed) before an English verb cue makes it passive.
  func isEnglishPassive(_ cue: Lexicon.Match) -> Bool {
    var j = cue.tokenStart - 1
    while j >= range.lowerBound, tokens[j].kind == .latin, tokens[j].norm.hasByteSuffix("ly"),
      cue.tokenStart - j <= 2
    {
      j -= 1
    }
    return j >= range.lowerBound && isMarker(j, .passiveAux)
  }

  /// English passive verb: the subject is the target; the source is the "by" agent or an actor
  /// modifying the event noun after it ("killed in a US operation", "hit by Israeli fire").
  func englishPassiveRule(_ cue: Lexicon.Match) -> [Candidate] {
    guard
      let t = nearestBefore(cue.tokenStart, sameClause: true, subjectsOnly: true, maxDistance: 8),
      let s = firstAfter(cue.tokenEnd, sameClause: true, maxDistance: 6)
    else { return [] }
    let m = mentions[s]
    let j = m.tokenStart
    // "by X", "by the X", "in an attack by X"
    let gap = Array(cue.tokenEnd..<j)
    let byAgent =
      gap.last.map { tokens[$0].norm == "by" } == true
      || (gap.count >= 2 && tokens[gap[gap.count - 1]].norm == "the"
        && tokens[gap[gap.count - 2]].norm == "by")
    let throughEvent =
      byAgent && gap.count > 2 && ["in", "during"].contains(tokens[gap[0]].norm)
      && gap.dropFirst().allSatisfy { tokens[$0].kind == .latin && !tokens[$0].capitalized }
    // "killed in a US strike", "in today's Taliban attack"
    let eventModifier =
      !gap.isEmpty && gap.count <= 5
      && ["in", "during", "by", "under"].contains(tokens[gap[0]].norm)
      && gap.dropFirst().allSatisfy {
        (tokens[$0].kind == .latin && !tokens[$0].capitalized) || tokens[$0].kind == .quote
      }
      && m.tokenEnd < range.upperBound && isMarker(m.tokenEnd, .eventNoun)
    guard (byAgent && (gap.count <= 2 || throughEvent)) || eventModifier else { return [] }
    return pairs(groupForward(s), groupBackward(t), rule: "verb-passive")
  }

  func demandRule(_ cue: Lexicon.Match, speaker: Argument?) -> [Candidate] {
    guard
      let k = nearestBefore(cue.tokenStart, sameClause: true, subjectsOnly: true, maxDistance: 6)
    else { return [] }
    let subj = groupBackward(k)
    guard let obj = object(after: cue.tokenEnd, excluding: codes(subj), maxDistance: 4) else {
      return []
    }
    return pairs(subj, obj, rule: "demand")
  }

  func speakerPairs(_ speaker: Argument, _ targets: [Int], rule: String) -> [Candidate] {
    targets.compactMap { t in
      mentions[t].code == speaker.code
        ? nil
        : Candidate(source: speaker, target: Argument(mentions[t]), rule: rule, confidence: 0.9)
    }
  }

  func nounRule(_ cue: Lexicon.Match) -> [Candidate] {
    let arabic = isArabic(cue.tokenStart)
    // "اشتباكات بين X و Y", "fighting between X and Y": each side acts on the other.
    if let group = betweenParticipants(
      in: cue.tokenEnd..<min(range.upperBound, cue.tokenEnd + 2), strict: true)
    {
      var out: [Candidate] = []
      for a in group {
        for b in group where mentions[a].code != mentions[b].code {
          out += pairs([a], [b], rule: "noun-between-mutual")
        }
      }
      return out
    }
    var source: [Int]?
    var searchFrom = cue.tokenEnd
    if arabic && !cue.enclitic.isEmpty,
      let ante = nearestBefore(
        cue.tokenStart, sameClause: false, subjectsOnly: false, maxDistance: 5),
      (mentions[ante].tokenEnd..<cue.tokenStart).allSatisfy({ k in
        tokens[k].kind == .comma || tokens[k].kind == .quote || isMarker(k, .adverb)
          || (tokens[k].kind == .arabic && looksLikeNisba(tokens[k].norm))
      })
    {
      source = [ante]  // "لدعمها حفتر": the possessor is the antecedent.
    } else if arabic, cue.proclitic.containsScalar(0x0644) || cue.proclitic.containsScalar(0x0628),
      !cue.proclitic.hasByteSuffix(ArabicClitics.article),
      let k = nearestBefore(cue.tokenStart, sameClause: false, subjectsOnly: true, maxDistance: 12),
      !(mentions[k].tokenEnd..<cue.tokenStart).contains(where: {
        isMarker($0, .complementizer) || tokens[$0].norm == "("
      }),
      // "خطة لدعم قوات الاتحاد": the purpose belongs to the plan, not to the clause's subject.
      !isMarker(previousWord(cue.tokenStart), .contentNoun)
    {
      source = groupBackward(k)  // "ل/ب" + verbal noun: a purpose or manner clause of the subject.
    } else if arabic, let k = arabicLightVerbSubject(before: cue.tokenStart) {
      source = groupBackward(k)  // "شنت تركيا غارات على", "مصر تعلن دعمها X"
    } else if arabic, let k = firstAfter(cue.tokenEnd, sameClause: true, maxDistance: 1),
      !isOblique(mentions[k]), !isMarker(previousWord(mentions[k].tokenStart), .between)
    {
      source = groupForward(k)  // "قصف تركي ل...", "دعم روسيا ل..."
      searchFrom = mentions[source?.last ?? k].tokenEnd
    } else if arabic, let (k, end) = relativeLightVerbSubject(after: cue.tokenEnd) {
      source = groupForward(k)  // "العمليات التي تشنها أنقرة ضد ..."
      searchFrom = end
    } else if !arabic, let k = possessor(before: cue.tokenStart) {
      source = groupBackward(k)  // "Trump's call with ...", "the militants' attacks on ..."
    } else if !arabic, let k = lightVerbSubject(before: cue.tokenStart) {
      source = groupBackward(k)  // "US troops have stepped up operations against ..."
    } else if !isMarker(previousWord(cue.tokenStart), .nounBlock),
      let k = nearestBefore(
        cue.tokenStart, sameClause: true, subjectsOnly: !arabic, maxDistance: 1),
      !(arabic && (hasLocativeProclitic(mentions[k]) || isLocative(mentions[k]))),
      // "دمشق منذ اغتيال": a time or place word between ends the actor's phrase.
      !(mentions[k].tokenEnd..<cue.tokenStart).contains(where: {
        isMarker($0, .locative) && !tokens[$0].norm.sameBytes("\u{0641}\u{064A}")
          || (tokens[$0].kind == .arabic && !isMarker($0, .lightVerb)
            && (tokens[$0].readingPrepositions.contains(ReadingPrepositions.lam)
              || tokens[$0].readingPrepositions.contains(ReadingPrepositions.ba)))
      })
    {
      source = groupBackward(k)  // "الموقف التركي المساند ل...", "Turkish support for ..."
    }
    guard let src = source,
      let obj = object(
        after: searchFrom, excluding: codes(src), maxDistance: 6, throughRelative: true)
    else { return [] }
    return pairs(src, obj, rule: "noun")
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
  /// على", "تركيا تشن غارات", "الجيش الذي ينفذ بانتظام غارات"): the verb's own subject.
  func arabicLightVerbSubject(before i: Int) -> Int? {
    // The verb, adverbs and its VSO subject may stand between: walk back to the verb.
    var j = i - 1
    var subjectAfterVerb: Int? = nil
    while j >= range.lowerBound, i - j <= 5 {
      if isMarker(j, .lightVerb) { break }
      if let k = mentions.lastIndex(where: { $0.tokenStart <= j && j < $0.tokenEnd }) {
        subjectAfterVerb = subjectAfterVerb ?? k
        j = mentions[k].tokenStart - 1
        continue
      }
      guard isMarker(j, .adverb) || tokens[j].kind == .quote else { return nil }
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
  func lightVerbSubject(before i: Int) -> Int? {
    guard
      let k = nearestBefore(i, sameClause: true, subjectsOnly: true, maxDistance: 8),
      mentions[k].tokenEnd < i,
      !(mentions[k].tokenEnd..<i).contains(where: {
        isMarker($0, .preposition) || isMarker($0, .relative) || tokens[$0].kind != .latin
      }),
      (mentions[k].tokenEnd..<i).contains(where: { isMarker($0, .lightVerb) })
    else { return nil }
    return k
  }

  func passiveRule(_ cue: Lexicon.Match) -> [Candidate] {
    if cue.entry.form.hasPrefix("-") {
      // "Turkish-backed GNA forces"
      guard
        let s = nearestBefore(
          cue.tokenStart, sameClause: true, subjectsOnly: false, maxDistance: 0),
        let t = firstAfter(cue.tokenEnd, sameClause: true, maxDistance: 2)
      else { return [] }
      return pairs(groupBackward(s), [t], rule: "compound-passive")
    }
    guard
      let t = nearestBefore(cue.tokenStart, sameClause: false, subjectsOnly: false, maxDistance: 4),
      let s = firstAfter(cue.tokenEnd, sameClause: true, maxDistance: 3)
    else { return [] }
    guard qualifies(t, cue) else { return [] }
    return pairs(groupForward(s), groupBackward(t), rule: "passive")
  }

  /// Active participles ("قوى 14 آذار المناهضة لسوريا", "forces loyal to the government"): the
  /// actor they describe is the source, the one after the target.
  func participleRule(_ cue: Lexicon.Match) -> [Candidate] {
    guard
      let t = nearestBefore(cue.tokenStart, sameClause: false, subjectsOnly: false, maxDistance: 4),
      let s = firstAfter(cue.tokenEnd, sameClause: true, maxDistance: 3),
      qualifies(t, cue)
    else { return [] }
    return pairs(groupBackward(t), groupForward(s), rule: "participle")
  }

  /// True when the participle cue describes mention `t`: only adjectives, adverbs, commas, a
  /// relative pronoun and a form of "be" stand between ("قوات حفتر الليبية المدعومة",
  /// "the rebels, who are backed by"). "المقاتلون الموالون" describes the fighters, and "والمتمردين
  /// المدعومين" a new coordinated noun, not an actor named before them.
  func qualifies(_ t: Int, _ cue: Lexicon.Match) -> Bool {
    (mentions[t].tokenEnd..<cue.tokenStart).allSatisfy { k in
      let tok = tokens[k]
      switch tok.kind {
      case .comma, .quote, .other: return true
      case .arabic:
        // "الليبية", "المعترف بها دوليا", "التي"
        let definite = tok.articleReadings.contains {
          $0.proclitic.hasSuffix(ArabicClitics.article)
        }
        return !tok.norm.hasPrefix("\u{0648}")
          && (definite || looksLikeNisba(tok.norm) || tok.norm.hasSuffix("\u{064A}\u{0627}")
            || isMarker(k, .adverb) || isMarker(k, .relative) || isMarker(k, .pronounPp))
      case .latin:
        return isMarker(k, .auxiliary) || isMarker(k, .relative) || tok.norm.hasSuffix("ly")
      default: return false
      }
    }
  }

  func agentRule(_ cue: Lexicon.Match) -> [Candidate] {
    // "طالبت مصر تركيا بدعم حفتر": after a request, "بـ" + verbal noun is the act requested of
    // the addressee, not an agent phrase.
    if isArabic(cue.tokenStart),
      (range.lowerBound..<cue.tokenStart).contains(where: {
        clauseOf($0) == clauseOf(cue.tokenStart) && isMarker($0, .request)
      }),
      let addressee = nearestBefore(
        cue.tokenStart, sameClause: true, subjectsOnly: false, maxDistance: 2),
      let t = firstAfter(cue.tokenEnd, sameClause: true, maxDistance: 1)
    {
      return pairs([addressee], groupForward(t), rule: "requested-act")
    }
    guard let s = firstAfter(cue.tokenEnd, sameClause: true, maxDistance: 3),
      let t = nearestBefore(cue.tokenStart, sameClause: false, subjectsOnly: true, maxDistance: 12)
    else { return [] }
    // The agent follows the event directly ("في غارة إسرائيلية", "في غارة للتحالف", "على يد
    // X"): a preposition between ("في غارة على X") or a ب/ك on it ("في قصف بإدلب") makes it the
    // target or a place.
    let agentGap = cue.tokenEnd..<mentions[s].tokenStart
    if agentGap.contains(where: {
      isMarker($0, .preposition) && !isMarker($0, .agentPreposition) || isMarker($0, .relative)
    }) || hasLocativeProclitic(mentions[s])
      || agentGap.filter({ tokens[$0].isWord }).count > 3
    {
      return []
    }
    // "X الذي يتلقى دعما من Y": across a relative pronoun the target is its antecedent.
    if let r = (mentions[t].tokenEnd..<cue.tokenStart).first(where: { isMarker($0, .relative) }),
      !(mentions[t].tokenEnd..<r).allSatisfy({
        tokens[$0].kind == .arabic && looksLikeNisba(tokens[$0].norm)
      })
    {
      return []
    }
    // The victim is in the same statement: not across "أن"/"that" ("أعلن مسؤولون يمنيون أن
    // عشرات قتلوا في غارة ...": the officials are no victims).
    if (mentions[t].tokenEnd..<cue.tokenStart).contains(where: { isMarker($0, .complementizer) }) {
      return []
    }
    let sources = groupForward(s)
    return pairs(sources, groupBackward(t), rule: "agent")
  }

  func patronRule(_ cue: Lexicon.Match) -> [Candidate] {
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
      }
    } else {
      target = nearestBefore(cue.tokenStart, sameClause: true, subjectsOnly: false, maxDistance: 2)
      if target == nil, cue.tokenEnd < range.upperBound, tokens[cue.tokenEnd].norm == "of" {
        target = firstAfter(cue.tokenEnd + 1, sameClause: true, maxDistance: 1)
        searchFrom = target.map { mentions[$0].tokenEnd } ?? searchFrom
      }
    }
    guard let t = target else { return [] }
    // "وتصف أنقرة وحلفاؤها حزب العمال": "X وحلفاؤها" is a coordinated subject; a bare name
    // after it is the verb's object, not the allies.
    let coordinatedWithTarget =
      isArabic(cue.tokenStart) && !cue.enclitic.isEmpty && cue.proclitic.hasBytePrefix("\u{0648}")
      && mentions[t].tokenEnd == cue.tokenStart
    guard
      let s = firstAfter(
        searchFrom, sameClause: false, maxDistance: 2, excluding: [mentions[t].code])
    else { return [] }
    // Supporters follow the noun directly ("حلفائه الروس") or after a link ("في", "such as").
    let gap = searchFrom..<mentions[s].tokenStart
    guard gap.allSatisfy({ isMarker($0, .patronLink) }) else { return [] }
    if coordinatedWithTarget, gap.isEmpty, mentions[s].form == .name { return [] }
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

  /// The actors after "بين"/"between" in `window`: a coordinated group, or the first actor and
  /// the next one joined by "و"/"and" ("بين X، ممثل ...، وY").
  /// With `strict`, only a coordinated second actor counts.
  func betweenParticipants(in window: Range<Int>, strict: Bool = false) -> [Int]? {
    guard let b = window.first(where: { isMarker($0, .between) }),
      let x = firstAfter(b + 1, sameClause: false, maxDistance: 3)
    else { return nil }
    let group = groupForward(x)
    if Set(group.map { mentions[$0].code }).count >= 2 { return group }
    let later = mentions.indices.filter {
      $0 > x && mentions[$0].code != mentions[x].code
        && mentions[$0].tokenStart - mentions[x].tokenEnd <= 10
    }
    let coordinated = later.first { k in
      mentions[k].proclitic.hasBytePrefix("\u{0648}")
        || (mentions[k].tokenStart > range.lowerBound
          && isMarker(mentions[k].tokenStart - 1, .coordination))
    }
    return (strict ? coordinated : coordinated ?? later.first).map { [x, $0] }
  }

  func jointRule(_ cue: Lexicon.Match) -> [Candidate] {
    // "بين X و Y", "between X and Y"
    let window = max(range.lowerBound, cue.tokenStart - 2)..<min(range.upperBound, cue.tokenEnd + 4)
    if let group = betweenParticipants(in: window) {
      return allPairs(group, rule: "joint-between")
    }
    // "سيتوجه للقاء مسؤولين إسرائيليين وفلسطينيين": the subject meets each of them.
    if isArabic(cue.tokenStart), cue.proclitic.containsScalar(0x0644),
      let k = firstAfter(cue.tokenEnd, sameClause: true, maxDistance: 2),
      let subj = nearestBefore(
        cue.tokenStart, sameClause: false, subjectsOnly: true, maxDistance: 12)
    {
      return pairs(groupBackward(subj), groupForward(k), rule: "joint-purpose")
    }
    // "توافق مصري فرنسي", "برعاية روسية تركية": adjacent participants after the noun.
    if let k = firstAfter(cue.tokenEnd, sameClause: true, maxDistance: 0) {
      let group = groupForward(k)
      if Set(group.map { mentions[$0].code }).count >= 2 {
        return allPairs(group, rule: "joint-adjacent")
      }
    }
    // "the accord signed by Santos and the FARC"
    if let by = (cue.tokenEnd..<min(range.upperBound, cue.tokenEnd + 3)).first(where: {
      tokens[$0].norm == "by" && $0 > range.lowerBound && isMarker($0 - 1, .signed)
    }), let k = firstAfter(by + 1, sameClause: true, maxDistance: 3) {
      let group = groupForward(k)
      if Set(group.map { mentions[$0].code }).count >= 2 {
        return allPairs(group, rule: "joint-signed-by")
      }
    }
    // "اجتماع في البيت الأبيض للرئيس الأمريكي مع ولي العهد السعودي", "اجتماع عقده نائب الوزير
    // مع السفير الإسرائيلي": the event's genitive or the one who held it meets the actor after
    // "مع".
    if isArabic(cue.tokenStart),
      let h = mentions.indices.first(where: {
        mentions[$0].tokenStart >= cue.tokenEnd && mentions[$0].tokenStart - cue.tokenEnd <= 6
          && (hasGenitiveLam(mentions[$0]) || !isOblique(mentions[$0]))
      }),
      let w = (mentions[h].tokenEnd..<min(range.upperBound, mentions[h].tokenEnd + 6)).first(
        where: {
          isMarker($0, .with)
        }),
      let y = firstAfter(w + 1, sameClause: true, maxDistance: 3, excluding: [mentions[h].code])
    {
      return pairs(groupBackward(h), groupForward(y), rule: "joint-genitive-with")
    }
    // "لقاء نظيره الفرنسي", "talks with his French counterpart": the sentence's subject and the
    // counterpart's nisba.
    if let k = firstAfter(cue.tokenEnd, sameClause: true, maxDistance: 2),
      mentions[k].form == .adjective,
      (cue.tokenEnd..<mentions[k].tokenStart).contains(where: { isMarker($0, .counterpart) }),
      let subj = mainSubject(before: cue.tokenStart), mentions[subj].code != mentions[k].code
    {
      return pairs(groupBackward(subj), [k], rule: "joint-counterpart")
    }
    // "شكر X Y في اتصال هاتفي", "X thanked Y during a phone call": the clause's actors.
    if cue.tokenStart > range.lowerBound, isMarker(previousWord(cue.tokenStart), .during) {
      let c = clauseOf(cue.tokenStart)
      let inClause = mentions.indices.filter { k in
        mentions[k].tokenEnd <= cue.tokenStart && clauseOf(mentions[k].tokenStart) == c
          && !isOblique(mentions[groupBackward(k).first ?? k])
          && cue.tokenStart - mentions[k].tokenEnd <= 8
          && !(mentions[k].tokenEnd..<cue.tokenStart).contains { isMarker($0, .relative) }
      }
      if Set(inClause.map { mentions[$0].code }).count >= 2 {
        return allPairs(inClause, rule: "joint-clause")
      }
    }
    // "أكدت مصر والإمارات خلال اتصال": a coordinated subject; "Trump's call with Zelensky".
    let holder =
      isArabic(cue.tokenStart) ? nil : possessor(before: cue.tokenStart)
    if let k = holder
      ?? nearestBefore(cue.tokenStart, sameClause: true, subjectsOnly: true, maxDistance: 4)
    {
      let group = groupBackward(k)
      if Set(group.map { mentions[$0].code }).count >= 2 {
        return allPairs(group, rule: "joint-subject")
      }
      // "X ... talks with Y"
      if let w = (cue.tokenEnd..<min(range.upperBound, cue.tokenEnd + 3)).first(where: {
        isMarker($0, .with)
      }), let y = firstAfter(w + 1, sameClause: true, maxDistance: 3, excluding: codes(group)) {
        return pairs(group, groupForward(y), rule: "joint-with")
      }
    }
    return []
  }

  /// An English subject pronoun right before the verb ("the Taliban said it met ..."), which
  /// in reported speech stands for the speaker.
  func hasPronounSubject(_ cue: Lexicon.Match) -> Bool {
    guard !isArabic(cue.tokenStart) else { return false }
    let lo = max(range.lowerBound, cue.tokenStart - 3)
    return (lo..<cue.tokenStart).contains {
      ["he", "she", "it", "they", "we"].contains(tokens[$0].norm)
    }
  }

  func meetRule(_ cue: Lexicon.Match, speaker: Argument? = nil) -> [Candidate] {
    guard let (subj, after) = subject(of: cue) else {
      if let speaker, hasPronounSubject(cue),
        let k = firstAfter(
          cue.tokenEnd, sameClause: false, maxDistance: 8, excluding: [speaker.code])
      {
        return speakerPairs(speaker, groupForward(k), rule: "reported-speech")
      }
      return []
    }
    let from = after ? mentions[subj.last ?? 0].tokenEnd : cue.tokenEnd
    let exclude = codes(subj)
    if let k = firstAfter(from, sameClause: false, maxDistance: 8, excluding: exclude) {
      let m = mentions[k]
      // "met with X", "وصل إلى X" (the preposition is part of the cue), "arrived ... in X"
      let partOfCue = m.tokenStart == cue.tokenEnd && isMarker(cue.tokenEnd - 1, .preposition)
      let arrival =
        isMarker(cue.tokenStart, .arrival) && isMarker(previousWord(m.tokenStart), .destination)
      let direct =
        !isLocative(m)
        && (!isOblique(m) || m.proclitic.containsScalar(0x0628)
          || (m.tokenStart > range.lowerBound && isMarker(m.tokenStart - 1, .with)))
      guard partOfCue || arrival || direct else {
        return Set(subj.map { mentions[$0].code }).count >= 2
          ? allPairs(subj, rule: "meet-joint-subject") : []
      }
      return pairs(
        subj, groupForward(k).filter { !exclude.contains(mentions[$0].code) }, rule: "meet")
    }
    if Set(subj.map { mentions[$0].code }).count >= 2 {
      return allPairs(subj, rule: "meet-joint-subject")
    }
    return []
  }
}
