/// The last sentence that named two or more actors, so that a later joint act can refer to them
/// with a plural description: "دعت الولايات المتحدة وبريطانيا وفرنسا وإيطاليا ... وجاء في بيان
/// مشترك لهذه الدول", "Egypt and Jordan ... The two countries signed an agreement".
struct GroupMemory {
  /// The sentence and its mentions.
  var sentence: Sentence
  var mentions: [Mention]
  /// The memories this one replaced, the latest last (at most `kept`): a description that
  /// counts its actors may skip a later sentence that named other actors ("الدول الثلاث" after
  /// a sentence about ECOWAS and Niger).
  var earlier: [GroupMemory] = []

  /// How many replaced memories are kept.
  static let kept = 3

  /// How many sentences back the group may be.
  static let window = 2

  /// How many sentences back a group may be when its description gives its number and the
  /// group has that many actors ("الدول الثلاث", "the three juntas").
  static let countedWindow = 5

  /// Whether a description at `j` of the current sentence, `gap` sentences after the group, may
  /// refer to `members` of it: within `window`, or within `countedWindow` when the description
  /// counts exactly as many.
  static func reaches(_ context: SentenceContext, _ j: Int, gap: Int, members: Int) -> Bool {
    gap <= window || (gap <= countedWindow && context.describedCount(at: j) == members)
  }

  /// Remembers `mentions` when they name two actors or more.
  static func update(_ memory: inout GroupMemory?, _ sentence: Sentence, _ mentions: [Mention]) {
    guard mentions.count >= 2, let first = mentions.first?.code,
      mentions.contains(where: { $0.code != first && !$0.code.isEmpty })
    else { return }
    var next = GroupMemory(sentence: sentence, mentions: mentions)
    // (The memory before is moved in, not copied, and hands its list over by a swap.)
    if var old = memory.take() {
      swap(&next.earlier, &old.earlier)
      if next.earlier.count >= kept {
        // The oldest drops out: the others move down a place (`removeFirst` replaced a range,
        // some 700 instructions) and the one replaced takes the last.
        next.earlier.withUnsafeMutableBufferPointer { b in
          for k in 0..<(b.count - 1) { b.swapAt(k, k + 1) }
        }
        next.earlier[next.earlier.count - 1] = old
      } else {
        // (Room for all `kept` at the first: grown one at a time, the list was made again.)
        if next.earlier.capacity < kept { next.earlier.reserveCapacity(kept) }
        next.earlier.append(old)
      }
    }
    memory = next
  }
}

extension SentenceContext {
  /// Whether token `j` is a plural description of actors named before ("هذه الدول", "الدول
  /// الأربع", "البلدين", "the two countries", "both sides"): nil when it is not, else whether it
  /// names exactly two. Lists `plural_anaphor` (Arabic duals stand alone; other words need a
  /// word of `plural_anaphor_determiner` beside them).
  func pluralDescription(at j: Int) -> Bool? {
    guard range.contains(j), tokens[j].isWord, lexicon.isMarker(tokens, j, .pluralAnaphor)
    else { return nil }
    let n = tokens.norm(j)
    // An Arabic dual ("البلدين", "الطرفان") names two by itself.
    if tokens[j].kind == .arabic,
      n.hasSuffixBytesFirst("\u{064A}\u{0646}") || n.hasSuffixBytesFirst("\u{0627}\u{0646}")
    {
      return true
    }
    guard let d = descriptionDeterminer(of: j) else { return nil }
    // ("each side": one of two.)
    return ["two", "both", "each"].contains(tokens.norm(d))
  }

  /// The determiner of the plural description at `j`: the word before or after it (English:
  /// or the word before one lower-case word before it, "both prime ministers"), or (Arabic)
  /// a number after one adjective with the article ("المجالس العسكرية الثلاثة").
  func descriptionDeterminer(of j: Int) -> Int? {
    for d in [j - 1, j + 1]
    where range.contains(d) && lexicon.isMarker(tokens, d, .pluralAnaphorDeterminer) {
      return d
    }
    // ("both prime ministers", "the two foreign ministers": one lower-case English word of
    // the title between.)
    if j - 2 >= range.lowerBound, tokens.kind(j) == .latin, tokens.kind(j - 1) == .latin,
      !tokens[j - 1].capitalized, !inMention(j - 1),
      lexicon.isMarker(tokens, j - 2, .pluralAnaphorDeterminer)
    {
      return j - 2
    }
    let a = j + 1
    guard range.contains(a + 1), tokens.kind(j) == .arabic, tokens.kind(a) == .arabic,
      !inMention(a), !tokens[a].lex.may(TokenLex.cue),
      tokens.norm(a).hasPrefixBytesFirst("\u{0627}\u{0644}"),
      Self.numeral(tokens.norm(a + 1)) != nil,
      lexicon.isMarker(tokens, a + 1, .pluralAnaphorDeterminer)
    else { return nil }
    return a + 1
  }

  /// How many actors the plural description at `j` counts: two for a dual or "two"/"both",
  /// the number of its numeral determiner ("الدول الثلاث", "the three countries"); nil when it
  /// gives no number ("هذه الدول").
  func describedCount(at j: Int) -> Int? {
    guard let dual = pluralDescription(at: j) else { return nil }
    if dual { return 2 }
    return descriptionDeterminer(of: j).flatMap { Self.numeral(tokens.norm($0)) }
  }

  /// The value of a cardinal from three to seven, Arabic with the article or English.
  static func numeral(_ word: String) -> Int? { numerals[word] }

  /// Cardinals three to seven, folded as tokens are.
  static let numerals: [String: Int] = {
    var out: [String: Int] = [:]
    let words: [(String, Int)] = [
      ("الثلاث", 3), ("الثلاثة", 3), ("three", 3), ("الأربع", 4), ("الأربعة", 4), ("four", 4),
      ("الخمس", 5), ("الخمسة", 5), ("five", 5), ("الست", 6), ("الستة", 6), ("six", 6),
      ("السبع", 7), ("السبعة", 7), ("seven", 7),
    ]
    for (w, n) in words { out[Normalizer.normalize(w)] = n }
    return out
  }()

  /// English: "spoke with the national security advisers of both countries": the people of a
  /// plural description (lower-case words, then "of" or "from") after the cue's "with", or
  /// right after a verb of meeting ("met delegations from both countries"); the description
  /// and whether it is a dual, with the "with" or the verb right before its people.
  func peopleOfDescription(after cue: Lexicon.Match) -> (dual: Bool, index: Int)? {
    guard !isArabic(cue.tokenStart), isMarker(cue.tokenEnd - 1, .with) || cue.entry.frame == .meet
    else { return nil }
    var j = cue.tokenEnd
    // ("senior officials from both countries": or "from".)
    func link(_ j: Int) -> Bool {
      tokens.norm(j).equalsWord("of") || tokens.norm(j).equalsWord("from")
    }
    while j < min(range.upperBound, cue.tokenEnd + 6), tokens.kind(j) == .latin,
      !tokens[j].capitalized, !inMention(j), !link(j), !isMarker(j, .preposition)
    {
      j += 1
    }
    guard j > cue.tokenEnd, j < range.upperBound, tokens.kind(j) == .latin, link(j)
    else { return nil }
    for d in j + 1..<min(range.upperBound, j + 4) {
      if let dual = pluralDescription(at: d) { return (dual, d) }
    }
    return nil
  }

  /// The plural description near a joint cue (three words before it to four after, in its
  /// clause, not the cue itself: "الزعيمان" is a cue of its own; six before a joint medium,
  /// "the two governments said in a joint statement").
  func pluralAnaphor(near cue: Lexicon.Match) -> (dual: Bool, index: Int)? {
    let lo = max(range.lowerBound, cue.tokenStart - (isJointMedium(cue) ? 6 : 3))
    let hi = min(range.upperBound, cue.tokenEnd + 4)
    let clause = clauseOf(cue.tokenStart)
    for j in lo..<hi {
      let cj = clauseOf(j)
      // (Clause numbers never fall along a sentence: past a token of a later clause, none is
      // in the cue's.)
      if cj > clause { break }
      if cj == clause && !(cue.tokenStart..<cue.tokenEnd).contains(j),
        let dual = pluralDescription(at: j)
      {
        return (dual, j)
      }
    }
    // "In a joint statement read on national television, the three governments accused ...":
    // a medium that opens the sentence names, past its phrase's comma, the subject.
    if isJointMedium(cue), cue.tokenStart - range.lowerBound <= 3,
      let c = (cue.tokenEnd..<min(range.upperBound, cue.tokenEnd + 10)).first(where: {
        tokens[$0].kind == .comma
      })
    {
      for j in c + 1..<min(range.upperBound, c + 4) {
        if let dual = pluralDescription(at: j) { return (dual, j) }
      }
    }
    return nil
  }

  /// What a plural description refers to in `m`'s sentence: its last coordinated group of two
  /// actors or more (of exactly two for a dual); with `anyTwo`, a dual also takes the
  /// sentence's two actors when it names exactly two ("STC, an ally of the government, is in
  /// conflict with it. Both sides ..."). The earlier sentence's context and the mentions.
  /// A description of countries at `j` of this sentence (list `country_anaphor`: "البلدين",
  /// "the two countries") refers to states only: "وكانت قطر قد رفعت القضية إلى المحكمة ...
  /// قيادتي البلدين" names Qatar and the court, not two countries. With `listedOnly`, a
  /// counted description takes a group listed, not the sentence's actors named apart.
  func referents(
    _ m: GroupMemory, dual: Bool, anyTwo: Bool, at j: Int? = nil, listedOnly: Bool = false
  ) -> (SentenceContext, [Int])? {
    let before = SentenceContext(
      tokens: tokens, range: m.sentence.tokenRange, mentions: m.mentions, lexicon: lexicon)
    let statesOnly = j.map { lexicon.isMarker(tokens, $0, "country_anaphor") } ?? false
    func distinct(_ ks: [Int]) -> [Int] {
      var out: [Int] = []
      for g in ks
      where !before.mentions[g].code.isEmpty
        && !out.contains(where: { before.mentions[$0].code == before.mentions[g].code })
        && (!statesOnly || gazetteer?.codeKind(before.mentions[g]) == .state)
      {
        out.append(g)
      }
      return out
    }
    // "The three leaders said ...", "accused the three countries": a description that counts
    // three or more takes the last group of that many, else (English) the sentence's actors
    // when they are that many ("announced by Biden and the prime ministers of Australia and
    // Britain"). (An Arabic sentence of three actors was as often not the description's:
    // "الدول الثلاث" named in a later sentence with two of its own.)
    var counted: Int?
    if let j, let n = describedCount(at: j), n >= 3 { counted = n }
    var lastGroup: [Int]?
    var k = before.mentions.count - 1
    while k >= 0 {
      let group = before.groupBackward(k)
      let members = distinct(group)
      if members.count >= 2 {
        guard !dual || members.count == 2 else { return nil }
        guard let n = counted, members.count != n else { return (before, members) }
        if lastGroup == nil { lastGroup = members }
      }
      k = (group.first ?? k) - 1
    }
    if let j, counted != nil {
      if !listedOnly, tokens.kind(j) == .latin {
        let all = distinct(Array(before.mentions.indices))
        if all.count == counted { return (before, all) }
      }
      if let lastGroup { return (before, lastGroup) }
    }
    guard dual, anyTwo else { return nil }
    let two = distinct(Array(before.mentions.indices))
    return two.count == 2 ? (before, two) : nil
  }

  /// The memory whose group the subject (`code`) meets with a plural description ("held talks
  /// with both ministers"): `m`, unless `m`'s group has the subject in it ("Indonesia, which
  /// chairs ASEAN, has tried to broker a settlement. Its foreign minister held talks with both
  /// ministers": not Indonesia and ASEAN); then the latest earlier memory, within
  /// `countedWindow`, whose group does not.
  func metGroup(_ m: GroupMemory, excluding code: String, dual: Bool, sentence: Sentence)
    -> GroupMemory
  {
    // Whether `g`'s group has the subject in it; nil when `g` has no group.
    func hasSubject(_ g: GroupMemory) -> Bool? {
      guard let (before, members) = referents(g, dual: dual, anyTwo: true) else { return nil }
      return members.contains { before.mentions[$0].code == code }
    }
    guard hasSubject(m) == true else { return m }
    for e in m.earlier.reversed()
    where sentence.index - e.sentence.index <= GroupMemory.countedWindow && hasSubject(e) == false {
      return e
    }
    return m
  }

  /// The memory a plural description at `j` of sentence `sentence` refers to: `m`, unless the
  /// description counts three actors or more ("الدول الثلاث", "the three juntas") and `m`'s
  /// group has another number; then the latest earlier memory, within `countedWindow`, whose
  /// group has that many. A group listed comes before a sentence's actors named apart
  /// ("Washington criticised ECOWAS over Niger" after "Mali, Burkina Faso and Niger").
  func countedGroup(_ m: GroupMemory, at j: Int, sentence: Sentence) -> GroupMemory {
    guard !m.earlier.isEmpty, let n = describedCount(at: j), n >= 3,
      referents(m, dual: false, anyTwo: false, at: j, listedOnly: true)?.1.count != n
    else { return m }
    for listedOnly in [true, false] {
      if !listedOnly, referents(m, dual: false, anyTwo: false, at: j)?.1.count == n {
        return m
      }
      for e in m.earlier.reversed()
      where sentence.index - e.sentence.index <= GroupMemory.countedWindow
        && referents(e, dual: false, anyTwo: false, at: j, listedOnly: listedOnly)?.1.count == n
      {
        return e
      }
    }
    return m
  }

  /// A joint act or a meeting whose participants only a plural description names ("واتفق
  /// البلدان على ...", "the two countries signed"): the pairs of the last coordinated group of
  /// `memory`'s sentence (for a dual, a group of two).
  func pairsFromGroup(_ cue: Lexicon.Match, _ sentence: Sentence, _ memory: GroupMemory?)
    -> [Candidate]
  {
    // "The two leaders met Qatar's emir": an English meeting with an object of its own is the
    // description's actors' with it.
    if cue.entry.frame == .meet, !isArabic(cue.tokenStart) {
      let withObject = pairsFromGroupSubject(cue, sentence, memory)
      if !withObject.isEmpty { return withObject }
    }
    // ("Both sides accused each other", "the two sides clashed": an English joint act of
    // force or blame goes from each to the other.)
    // So does an Arabic one that needs its exchanged thing ("ويتبادل الطرفان الاتهامات").
    let mutual =
      cue.entry.frame == .joint && (!isArabic(cue.tokenStart) || cue.entry.needsNamed != 0)
    guard cue.entry.frame == .joint || cue.entry.frame == .meet,
      cue.entry.relation == .negotiatesWith || mutual,
      let anaphor = pluralAnaphor(near: cue) ?? peopleOfDescription(after: cue)
    else { return [] }
    // "China sent petrol to Nepal last month, and the two countries signed a deal": a dual
    // description after two actors named in an earlier clause of its own sentence is theirs.
    if anaphor.dual, !describesMet(anaphor.index),
      let (here, members) = sentencePair(before: anaphor.index, sentence: sentence)
    {
      let found = here.allPairs(members, rule: "joint-group-anaphor")
      return cue.entry.relation == .negotiatesWith ? found : Self.bothWays(found)
    }
    guard var m = memory, m.sentence.index < sentence.index,
      sentence.index - m.sentence.index <= GroupMemory.countedWindow
    else { return [] }
    m = countedGroup(m, at: anaphor.index, sentence: sentence)
    let gap = sentence.index - m.sentence.index
    // "وعقد أردوغان مؤتمرا صحفيا مشتركا مع الزعيمين", "Erdogan held talks with the two leaders":
    // after "مع"/"with", the description's actors meet the actor named before the act.
    // ("with the two leaders": "the", "two" or "both" may stand between, and one word of a
    // title: "the two foreign ministers".)
    var w = anaphor.index - 1
    while w > cue.tokenStart, anaphor.index - w <= 3,
      isMarker(w, .determiner)
        || (tokens.kind(w) == .latin && !tokens[w].capitalized && !isMarker(w, .preposition))
    {
      w -= 1
    }
    // (The people of the description: the cue's own "with", or the verb of meeting.)
    if peopleOfDescription(after: cue)?.index == anaphor.index {
      w = cue.tokenEnd - 1
    }
    // "بينما عرضت المكسيك والأوروغواي التوسط بين الطرفين", "offered to mediate between the two
    // sides": the sides a named subject goes between are the conflict's, not the actors a
    // sentence before listed together.
    if w >= cue.tokenEnd, isMarker(w, .between),
      nearestBefore(cue.tokenStart, sameClause: true, subjectsOnly: true, maxDistance: 8) != nil
    {
      return []
    }
    // ("Singapore's Prime Minister met both leaders separately": so is the object of a verb of
    // meeting.)
    if cue.entry.relation == .negotiatesWith,
      w >= cue.tokenStart && isMarker(w, .with)
        || (cue.entry.frame == .meet && w == cue.tokenEnd - 1 && !isArabic(cue.tokenStart)),
      let s = nearestBefore(cue.tokenStart, sameClause: false, subjectsOnly: true, maxDistance: 12),
      case let met = metGroup(
        m, excluding: mentions.code(s), dual: anaphor.dual, sentence: sentence),
      let (before, members) = referents(
        met, dual: anaphor.dual, anyTwo: true, at: anaphor.index),
      GroupMemory.reaches(
        self, anaphor.index, gap: sentence.index - met.sentence.index, members: members.count)
    {
      let subject = Argument(mentions, s)
      return members.map { Argument(before.mentions, $0) }.filter { $0.code != subject.code }.map {
        Candidate(
          source: subject, target: $0, rule: "joint-with-group", confidence: 0.7,
          antecedent: met.sentence)
      }
    }
    // ("Thailand sent jets to strike Cambodian targets, while Cambodian forces fired rockets into
    // Thai provinces. Each side accused the other": a mutual act of two takes a sentence's two
    // actors, listed or not.)
    // ("Maduro met Lula in Brasilia. The two presidents agreed to meet again": an English dual
    // that is the talks' own party also takes the sentence's two actors, listed or not; not
    // one met "with", the object of a third's contacts. In Arabic, "الطرفين" after a sentence
    // of two actors not listed was as often another pair.)
    guard
      let (before, members) = referents(
        m, dual: anaphor.dual,
        anyTwo: anaphor.dual
          && (mutual
            || (cue.entry.relation == .negotiatesWith && !isArabic(anaphor.index)
              && !describesMet(anaphor.index))),
        at: anaphor.index),
      GroupMemory.reaches(self, anaphor.index, gap: gap, members: members.count)
    else { return [] }
    var found = before.allPairs(members, rule: "joint-group-anaphor")
    if cue.entry.relation != .negotiatesWith { found = Self.bothWays(found) }
    return found.map {
      var c = $0
      c.antecedent = m.sentence
      return c
    }
  }

  /// Whether the plural description at `j` is met by another ("with both sides", "مع
  /// الطرفين", "بالجانبين"): "with"/"مع" up to three words before it, or the preposition ب on it.
  func describesMet(_ j: Int) -> Bool {
    if isArabic(j), tokens.norm(j).hasPrefixBytesFirst("\u{0628}\u{0627}\u{0644}") { return true }
    for w in max(range.lowerBound, j - 3)..<j where isMarker(w, .with) { return true }
    return false
  }

  /// The two actors a dual description at `j` refers to in its own sentence: a pair listed
  /// before it ("Indonesian and Australian police set up a team under an agreement signed by
  /// the two governments"), else the only two named in clauses before its own, none in its own
  /// before it, when more than a word stands between them ("وسيط الاتحاد الأفريقي الرئيس
  /// النيجيري أوباسانجو" is one man) and no speech verb between them and it.
  func sentencePair(before j: Int, sentence: Sentence) -> (SentenceContext, [Int])? {
    let earlier = mentions.filter { $0.tokenEnd <= j }
    guard earlier.count >= 2 else { return nil }
    let here = GroupMemory(sentence: sentence, mentions: earlier)
    if let listed = referents(here, dual: true, anyTwo: false, at: j) { return listed }
    let c = clauseOf(j)
    guard !earlier.contains(where: { clauseOf($0.tokenStart) == c }),
      let found = referents(here, dual: true, anyTwo: true, at: j)
    else { return nil }
    let (a, b) = (earlier[found.1[0]], earlier[found.1[1]])
    // ("The UN envoy, the former Nigerian president Obasanjo, said the two sides had agreed":
    // the two who speak of the sides are none of them.)
    guard (a.tokenEnd..<b.tokenStart).count(where: { tokens[$0].isWord }) >= 2,
      !(b.tokenEnd..<j).contains(where: { k in
        tokens[k].lex.may(TokenLex.cue)
          && lexicon.match(tokens, at: k, limit: j).contains { $0.entry.frame == .speech }
      })
    else { return nil }
    return found
  }

  /// A verb whose subject is a plural description ("Both sides also oppose Houthi rebels",
  /// "وأدان البلدان الهجوم على ..."): each actor it refers to (see `referents`) and the verb's
  /// object.
  func pairsFromGroupSubject(_ cue: Lexicon.Match, _ sentence: Sentence, _ memory: GroupMemory?)
    -> [Candidate]
  {
    // "وأكد الزعيمان دعمهما للحكومة العراقية", "... مؤكدين دعمهما ل": a stance noun with a
    // dual pronoun takes the last plural description before it in the sentence.
    // ("دعمهما" may also read as a verb, "supported them": not after the description, a light
    // verb or a participle of expressing.)
    let p = cue.tokenStart - 1
    let dualNoun =
      (cue.entry.relation?.isStance ?? false) && isArabic(cue.tokenStart)
      && cue.enclitic.sameBytes("\u{0647}\u{0645}\u{0627}")
      && (cue.entry.frame == .noun
        || (cue.entry.frame == .verb && p >= range.lowerBound
          && (pluralDescription(at: p) != nil || isMarker(p, .lightVerb)
            || lexicon.isWholeWordMarker(tokens, p, .expressingParticiple))))
    // "The two leaders expressed their support for Lebanon": an English stance noun after
    // "their" and at most one modifier ("their full support") takes the plural description
    // before it in its clause, with no actor between.
    let englishNoun =
      !isArabic(cue.tokenStart) && cue.entry.frame == .noun
      && (cue.entry.relation?.isStance ?? false) && theirBefore(cue)
    let englishMeet = !isArabic(cue.tokenStart) && cue.entry.frame == .meet
    // "ووقع البلدان اتفاقية مع الإكوادور": an Arabic verb of meeting with the description after
    // it (VSO), and a party after مع.
    let arabicMeet = isArabic(cue.tokenStart) && cue.entry.frame == .meet
    guard cue.entry.frame == .verb || dualNoun || englishNoun || englishMeet || arabicMeet,
      let last = memory,
      last.sentence.index < sentence.index,
      sentence.index - last.sentence.index <= GroupMemory.countedWindow
    else { return [] }
    // English: right before the verb, past adverbs; Arabic: right after it (VSO).
    var j: Int
    var objectFrom = cue.tokenEnd
    if dualNoun {
      guard
        let d = (range.lowerBound..<cue.tokenStart).last(where: {
          pluralDescription(at: $0) == true
        })
      else { return [] }
      j = d
    } else if englishNoun {
      let clause = clauseOf(cue.tokenStart)
      var d = cue.tokenStart - 1
      while d >= range.lowerBound, clauseOf(d) == clause, !inMention(d),
        pluralDescription(at: d) == nil
      {
        d -= 1
      }
      guard d >= range.lowerBound, clauseOf(d) == clause, !inMention(d) else { return [] }
      j = d
    } else if isArabic(cue.tokenStart) {
      j = cue.tokenEnd
      objectFrom = j + 1
    } else {
      j = cue.tokenStart - 1
      // "Both sides also oppose": adverbs and auxiliaries ("also", "have", "strongly").
      while j > range.lowerBound, cue.tokenStart - j <= 2,
        isMarker(j, .adverb) || isMarker(j, .auxiliary)
          || (tokens[j].kind == .latin && !tokens[j].capitalized
            && tokens.norm(j).hasByteSuffix("ly"))
      {
        j -= 1
      }
    }
    let m = countedGroup(last, at: j, sentence: sentence)
    guard let dual = pluralDescription(at: j),
      let (before, members) = referents(m, dual: dual, anyTwo: true, at: j),
      GroupMemory.reaches(
        self, j, gap: sentence.index - m.sentence.index, members: members.count)
    else { return [] }
    // "حذرت الحكومتان العسكريتان في مالي وبوركينا فاسو": a description with "في"/"in" and an
    // actor after it (one adjective between at most) names its members there, not before.
    var e = j + 1
    if e < range.upperBound, tokens[e].isWord, !inMention(e), !isMarker(e, .preposition) {
      e += 1
    }
    if e + 1 < range.upperBound,
      tokens.norm(e).sameBytes("\u{0641}\u{064A}") || tokens.norm(e).sameBytes("in"),
      mentions.contains(where: { $0.tokenStart == e + 1 })
    {
      return []
    }
    let codes = ExcludedCodes(before.mentions, members)
    // ("Both capitals also criticised the interceptor test that the Pentagon carried out": a
    // stance on an act is a stance on its author, the relative clause's subject.)
    let stanceOnAct =
      cue.entry.frame == .verb
      && (cue.entry.relation == .opposes || cue.entry.relation == .supports)
    guard
      let obj = object(
        after: objectFrom, excluding: codes, stance: cue.entry.relation?.isStance ?? false)
        ?? (stanceOnAct
          ? relativeAuthor(
            after: objectFrom, excluding: codes, opposing: cue.entry.relation == .opposes)
          : nil)
    else { return [] }
    // "The two sides discussed a peace deal for Ukraine": what is discussed is no party; only
    // one met "with" is.
    // ("discussed the war with the RSF": the "with" of a noun cue between is the noun's.)
    if englishMeet, isMarker(cue.tokenStart, .objectStop), let o = obj.first {
      let start = mentions[o].tokenStart
      guard (cue.tokenEnd..<start).contains(where: { isMarker($0, .with) }),
        !(cue.tokenEnd..<start).contains(where: { k in
          tokens[k].lex.may(TokenLex.cue)
            && lexicon.match(tokens, at: k, limit: start).contains(where: {
              $0.entry.frame == .noun && $0.entry.relation != nil
            })
        })
      else { return [] }
    }
    if arabicMeet, let o = obj.first {
      guard (objectFrom..<mentions[o].tokenStart).contains(where: { isMarker($0, .with) })
      else { return [] }
    }
    var out: [Candidate] = []
    for s in members {
      for t in obj where before.mentions[s].code != mentions[t].code {
        out.append(
          Candidate(
            source: Argument(before.mentions, s), target: Argument(mentions, t),
            rule: dualNoun ? "noun-group-anaphor" : "verb-group-anaphor", confidence: 1.0,
            antecedent: m.sentence))
      }
    }
    return out
  }

  /// English: "their" right before the noun cue, or before one lower-case modifier of it
  /// ("their full support for").
  func theirBefore(_ cue: Lexicon.Match) -> Bool {
    let p = cue.tokenStart - 1
    guard p >= range.lowerBound, tokens[p].kind == .latin else { return false }
    if tokens.norm(p).equalsWord("their") { return true }
    return p - 1 >= range.lowerBound && tokens.norm(p - 1).equalsWord("their")
      && !tokens[p].capitalized
      && !inMention(p)
  }

  /// The subject of a verb whose object is a plural description (`pairsToGroupObject`): the
  /// verb's own (`subject(of:)`), else, in Arabic past a comma, the subject of the verb that
  /// opens the sentence (`commaSharedSubject`).
  /// (`shared`: the subject is the opening verb's.)
  func groupObjectSubject(_ cue: Lexicon.Match) -> (group: [Int], after: Bool, shared: Bool)? {
    if let found = subject(of: cue), !found.group.isEmpty {
      return (found.group, found.after, false)
    }
    guard isArabic(cue.tokenStart), let k = commaSharedSubject(cue) else { return nil }
    return ([k], false, true)
  }

  /// Arabic: whether the description at `j` ends as a nominative dual or plural ("الحكومتان",
  /// "البلدان", "الموقعون"), the case of a subject.
  func nominativeDescription(_ j: Int) -> Bool {
    guard isArabic(j) else { return false }
    let w = tokens.norm(j)
    return w.hasByteSuffix("\u{0627}\u{0646}") || w.hasByteSuffix("\u{0648}\u{0646}")
  }

  /// A verb whose object is a plural description ("وحذر الرئيس العراقي الدول الثلاث", "accused
  /// the two countries"): the verb's subject and each actor the description refers to, the
  /// last coordinated group named before the verb in its own sentence, else in `memory`'s.
  func pairsToGroupObject(_ cue: Lexicon.Match, _ sentence: Sentence, _ memory: GroupMemory?)
    -> [Candidate]
  {
    guard cue.entry.frame == .verb,
      (cue.tokenEnd..<min(range.upperBound, cue.tokenEnd + 8)).contains(where: {
        lexicon.isMarker(tokens, $0, .pluralAnaphor)
      }),
      // ("ووصف X الوضع بأنه غير مقبول، وحمّل البلدين المسؤولية": past a comma, an Arabic
      // verb with no subject of its own shares the subject of the verb that opens the sentence.)
      let subject = groupObjectSubject(cue), let s = subject.group.first
    else { return [] }
    let subjectCodes = codes(subject.group)
    // Right after the verb (after the subject in VSO order), a determiner or number between.
    let from = max(cue.tokenEnd, mentions[subject.group.last ?? s].tokenEnd)
    let end = min(range.upperBound, from + 3)
    guard
      let j = (from..<end).first(where: { pluralDescription(at: $0) != nil }),
      let dual = pluralDescription(at: j), clauseOf(j) == clauseOf(cue.tokenStart),
      !mentions.contains(where: { $0.tokenStart >= from && $0.tokenStart < j }),
      // (A subject shared past a comma: not when the description is in the nominative, the
      // verb's own subject, "ورحبت بها الحكومتان".)
      !subject.shared || !nominativeDescription(j)
    else { return [] }
    let earlier = mentions.filter { $0.tokenEnd <= cue.tokenStart }
    var found = referents(
      GroupMemory(sentence: sentence, mentions: earlier), dual: dual, anyTwo: false, at: j)
    var antecedent: Sentence?
    if found == nil, let last = memory, last.sentence.index < sentence.index,
      sentence.index - last.sentence.index <= GroupMemory.countedWindow,
      case let m = countedGroup(last, at: j, sentence: sentence),
      let r = referents(m, dual: dual, anyTwo: true, at: j),
      GroupMemory.reaches(
        self, j, gap: sentence.index - m.sentence.index, members: r.1.count)
    {
      found = r
      antecedent = m.sentence
    }
    guard let (before, members) = found else { return [] }
    var out: [Candidate] = []
    for t in members where !subjectCodes.contains(before.mentions[t].code) {
      for k in subject.group {
        out.append(
          Candidate(
            source: Argument(mentions, k), target: Argument(before.mentions, t),
            rule: "verb-group-object", confidence: 0.85, antecedent: antecedent))
      }
    }
    return out
  }
}

extension SentenceContext {
  /// "A ceasefire between Israel and Iran appeared to hold after a shaky start in which both
  /// sides accused each other": a dual description ("both sides", "الطرفان") after a pair named
  /// with "between"/"بين" earlier in its own sentence refers to that pair; a joint act of it is
  /// the pair's (both ways for an act that is not talks).
  func pairsFromSentencePair(_ cue: Lexicon.Match) -> [Candidate] {
    // (The pair's "between" looked for first: few sentences have one, and the description's
    // search costs more.)
    guard cue.entry.frame == .joint || cue.entry.frame == .meet,
      let b = (range.lowerBound..<min(range.upperBound, cue.tokenEnd + 4)).first(where: {
        isMarker($0, .between)
      }),
      let anaphor = pluralAnaphor(near: cue), anaphor.dual, b < anaphor.index,
      let group = betweenParticipants(in: b..<min(anaphor.index, b + 2)), group.count == 2,
      mentions[group[0]].code != mentions[group[1]].code,
      mentions.tokenEnd(group[1]) <= anaphor.index
    else { return [] }
    let found = allPairs(group, rule: "joint-sentence-pair")
    return cue.entry.relation == .negotiatesWith ? found : Self.bothWays(found)
  }

  /// The pairs and each reversed: a joint act other than talks ("accused each other", "clashed")
  /// goes from each side to the other.
  static func bothWays(_ found: [Candidate]) -> [Candidate] {
    found
      + found.map { c in
        var r = c
        r.source = c.target
        r.target = c.source
        return r
      }
  }
}
