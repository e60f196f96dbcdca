/// What the argument rules see of one sentence: its tokens, mentions, clauses and cues.
///
/// The extractor keeps one context for all sentences of a document (`reset(range:mentions:)`),
/// so the lexicon, gazetteer and person codes are not copied (and released) once a sentence.
struct SentenceContext {
  let tokens: [Token]
  private(set) var range: Range<Int>
  var mentions: [Mention]
  /// Clause number of every token in `range` (index - range.lowerBound); places past
  /// `range.count` are left from longer sentences (`reset`).
  private(set) var clause: [Int]
  let lexicon: Lexicon
  /// The gazetteer, for `isCountryName` (nil: no mention is a country name): the one set last,
  /// while `gazetteerOn` (which setting it turns on, and `reset` off).
  /// (Read from a stored property, one yield: a read that chose between the stored gazetteer
  /// and nil copied the whole gazetteer, seven arrays, at every `gazetteer?.` in the rules.)
  var gazetteer: Gazetteer? {
    _read { yield gazetteerStore }
    set {
      gazetteerStore = newValue
      parkedGazetteer = nil
      isGazetteerOn = true
    }
  }
  /// The gazetteer set last while `gazetteerOn`; nil while off.
  private var gazetteerStore: Gazetteer?
  /// The gazetteer set last while not `gazetteerOn` (moved here and back by `swap`, without
  /// copying it); nil while on.
  private var parkedGazetteer: Gazetteer?
  private var isGazetteerOn = false
  /// Whether `gazetteer` gives the gazetteer set last (true) or nil.
  var gazetteerOn: Bool {
    get { isGazetteerOn }
    set {
      guard newValue != isGazetteerOn else { return }
      swap(&gazetteerStore, &parkedGazetteer)
      isGazetteerOn = newValue
    }
  }
  /// Codes of the gazetteer's persons (for appositions and verbal attacks on people).
  var personCodes: Set<String> = []
  /// Where the place nisbas start that `Extractor.placeTargets` added as mentions: a place after
  /// "in"/"في" is then what is hit, not where.
  var placeStarts: Set<Int> = []

  init(tokens: [Token], range: Range<Int>, mentions: [Mention], lexicon: Lexicon) {
    self.tokens = tokens
    self.range = range
    self.mentions = mentions
    self.lexicon = lexicon
    var c = [Int](repeating: 0, count: range.count)
    c.withUnsafeMutableBufferPointer { Self.clauses(tokens, range, mentions, lexicon, into: $0) }
    self.clause = c
  }

  /// `reset(range:mentions:)` again for the range and mentions of the last reset, with no
  /// mutating call since: the clauses are the same; only the gazetteer is turned off and the
  /// places dropped.
  mutating func resetAgain() {
    gazetteerOn = false
    if !placeStarts.isEmpty { placeStarts = [] }
  }

  /// The context of another sentence of the same tokens, as `init` would make it with the
  /// same lexicon: `range` and `mentions` replaced, the clauses counted again (into the same
  /// buffer), `gazetteer` nil (until set again, `gazetteerOn`), `placeStarts` empty; the
  /// person codes are kept.
  mutating func reset(range: Range<Int>, mentions: [Mention]) {
    self.range = range
    self.mentions = mentions
    gazetteerOn = false
    if !placeStarts.isEmpty { placeStarts = [] }
    // The buffer written in place (no append a token), and only grown: at the longest
    // sentence's length, its first `range.count` places hold this one's clauses (`clauseOf`).
    // (Cut to each sentence's length and grown again, it cost some 300 instructions a sentence.)
    // (Grown at once to a long sentence's length: grown to each longer sentence's, it was made
    // again some three times a document.)
    if clause.count < range.count {
      clause.append(contentsOf: repeatElement(0, count: max(range.count, 64) - clause.count))
    }
    let (tokens, mentions, lexicon) = (self.tokens, self.mentions, self.lexicon)
    let n = range.count
    clause.withUnsafeMutableBufferPointer {
      Self.clauses(
        tokens, range, mentions, lexicon, into: UnsafeMutableBufferPointer(rebasing: $0[..<n]))
    }
  }

  /// English sentence adverbs that stand between commas inside a clause.
  static let asideAdverbs: Set<String> = [
    "however", "meanwhile", "though", "moreover", "nevertheless", "nonetheless", "too",
    "also", "instead", "likewise", "similarly", "therefore",
  ]

  /// True when the comma at `i` opens or closes one to three Arabic adverbs of time between
  /// commas ("أعلن السودان، الثلاثاء، قطع العلاقات", "، مساء الأربعاء،"), or one English
  /// sentence adverb (`asideAdverbs`, ", however,"): the clause goes on past them.
  static func bracketsAdverbs(
    _ i: Int, _ tokens: [Token], _ range: Range<Int>, _ lexicon: Lexicon
  ) -> Bool {
    // "Uganda's President Yoweri Museveni, however, was among the first": an English
    // sentence adverb between two commas.
    for step in [1, -1] {
      let j = i + step
      if range.contains(j + step), tokens.kind(j) == .latin, tokens.kind(j + step) == .comma,
        Self.asideAdverbs.contains(tokens.norm(j))
      {
        return true
      }
    }
    for step in [1, -1] {
      var j = i + step
      var words = 0
      while range.contains(j), tokens.kind(j) == .arabic, words < 3,
        lexicon.isMarker(tokens, j, .adverb)
      {
        words += 1
        j += step
      }
      if words > 0, range.contains(j), tokens.kind(j) == .comma { return true }
    }
    return false
  }

  /// Writes the clause number of every token in `range` to `c` (`range.count` long).
  private static func clauses(
    _ tokens: [Token], _ range: Range<Int>, _ mentions: [Mention], _ lexicon: Lexicon,
    into c: UnsafeMutableBufferPointer<Int>
  ) {
    var n = 0
    for i in range {
      // (Kinds read in place: `tokens[i].kind` copied the whole token.)
      switch tokens.kind(i) {
      case .comma:
        // "الرئيس الفلسطيني، محمود عباس": a title and its holder's name stay one phrase; "the
        // Qassam Brigades, the armed wing of Hamas, claimed": one mention with its commas.
        if !Self.isApposition(i, tokens, mentions) && !Self.closesMention(i, tokens, mentions)
          && !Self.bracketsAdverbs(i, tokens, range, lexicon)
        {
          n += 1
        }
      case .stop:
        n += 1
      case .arabic, .latin:
        if i > range.lowerBound, lexicon.isMarker(tokens, i, .clauseOpener) { n += 1 }
      default:
        break
      }
      c[i - range.lowerBound] = n
    }
  }

  func clauseOf(_ i: Int) -> Int {
    // (`clause` may be longer than the sentence: a token past its end has no clause.)
    precondition(i < range.upperBound, "Index out of range")
    return clause[i - range.lowerBound]
  }

  /// True when token `j` belongs to a mention of the sentence.
  func inMention(_ j: Int) -> Bool { Self.inMention(j, mentions) }

  /// True when the word right before mention `k` is a preposition of its own ("على العراق"):
  /// the mention is that preposition's object.
  func afterPrepositionWord(_ k: Int) -> Bool {
    let j = mentions[k].tokenStart - 1
    return j >= range.lowerBound && tokens[j].isWord && isMarker(j, .preposition)
  }

  /// True when token `j` belongs to one of `mentions`. For rules given a test as a closure: one
  /// that captures the mentions alone (`{ Self.inMention($0, ms) }`, `ms` a local copy of
  /// `mentions`) copies no more than the array; `inMention` passed as a function copied the whole
  /// context (some 400 instructions, and as many to destroy it) at every call.
  static func inMention(_ j: Int, _ mentions: [Mention]) -> Bool {
    mentions.contains { $0.tokenStart <= j && j < $0.tokenEnd }
  }

  /// Whether the comma at `i` stands between two mentions of the same actor ("الرئيس
  /// الفلسطيني، #محمود_عباس", "Egypt's president, Sisi"); a hash sign or a quote may follow it.
  static func isApposition(_ i: Int, _ tokens: [Token], _ mentions: [Mention]) -> Bool {
    guard let before = mentions.last(where: { $0.tokenEnd == i }), !before.code.isEmpty else {
      return false
    }
    var j = i + 1
    while j < tokens.count, j <= i + 2,
      tokens[j].kind == .quote || (tokens[j].kind == .other && tokens.norm(j).equalsWord("#"))
    {
      j += 1
    }
    return mentions.contains { $0.tokenStart == j && $0.code == before.code }
  }

  /// Whether the comma at `i` is inside a mention (`Extractor.mergeWings`) or closes one that
  /// has a comma inside.
  static func closesMention(_ i: Int, _ tokens: [Token], _ mentions: [Mention]) -> Bool {
    mentions.contains { m in
      (m.tokenStart < i && i < m.tokenEnd)
        || (m.tokenEnd == i && (m.tokenStart..<m.tokenEnd).contains { tokens[$0].kind == .comma })
    }
  }

  /// True when a mention names a state by its own name ("اليمن", "Yemen"), not by its capital
  /// or a nisba: such a mention after "في"/"in" is a place, not a metonym for the government.
  func isCountryName(_ m: Mention) -> Bool {
    guard let gazetteer else { return false }
    return Extractor.isCountryName(m, tokens, gazetteer)
  }

  func isArabic(_ i: Int) -> Bool { tokens[i].kind == .arabic }

  /// True when the Arabic word at `i` is و with a person's title ("والرئيس", "وفخامة").
  func coordinatesPerson(_ i: Int) -> Bool {
    tokens[i].kind == .arabic && tokens.norm(i).startsWithLetter(0xD9, 0x88)
      && tokens[i].readings.contains {
        $0.proclitic.startsWithLetter(0xD9, 0x88)
          && lexicon.isMarker($0.stem, .personHead, arabic: true)
      }
  }

  /// True when the Arabic word at `i` is a head noun that itself starts with و ("وزير",
  /// "وفد", "وحدات", "ولاية"), or the word of direction "وسط", not و with a noun: "وصل إلى
  /// الدوحة وزير الخارجية الجيبوتي" names the place and then the minister, no two coordinated
  /// actors.
  func headSpeltWithWa(_ i: Int) -> Bool {
    let w = tokens.norm(i)
    return lexicon.isMarker(w, .personHead, arabic: true)
      || lexicon.isMarker(w, .envoyHead, arabic: true)
      || lexicon.isMarker(w, .forceNoun, arabic: true)
      || lexicon.isWholeWordMarker(tokens, i, .placeHead)
      // ("على مواقع جماعة أنصار الدين وسط مالي": a word of direction, "in central Mali".)
      || lexicon.isMarker(w, .direction, arabic: true)
  }

  /// True when the Arabic word at `i` is و with a verb of asking, warning or launching ("ودعت",
  /// "وحذرت", "وطالبت"): a coordinated verb that opens a clause of its own. ("وراء", a word
  /// of the light-verb list spelt with و, is no و with a verb.)
  func coordinatesClauseVerb(_ i: Int) -> Bool {
    guard tokens[i].kind == .arabic, tokens.norm(i).startsWithLetter(0xD9, 0x88) else {
      return false
    }
    if tokens[i].readings.contains(where: { r in
      r.proclitic.startsWithLetter(0xD9, 0x88)
        && (lexicon.isMarker(r.stem, .request, arabic: true)
          || lexicon.isMarker(r.stem, .warning, arabic: true)
          || lexicon.isMarker(r.stem, .lightVerb, arabic: true))
    }) {
      return true
    }
    // "الاعتداءات الإسرائيلية واعتبر المتحدث ...", "الهجوم واعتبر وزير الخارجية الأردني":
    // و with a verb of saying opens the next clause, whose subject follows; so does و with a
    // verb cue right before a title or a person ("الهجمات الإسرائيلية واتهم المتحدث باسم
    // الخارجية").
    guard tokens[i].lex.may(TokenLex.cue) else { return false }
    // ("واتهم سامح شكري إسرائيل": or a person's name; "وتتهم إيران إسرائيل": or an actor
    // with its object right after it.)
    let titled =
      i + 1 < range.upperBound
      && (isMarker(i + 1, .personHead)
        || mentions.contains {
          $0.tokenStart == i + 1 && $0.form == .name && gazetteer?.actorKind($0) == .person
        }
        || mentions.firstIndex(where: { $0.tokenStart == i + 1 }).map(hasAdjacentObject) == true)
    return lexicon.match(tokens, at: i, limit: i + 1).contains {
      $0.proclitic.startsWithLetter(0xD9, 0x88)
        && ($0.entry.frame == .speech || (titled && $0.entry.frame == .verb))
    }
  }

  /// True when the word at `j` is the "من" of "كل من" (each of, both), which opens a list of
  /// subjects or objects and is no preposition of its own.
  func isEachOf(_ j: Int) -> Bool {
    j > range.lowerBound && tokens.norm(j).sameBytes("\u{0645}\u{0646}")
      && tokens.norm(j - 1).sameBytes("\u{0643}\u{0644}")
  }

  /// True when no word of the sentence comes before `cue`.
  func opensSentence(_ cue: Lexicon.Match) -> Bool {
    !(range.lowerBound..<cue.tokenStart).contains { tokens[$0].isWord }
  }

  /// Digits or a number word ("ثلاثة", "عشرات", "million") at `i`.
  func isNumber(_ i: Int) -> Bool {
    range.contains(i) && (tokens[i].kind == .number || isMarker(i, .numberWord))
  }

  /// "قتل عشرة جنود أتراك": a number right after the verb counts its victims (the verb is
  /// read as passive), so no actor after it is the verb's subject.
  func countsVictims(_ cue: Lexicon.Match) -> Bool { isNumber(cue.tokenEnd) }

  @inline(__always)
  func isMarker(_ i: Int, _ marker: Marker) -> Bool {
    range.contains(i) && lexicon.isMarker(tokens, i, marker)
  }

  /// True when the mention is the object of a preposition (attached ب ل ك or a preposition word
  /// right before it), so it is not a clause subject.
  func isOblique(_ m: Mention) -> Bool {
    if forcesOf(m) || governmentIn(m) { return false }
    return isOblique(m.tokenStart, m.form, Self.letterAfterConjunction(m.proclitic))
  }

  /// `isOblique(mentions[k])`, the mention read in place (a copied Mention copies three
  /// Strings), also for `forcesOf`'s test of a name far enough into the sentence.
  func isOblique(at k: Int) -> Bool {
    let start = mentions.tokenStart(k)
    let form = mentions.form(k)
    // (The mention is handed to `forcesOf` and `governmentIn`, a copy, only when a word before
    // it can make either true: a cue word after a force noun in the two before it, as
    // `forcesOf` reads them, or "في"/"in" right before.)
    if form == .name, start - 2 >= range.lowerBound,
      (max(range.lowerBound + 1, start - 2)..<start).contains(where: {
        tokens[$0].lex.may(TokenLex.cue) && isMarker($0 - 1, .forceNoun)
      })
        // (An Arabic word is compared with "في" alone, another with "in" alone: no Arabic
        // word is "in", and no other is "في".)
        || (tokens.kind(start - 1) == .arabic
          ? tokens.norm(start - 1).sameBytes("\u{0641}\u{064A}")
          : tokens.norm(start - 1).sameBytes("in")),
      mentions.withMention(k, { forcesOf($0) || governmentIn($0) })
    {
      return false
    }
    return isOblique(start, form, mentions.letterAfterConjunction(k))
  }

  /// "المستشار السياسي لحركة حماس", "المبعوث الخاص للأمم المتحدة": the actor after the ل of a
  /// definite title (and one adjective of it) is the one the titled person speaks or acts for,
  /// no prepositional object.
  func titleOf(_ start: Int) -> Bool {
    var j = start - 1
    guard j > range.lowerBound, tokens[j].kind == .arabic else { return false }
    // ("المبعوث الخاص للأمم المتحدة": any definite adjective but a cue's noun, "قدم الرئيس
    // الدعم لحركة حماس".)
    if !isMarker(j, .personHead), ArabicClitics.hasArticleReading(tokens.norm(j)),
      looksLikeNisba(tokens.norm(j)) || !tokens[j].lex.may(TokenLex.cue),
      !inMention(j)
    {
      j -= 1
    }
    return j >= range.lowerBound && tokens[j].kind == .arabic && isMarker(j, .personHead)
      && ArabicClitics.hasArticleReading(tokens.norm(j))
  }

  /// `isOblique` past the test of `forcesOf`, for a mention of `form` starting at token `start`
  /// whose proclitic's letter after a conjunction is `letter`.
  private func isOblique(_ start: Int, _ form: Mention.Form, _ letter: UInt32) -> Bool {
    switch letter {
    case 0x0644 where titleOf(start): return false
    case 0x0628, 0x0644, 0x0643: return true  // ب ل ك
    default: break
    }
    var j = start - 1
    // "المناطق الخاضعة لسيطرة المعارضة": the genitive of a noun of control says who holds a
    // place.
    if form == .name, j >= range.lowerBound, tokens[j].kind == .arabic,
      lexicon.isMarker(tokens, j, .controlNoun)
    {
      return true
    }
    // "in northern Iraq": a direction adjective between the preposition and the name.
    if form == .name, j > range.lowerBound, tokens[j].kind == .latin, isMarker(j, .direction) {
      j -= 1
    }
    // Skip a head noun between the preposition and a nisba ("في محيط سرت", "from Turkish ...").
    if form == .adjective, j >= range.lowerBound, tokens[j].isWord, !isMarker(j, .preposition) {
      // "بالمبادرة المصرية": the head noun carries the preposition.
      if tokens[j].kind == .arabic, Self.startsWithPrepositionArticle(tokens.norm(j)) {
        return true
      }
      j -= 1
    }
    guard j >= range.lowerBound else { return false }
    // (The word is compared with "من" once, for the two tests that ask it, and with "عن" only
    // after an envoy's title.)
    let min = tokens.norm(j).sameBytes("\u{0645}\u{0646}")
    // "كل من X و Y" (both X and Y) is a subject, not a prepositional object.
    if min && isEachOf(j) { return false }
    // "مسلحون من تنظيم الدولة", "عناصر من حزب الله": the men are the group's; "من" is
    // partitive, and the group acts or is hit. So is a delegation's or envoy's ("وفد من حركة
    // حماس"), and so are representatives "عن" a body ("ممثلون عن الجيش السوداني").
    // (So are fighters or soldiers of a force, "مقاتلون من الجيش الحر"; not its weapons,
    // "صواريخ من لبنان".)
    if form == .name, min, j > range.lowerBound,
      isMarker(j - 1, .groupAnaphor) || isMarker(j - 1, .envoyHead)
        || lexicon.isMarker(tokens, j - 1, .domesticForceFirst)
        || (isMarker(j - 1, .forceNoun) && !lexicon.isMarker(tokens, j - 1, .weapon))
    {
      return false
    }
    if j > range.lowerBound, isMarker(j - 1, .envoyHead),
      tokens.norm(j).sameBytes("\u{0639}\u{0646}")
    {
      return false
    }
    // "Fighters from al-Shabaab", "militants of the Islamic State": the same in English (the
    // partitive "from"/"of" of `isCount`); also for a group's description ("hundreds of
    // guerrillas", "fighters of the group"), not for forces named by where they are ("thousands
    // of soldiers in Somalia": Somalia's, read by DomesticForces, are no subject).
    if form == .name
      || (form == .anaphor
        && (start..<Swift.min(start + 3, range.upperBound)).contains(where: {
          isMarker($0, .groupAnaphor)
        })),
      tokens[j].kind == .latin, isCount(j)
    {
      return false
    }
    // "Drones launched by Russia hit Kyiv", "A roadside bomb planted by the Taliban killed":
    // the agent of a participle that qualifies the sentence's first noun is what acts.
    if reducedRelativeAgent(by: j) { return false }
    // "Dozens of Houthi fighters": a nisba of a force noun after a count's "of".
    if form == .adjective, j == start - 1, tokens[j].kind == .latin, isCount(j),
      let end = mentions.first(where: { $0.tokenStart == start })?.tokenEnd,
      end < range.upperBound, isMarker(end, .forceNoun)
    {
      return false
    }
    // "a pact known as the Alliance of Sahel States": a name given is no subject.
    if tokens.kind(j) == .latin, case let a = isThe(j) ? j - 1 : j, a > range.lowerBound,
      tokens.norm(a).equalsWord("as"), tokens.norm(a - 1).equalsWord("known")
    {
      return true
    }
    guard isMarker(j, .preposition), !isMarker(j, .between) else { return false }
    // "The leader of Hezbollah condemned": the actor a title at the sentence's start stands for.
    return !(tokens[j].kind == .latin && titledActor(preposition: j))
  }

  /// English: `j` is the "by" of a participle of using a weapon (list `weapon_participle`) right
  /// after the first noun of the sentence, which opens it with at most three plain words before
  /// ("Drones launched by", "A roadside bomb planted by"): the participle qualifies that noun,
  /// no passive verb, and its agent used the weapon. (Not "Militias trained by Iran", "Hostages
  /// kidnapped by Hamas": the ones trained or taken act themselves.)
  func reducedRelativeAgent(by j: Int) -> Bool {
    guard tokens[j].kind == .latin, tokens.norm(j).equalsWord("by"), j - 2 >= range.lowerBound,
      j - 1 - range.lowerBound <= 4
    else { return false }
    let v = j - 1
    guard tokens[v].kind == .latin, !tokens[v].capitalized,
      lexicon.isMarker(tokens, v, .weaponParticiple),
      !isMarker(v - 1, .passiveAux), !isMarker(v - 1, .auxiliary)
    else { return false }
    return (range.lowerBound..<v).allSatisfy {
      tokens[$0].kind == .latin && ($0 == range.lowerBound || !tokens[$0].capitalized)
        && !inMention($0) && !isMarker($0, .preposition) && !isMarker($0, .passiveAux)
        && !isMarker($0, .auxiliary)
    }
  }

  /// "رفض المجلس العسكري في النيجر الوساطة", "السلطات في مالي", "the junta in Niger": a state
  /// named after the "في"/"in" of a government's head (list `government_head`; one adjective of
  /// it may stand between, "المجلس العسكري الحاكم") is that government, not where it is.
  func governmentIn(_ m: Mention) -> Bool { governmentHead(of: m) != nil }

  /// Where the head of `governmentIn` stands (the word of list `government_head`).
  func governmentHead(of m: Mention) -> Int? {
    let p = m.tokenStart - 1
    guard m.form == .name, p - 1 >= range.lowerBound,
      tokens.norm(p).sameBytes("\u{0641}\u{064A}") || tokens.norm(p).sameBytes("in"),
      !(isArabic(m.tokenStart) && !m.proclitic.isEmpty),
      // ("وزارة الخارجية في كابل": a capital may name the group that rules it.)
      let kind = gazetteer?.codeKind(m),
      kind == .state
        || (kind == .armedGroup && isArabic(m.tokenStart) && gazetteer?.actorKind(m) != .person)
    else { return nil }
    var h = p - 1
    for _ in 0..<2 where !lexicon.isMarker(tokens, h, .governmentHead) {
      // ("المجلس العسكري الحاكم في مالي", "the military junta in": adjectives of the head.)
      let adjective =
        isArabic(h)
        ? ArabicClitics.hasArticleReading(tokens.norm(h)) && !tokens[h].lex.may(TokenLex.cue)
        : tokens[h].kind == .latin && !tokens[h].capitalized && !isMarker(h, .determiner)
      guard adjective, h - 1 >= range.lowerBound, !isMarker(h, .preposition) else { return nil }
      h -= 1
    }
    // (Arabic: the definite head, "السلطات"; "سلطات الاحتلال في" is another's. A council
    // with its definite genitive is one: "مجلس السيادة في السودان", "مجلس الأمن والدفاع في".)
    guard lexicon.isMarker(tokens, h, .governmentHead),
      !isArabic(h) || ArabicClitics.hasArticleReading(tokens.norm(h))
        || (h + 1 < p && ArabicClitics.hasArticleReading(tokens.norm(h + 1)))
    else { return nil }
    return h
  }

  /// "هاجمت قوات موالية لحفتر", "Gunmen loyal to Sadr attacked": after a force noun and a
  /// participle of allegiance (a participle cue of support: "موالية ل", "loyal to"), the name
  /// is whose the forces are, and they act as it; its preposition is the participle's.
  func forcesOf(_ m: Mention) -> Bool {
    // (Not a state: "militias loyal to Iran" are its proxies, not its forces.)
    guard m.form == .name, m.tokenStart - 2 >= range.lowerBound,
      gazetteer?.codeKind(m) != .state
    else { return false }
    for j in max(range.lowerBound + 1, m.tokenStart - 2)..<m.tokenStart
    where tokens[j].lex.may(TokenLex.cue) && isMarker(j - 1, .forceNoun) {
      if lexicon.match(tokens, at: j, limit: m.tokenStart + 1).contains(where: {
        $0.entry.frame == .participle && $0.entry.relation == .supports
          && ($0.tokenEnd == m.tokenStart || $0.tokenEnd == m.tokenStart + 1)
      }) {
        return true
      }
    }
    return false
  }

  /// The prefixes of a head noun that carry a preposition: بال, لل, كال.
  private static let prepositionArticles: [[UInt8]] = [
    Array("\u{0628}\u{0627}\u{0644}".utf8), Array("\u{0644}\u{0644}".utf8),
    Array("\u{0643}\u{0627}\u{0644}".utf8),
  ]

  /// Whether folded Arabic `head` starts with one of `prepositionArticles`, or with و or ف and
  /// then one: what `head.hasPrefix(p) || head.dropFirst().hasPrefix(p) && "وف".contains(
  /// head.first ?? " ")` says, by bytes. Those compare Characters; the only scalars of an Arabic
  /// word that join the letter before them into one Character are the marks U+064B...U+065F
  /// and U+0670 (folding keeps U+0653...U+065F of them), so a prefix matches when its bytes do
  /// and no such mark follows them.
  static func startsWithPrepositionArticle(_ head: String) -> Bool {
    head.withBytes { b in
      /// Whether `b` has `p` at byte `k` and no mark right after it.
      func letters(_ p: [UInt8], at k: Int) -> Bool {
        guard b.count >= k + p.count else { return false }
        for (n, c) in p.enumerated() where b[k + n] != c { return false }
        return !Self.isCombiningMark(b, at: k + p.count)
      }
      if prepositionArticles.contains(where: { letters($0, at: 0) }) { return true }
      // و (D9 88) or ف (D9 81) as a Character of its own.
      guard b.count >= 2, b[0] == 0xD9, b[1] == 0x88 || b[1] == 0x81,
        !isCombiningMark(b, at: 2)
      else { return false }
      return prepositionArticles.contains { letters($0, at: 2) }
    }
  }

  /// Whether the scalar at byte `k` of `b` (if any) is one of the marks U+064B...U+065F
  /// (D9 8B ... D9 9F) or U+0670 (D9 B0).
  private static func isCombiningMark(_ b: UnsafeBufferPointer<UInt8>, at k: Int) -> Bool {
    k + 1 < b.count && b[k] == 0xD9 && (b[k + 1] >= 0x8B && b[k + 1] <= 0x9F || b[k + 1] == 0xB0)
  }

  /// True when the mention carries ب or ك ("بالحركة" "in the movement"): it names where or
  /// how, never whose.
  func hasLocativeProclitic(_ m: Mention) -> Bool {
    let c = Self.letterAfterConjunction(m.proclitic)
    return c == 0x0628 || c == 0x0643
  }

  /// `hasLocativeProclitic(mentions[k])`, the proclitic read in place (no copy of the mention).
  func hasLocativeProclitic(at k: Int) -> Bool {
    let c = mentions.letterAfterConjunction(k)
    return c == 0x0628 || c == 0x0643
  }

  /// The first letter of a proclitic that is not the conjunction و or ف (0 when none).
  /// (Most proclitics are empty: that is told here, inlined, without the call.)
  @inline(__always)
  static func letterAfterConjunction(_ proclitic: String) -> UInt32 {
    proclitic.isEmpty ? 0 : firstLetterAfterConjunction(proclitic)
  }

  /// `letterAfterConjunction(_:)` of a proclitic that is not empty.
  private static func firstLetterAfterConjunction(_ proclitic: String) -> UInt32 {
    for s in proclitic.unicodeScalars where s.value != 0x0648 && s.value != 0x0641 {
      return s.value
    }
    return 0
  }

  /// `groupForward(k)` without the mentions of the codes in `excluding` (a subject's own codes
  /// in a coordinated object).
  func groupForward(_ k: Int, excluding: ExcludedCodes) -> [Int] {
    groupForward(k).filter { !excluding.contains(mentions[$0].code) }
  }

  /// The first token of `span` (cut to the sentence's end) in `marker`'s list, if any: a plain
  /// loop (`first(where:)` with a closure that reads the context copied the whole context).
  func firstMarker(_ marker: Marker, in span: Range<Int>) -> Int? {
    var q = span.lowerBound
    let end = Swift.min(span.upperBound, range.upperBound)
    while q < end {
      if isMarker(q, marker) { return q }
      q += 1
    }
    return nil
  }

  /// The last token of `span` in clause `c` and in `marker`'s list, if any: a plain loop, as
  /// `firstMarker`.
  func lastMarker(_ marker: Marker, inClause c: Int, _ span: Range<Int>) -> Int? {
    var q = span.upperBound
    while q > span.lowerBound {
      q -= 1
      // (The word's bits first: most words are in no list, and their clause is not read.)
      guard isMarker(q, marker) else { continue }
      let cq = clauseOf(q)
      if cq == c { return q }
      // (Clause numbers never fall along a sentence: before a token of an earlier clause, no
      // token is in clause `c`.)
      if cq < c { return nil }
    }
    return nil
  }

  /// `lastMarker(_:inClause:_:)` for a list read by name (`Marker.NamedList`), by its bit.
  func lastMarker(_ list: Marker.NamedList, inClause c: Int, _ span: Range<Int>) -> Int? {
    var q = Swift.min(span.upperBound, range.upperBound)
    let start = Swift.max(span.lowerBound, range.lowerBound)
    while q > start {
      q -= 1
      guard lexicon.isMarker(tokens, q, list) else { continue }
      let cq = clauseOf(q)
      if cq == c { return q }
      if cq < c { return nil }
    }
    return nil
  }

  /// True when token `i` is "the" (only a Latin word can be: the kind is tested first, as
  /// comparing an Arabic word's String with "the" costs a normalization check).
  func isThe(_ i: Int) -> Bool {
    tokens.kind(i) == .latin && tokens.norm(i).equalsWord("the")
  }

  /// True when token `i` is a guillemet, « or », which Arabic news puts around names.
  /// (The kind is tested inlined, without the call: most words are no quote mark.)
  @inline(__always)
  func isGuillemet(_ i: Int) -> Bool {
    tokens.kind(i) == .quote && isGuillemetQuote(i)
  }

  /// `isGuillemet(_:)` of a quote mark.
  private func isGuillemetQuote(_ i: Int) -> Bool {
    tokens.norm(i).sameBytes("\u{00AB}") || tokens.norm(i).sameBytes("\u{00BB}")
  }

  /// English: whether the word at `i` is a plain modifier of the name after it ("paramilitary",
  /// "rival"): lower-case, no word of a marker list that ends a phrase, and no verb cue ("and
  /// armed Hezbollah" may be a verb) nor verb of saying ("and said Russia ...").
  func englishModifier(_ i: Int) -> Bool {
    guard tokens.kind(i) == .latin, !tokens[i].capitalized, !isThe(i), !isCoordination(i),
      !isMarker(i, .preposition), !isMarker(i, .determiner), !isMarker(i, .auxiliary),
      !isMarker(i, .relative), !isMarker(i, .complementizer), !isMarker(i, .negation),
      !isMarker(i, .adverb)
    else { return false }
    return !tokens[i].lex.may(TokenLex.cue)
      || !lexicon.match(tokens, at: i, limit: i + 1).contains {
        $0.entry.frame == .verb || $0.entry.frame == .speech
      }
  }

  /// True when token `i` is a quote mark that may stand around a name: a guillemet or a
  /// double quote (" “ ”).
  /// (The kind is tested inlined, without the call, as in `isGuillemet(_:)`.)
  @inline(__always)
  func isNameQuote(_ i: Int) -> Bool {
    tokens.kind(i) == .quote && isNameQuoteMark(i)
  }

  /// `isNameQuote(_:)` of a quote mark.
  private func isNameQuoteMark(_ i: Int) -> Bool {
    let n = tokens.norm(i)
    return isGuillemet(i) || n.sameBytes("\"") || n.sameBytes("\u{201C}") || n.sameBytes("\u{201D}")
  }

  /// English: whether token `j` reads as a verb in the past: a word in -ed of five letters or
  /// more, or a verb of the irregular past (list `past_irregular`).
  func isEnglishPast(_ j: Int) -> Bool {
    let w = tokens.norm(j)
    return (w.utf8.count > 4 && w.hasByteSuffix("ed")) || isMarker(j, .pastIrregular)
  }

  /// English: whether token `j` is a verb of a clause: a lower-case word in the past
  /// (`isEnglishPast`) or a verb cue.
  func englishVerbAfter(_ j: Int) -> Bool {
    guard j < range.upperBound, tokens.kind(j) == .latin, !tokens[j].capitalized else {
      return false
    }
    return isEnglishPast(j)
      || (tokens[j].lex.may(TokenLex.cue)
        && lexicon.match(tokens, at: j, limit: j + 1).contains { $0.entry.frame == .verb })
  }

  /// Whether mention `b` is a known person whose body is what mention `a` names (the same
  /// code, `a` no person itself).
  func holdsBody(_ a: Int, _ b: Int) -> Bool {
    let code = mentions.code(b)
    return !code.isEmpty && code == mentions.code(a) && mentions[b].actor != code
      && mentions[a].actor == code
  }

  /// True when token `i` is "and"/"و" (also a "و" standing alone before a guillemet).
  func isCoordination(_ i: Int) -> Bool {
    isMarker(i, .coordination)
      || (tokens.kind(i) == .arabic && tokens.norm(i).sameBytes("\u{0648}"))
  }

  /// Where the words between two mentions start once an English possessive's head noun is
  /// passed over: "Sudan's army and", "Israel's military and" (one or two lower-case words
  /// after "'s", then "and"); so for the noun a nisba qualifies (`nisba`): "the Sudanese army
  /// and". `start` itself otherwise.
  func possessiveHeadEnd(after start: Int, before end: Int, nisba: Bool = false) -> Int {
    let possessive =
      start + 3 < end && tokens[start].kind == .quote && tokens.norm(start + 1).sameBytes("s")
      && !isArabic(start + 1)
    guard possessive || (nisba && start + 1 < end && tokens[start].kind == .latin) else {
      return start
    }
    var j = possessive ? start + 2 : start
    var words = 0
    while j < end, words < 2, tokens[j].kind == .latin, !tokens[j].capitalized,
      !isMarker(j, .preposition), !isMarker(j, .coordination), !isMarker(j, .determiner)
    {
      words += 1
      j += 1
    }
    guard words > 0, j < end, isMarker(j, .coordination) else { return start }
    return j
  }

  /// Whether the words at `a` and `b` can qualify one noun: in Arabic, the same ending among
  /// feminine (ة, folded ه), sound masculine plural (ين، ون) and the rest; English always.
  func nisbasAgree(_ a: Int, _ b: Int) -> Bool {
    guard tokens[a].kind == .arabic, tokens[b].kind == .arabic else { return true }
    func ending(_ w: String) -> Int {
      if w.hasByteSuffix("\u{0647}") { return 1 }
      if w.hasByteSuffix("\u{064A}\u{0646}") || w.hasByteSuffix("\u{0648}\u{0646}") { return 2 }
      return 0
    }
    return ending(tokens.norm(a)) == ending(tokens.norm(b))
  }

  /// Indices (into `mentions`) of mentions coordinated with mention `k` and after it:
  /// "X و Y", "X, Y and Z", adjacent nisbas that agree "روسية تركية".
  /// (Mentions `k` through `groupEnd(k)`: the list made once, at its length.)
  func groupForward(_ k: Int) -> [Int] { Array(k...groupEnd(k)) }

  /// The last mention of `groupForward(k)`, without making the list (`groupStart` asks only
  /// whether the group of the mention before reaches a mention: a list made and freed each
  /// time).
  func groupEnd(_ k: Int) -> Int {
    var cur = k
    // Where a list joined by commas alone started (as a count of the group's mentions then).
    var pendingComma: Int?
    while cur + 1 < mentions.count {
      // The two mentions' fields, read in place (a copied Mention copies three Strings).
      let aForm = mentions[cur].form
      let bForm = mentions[cur + 1].form
      // (و, D9 88, read in place.)
      let bWa = mentions.proclitic(cur + 1).startsWithLetter(0xD9, 0x88)
      // "Sudan's army and the RSF": the head noun of an English possessive belongs to the
      // first name; the gap starts after it.
      let gap =
        possessiveHeadEnd(
          after: mentions[cur].tokenEnd, before: mentions[cur + 1].tokenStart,
          nisba: aForm == .adjective)..<mentions[cur + 1].tokenStart
      // Guillemets around names ("«فتح» و«حماس»", "«فتح» وحماس") are no words between them.
      // (Counted up to four: only none, at most three and some are asked.)
      var words = 0
      for j in gap where !isGuillemet(j) {
        words += 1
        if words > 3 { break }
      }
      let joined: Bool
      if words == 0 {
        // Two nisbas of one noun agree with it ("القوات الأمريكية البريطانية"); "القوات
        // الأمريكية الحوثيين" is a subject and its object.
        joined =
          bWa
          || (aForm == .adjective && bForm == .adjective
            && nisbasAgree(mentions[cur].tokenEnd - 1, mentions[cur + 1].tokenEnd - 1))
      } else if words > 3 {
        // (Too many words to join: the gap's words are not read.)
        joined = false
      } else {
        // "X and Y", "X, Y and Z", "X and the Y"; English "X and paramilitary Y": one plain
        // modifier of the name right before it.
        // (Not before a pronoun: "criticised Russia and said it backed Ukraine" has a verb
        // of saying between, no modifier.)
        let modifier =
          gap.count >= 2 && englishModifier(gap.upperBound - 1)
          && !(tokens.kind(gap.upperBound) == .latin
            && lexicon.isMarker(tokens, gap.upperBound, .subjectPronoun))
        // "Mobutu and rebel leader Laurent Kabila": two such words before a person's name.
        let modifiers =
          !modifier
          ? 0
          : gap.count >= 3 && mentions[cur + 1].actor != mentions[cur + 1].code
            && englishModifier(gap.upperBound - 2) ? 2 : 1
        let from = gap.upperBound - modifiers
        joined =
          gap.allSatisfy {
            tokens[$0].kind == .comma && !tokens.norm($0).sameBytes(":") || isCoordination($0)
              || isThe($0) || isGuillemet($0) || $0 >= from
          }
          && gap.contains {
            !isThe($0) && !isGuillemet($0) && $0 < from
          }
      }
      // "US-Iraqi", "Turkish-Russian": a hyphen between two names joins them; so between two
      // English names before the noun they qualify ("US-Iran talks", "the Armenia-Azerbaijan
      // peace deal").
      let bEnd = mentions[cur + 1].tokenEnd
      let hyphenated =
        gap.count == 1 && tokens[gap.lowerBound].kind == .quote
        && tokens.norm(gap.lowerBound).sameBytes("-")
        && (aForm == .adjective || bForm == .adjective
          || (aForm == .name && bForm == .name && bEnd < range.upperBound
            && tokens[bEnd].kind == .latin && !tokens[bEnd].capitalized
            && !isMarker(bEnd, .preposition) && !isMarker(bEnd, .coordination)
            && !isMarker(bEnd, .auxiliary)))
      // "النظام السوري والمتمردين الحوثيين", "X وقوات حفتر": a coordinated head noun with its
      // nisba or genitive.
      // "هاجمت الجزائر فرنسا وانتقدت المغرب": a coordinated verb starts a clause of its own.
      // (Quote marks that open the next name stand outside it: "وقائد "قوات سوريا
      // الديمقراطية"".)
      var head = gap
      while head.count > 1, isNameQuote(head.upperBound - 1) {
        head = head.lowerBound..<head.upperBound - 1
      }
      let coordinatedHead =
        head.count == 1 && bForm != .deictic && tokens[head.lowerBound].kind == .arabic
        && tokens.norm(head.lowerBound).startsWithLetter(0xD9, 0x88)
        && !headSpeltWithWa(head.lowerBound)
        && !lexicon.match(tokens, at: head.lowerBound, limit: head.upperBound).contains {
          $0.entry.frame == .verb || $0.entry.frame == .meet || $0.entry.frame == .speech
        }
        // "دانت الصين الغارة الإسرائيلية ودعت روسيا": nor a verb of asking, warning or
        // launching.
        && !coordinatesClauseVerb(head.lowerBound)
      // "الملك عبدالله الثاني وفخامة الرئيس المصري": an honorific and the title of the next.
      let honoredHead =
        gap.count == 2 && bForm != .deictic && coordinatesPerson(gap.lowerBound)
        && isMarker(gap.lowerBound + 1, .personHead)
        || titledHead(gap, bForm) || affiliatedForceHead(gap, mention: cur + 1)
      // "محادثات أولمرت ـ بوش", "لقاء «رايس ـ فياض ـ باراك»": a dash (or a lone tatweel)
      // between two names after a noun of meeting joins them.
      // (A lone tatweel makes no token: the names are then apart by more than a space.)
      let dashed =
        aForm == .name && bForm == .name && isArabic(mentions[cur].tokenStart)
        && (gap.count == 1 && tokens[gap.lowerBound].kind == .quote
          && tokens.norm(gap.lowerBound).sameBytes("-")
          || gap.isEmpty && isArabic(gap.lowerBound)
            && tokens[gap.lowerBound].start - tokens[gap.lowerBound - 1].end >= 3)
        && meetingNounBefore(mentions[k].tokenStart)
      // "قائد قوات سوريا الديمقراطية (قسد) مظلوم عبدي": a known person of the body named right
      // before him (past its quote mark) is one item with it.
      let holder =
        aForm == .name && bForm == .name && gap.allSatisfy({ isNameQuote($0) })
        && holdsBody(cur, cur + 1)
      // "Congo's Therese Kayikwamba Wagner and Rwanda's Olivier Nduhungirehe signed": a name
      // after the English possessive of its own actor ("'s" alone between) is one item with it.
      // ("Guyana's President Irfaan Ali": so with one or two capitalised words of title
      // between.)
      let ownName =
        bForm == .name && (2...4).contains(gap.count) && tokens[gap.lowerBound].kind == .quote
        && tokens.kind(gap.lowerBound + 1) == .latin
        && tokens.norm(gap.lowerBound + 1).equalsWord("s")
        && (gap.lowerBound + 2..<gap.upperBound).allSatisfy({
          tokens.kind($0) == .latin && tokens[$0].capitalized
        })
        && mentions.code(cur) == mentions.code(cur + 1)
      guard
        joined || coordinatedHead || honoredHead || hyphenated || dashed || holder
          || alliesLink(gap) || ownName
      else {
        break
      }
      // "وقعت روسيا، حليفة دمشق، وتركيا": the comma that closes an apposition of a title or an
      // ally (`titleAppositionEnd`) ends it; the actor joined by و after it is no item of its
      // list.
      if bWa, gap.count == 1, tokens[gap.lowerBound].kind == .comma,
        closesApposition(gap.lowerBound, openedBefore: mentions.tokenStart(cur))
      {
        break
      }
      // "... by Kigali, and Kinshasa announced": ", and" between the first two names, with a
      // verb right after the second, joins two clauses, not a list (English).
      // ("The US, Russia, and Switzerland met": not the end of a list the first name goes on.)
      if cur == k, gap.count == 2, tokens[gap.lowerBound].kind == .comma,
        isCoordination(gap.lowerBound + 1), tokens.kind(gap.lowerBound + 1) == .latin,
        englishVerbAfter(mentions.tokenEnd(cur + 1))
          // ("Turkey condemned Israel, and Egypt has recalled its ambassador".)
          || (mentions.tokenEnd(cur + 1) < range.upperBound
            && tokens.kind(mentions.tokenEnd(cur + 1)) == .latin
            && isMarker(mentions.tokenEnd(cur + 1), .auxiliary)),
        !(mentions.tokenStart(k) > range.lowerBound
          && tokens[mentions.tokenStart(k) - 1].kind == .comma)
      {
        break
      }
      // A comma alone joins only as part of a list that goes on with "and"/"و" ("X, Y and
      // Z"); "According to X, the rebels" is no list.
      let commaOnly =
        words > 0 && !gap.contains { isCoordination($0) }
        && !bWa && !alliesLink(gap) && !coordinatedHead && !honoredHead
        && !hyphenated && !dashed && !holder && !ownName
      // (The group so far is mentions `k` through `cur`.)
      if commaOnly { pendingComma = pendingComma ?? cur - k + 1 }
      // (A name after its actor's possessive goes on with the same item: "Netanyahu, while
      // Qatar's Emir Sheikh Tamim helped" is no list.)
      if !commaOnly && !ownName { pendingComma = nil }
      cur += 1
    }
    if let p = pendingComma, !endsWithUnknownName(after: cur) { return k + p - 1 }
    return cur
  }

  /// English: whether "and" (or ", and") and a capitalised word no actor names follow mention
  /// `m`: the last item of a list whose name the gazetteer lacks ("Los Choneros, Los Lobos and
  /// Los Tiguerones"), so the items joined by commas before it are a list.
  func endsWithUnknownName(after m: Int) -> Bool {
    var j = mentions.tokenEnd(m)
    if j < range.upperBound, tokens.kind(j) == .comma, tokens.norm(j).sameBytes(",") { j += 1 }
    return j + 1 < range.upperBound && tokens.kind(j) == .latin && tokens.norm(j).equalsWord("and")
      && tokens.kind(j + 1) == .latin && tokens[j + 1].capitalized && !inMention(j + 1)
  }

  /// "مفاوضات سولانا ومسؤول الملف النووي الإيراني", "X ووزير الخارجية الإيراني": the gap
  /// between two mentions is a title with و (two or three words, the others definite and no
  /// cue), whose nisba or name the next mention is.
  func titledHead(_ gap: Range<Int>, _ bForm: Mention.Form) -> Bool {
    // "with both Zelenskiy and President Vladimir Putin", "and Prime Minister Modi": an
    // English title, capitalised, its last word of `person_head`, before the next name.
    if (2...3).contains(gap.count), bForm == .name, tokens.kind(gap.lowerBound) == .latin,
      isCoordination(gap.lowerBound), isMarker(gap.upperBound - 1, .personHead)
    {
      return gap.dropFirst().allSatisfy { tokens.kind($0) == .latin && tokens[$0].capitalized }
    }
    guard (2...3).contains(gap.count), bForm == .adjective || bForm == .name,
      coordinatesPerson(gap.lowerBound)
    else { return false }
    return gap.dropFirst().allSatisfy { isTitleWord($0) && !isMarker($0, .preposition) }
  }

  /// A definite Arabic word of a title or a force's name ("الملف", "التنفيذية"): no cue's word
  /// and no actor's.
  func isTitleWord(_ j: Int) -> Bool {
    tokens[j].kind == .arabic && ArabicClitics.hasArticleReading(tokens.norm(j))
      && !tokens[j].lex.may(TokenLex.cue) && !inMention(j)
  }

  /// "بين حركة فتح والقوة التنفيذية التابعة لحماس", "الجيش اللبناني والقوات التابعة لحزب
  /// الله": the gap before mention `b` is a force noun with و, at most two definite adjectives
  /// and a word of affiliation (named list `affiliation`), and `b` has its ل: the force is
  /// `b`'s, coordinated with the mention before. (`b` is `mentions[b]`, read in place, last:
  /// passing the mention copied it, three Strings, at every pair of mentions.)
  func affiliatedForceHead(_ gap: Range<Int>, mention b: Int) -> Bool {
    guard (2...4).contains(gap.count), tokens[gap.lowerBound].kind == .arabic,
      tokens.norm(gap.lowerBound).startsWithLetter(0xD9, 0x88),
      lexicon.isMarker(tokens, gap.upperBound - 1, .affiliation),
      Self.letterAfterConjunction(mentions[b].proclitic) == 0x0644
    else { return false }
    let head = gap.lowerBound
    let force =
      isMarker(head, .forceNoun) || lexicon.isArticleMarker(tokens[head], .forceNoun)
      || tokens.norm(head).sameBytes("\u{0648}\u{0627}\u{0644}\u{0642}\u{0648}\u{0647}")  // والقوه
      || tokens.norm(head).sameBytes("\u{0648}\u{0642}\u{0648}\u{0647}")  // وقوه
    return force && (head + 1..<gap.upperBound - 1).allSatisfy { isTitleWord($0) }
  }

  /// True when a noun of meeting or of a joint act ("محادثات", "لقاء", "قمة") stands right
  /// before token `start` (past a guillemet).
  func meetingNounBefore(_ start: Int) -> Bool {
    var j = start - 1
    if j > range.lowerBound, isGuillemet(j) { j -= 1 }
    guard j >= range.lowerBound, isArabic(j) else { return false }
    return lexicon.match(tokens, at: j, limit: j + 1).contains {
      $0.entry.frame == .joint || $0.entry.frame == .meet
    }
  }

  /// "X وحلفاؤها Y", "X and its allies Y": the allies belong to the same group of arguments.
  func alliesLink(_ gap: Range<Int>) -> Bool {
    guard let first = gap.first else { return false }
    if gap.count == 1, tokens[first].kind == .arabic {
      // A reading's proclitic is the start of the word: a word that does not start with و has
      // no reading with و (its readings are not made then).
      guard tokens.norm(first).startsWithLetter(0xD9, 0x88) else { return false }
      return tokens[first].readings.contains { r in
        r.proclitic.startsWithLetter(0xD9, 0x88)
          && ArabicClitics.splitEnclitic(r.stem).contains {
            !$0.enclitic.isEmpty && lexicon.isMarker($0.stem, .ally, arabic: true)
          }
      }
    }
    return gap.count <= 3 && isMarker(first, .coordination)
      && gap.dropFirst().allSatisfy {
        isMarker($0, .ally) || lexicon.isMarker(tokens, $0, .possessive)
      }
      && gap.dropFirst().contains { isMarker($0, .ally) }
  }

  /// The group that ends with mention `k` (walking backwards).
  func groupBackward(_ k: Int) -> [Int] {
    Array(groupStart(k)...k)
  }

  /// The first mention of the group that ends with mention `k` (`groupBackward(k).first`,
  /// without making the list).
  func groupStart(_ k: Int) -> Int {
    var cur = k
    while cur > 0, groupEnd(cur - 1) >= cur { cur -= 1 }
    return cur
  }

  /// Index of the nearest mention ending at or before token `i`, in the same clause when
  /// `sameClause`, skipping obliques when `subjectsOnly`.
  func nearestBefore(
    _ cueStart: Int, sameClause: Bool, subjectsOnly: Bool, maxDistance: Int = 14,
    excluding: ExcludedCodes = []
  ) -> Int? {
    let c = clauseOf(cueStart)
    // The mentions' fields are read in place: a copied Mention copies three Strings.
    for k in mentions.indices.reversed() where mentions[k].tokenEnd <= cueStart {
      if cueStart - mentions[k].tokenEnd > maxDistance { return nil }
      if sameClause && clauseOf(mentions[k].tokenStart) != c { return nil }
      if !excluding.isEmpty && excluding.contains(mentions[k].code) { continue }
      if subjectsOnly, isOblique(at: groupStart(k)) { continue }
      return k
    }
    return nil
  }

  /// Index of the first mention starting at or after token `i`. With `skippingCounts` the
  /// words of a count (`countWords`: "more than a dozen", "ما لا يقل عن 15") take no room in
  /// `maxDistance`, nor do time words or a target head joined to another (`joinedHeadWords`).
  func firstAfter(
    _ i: Int, sameClause: Bool, maxDistance: Int = 10, excluding: ExcludedCodes = [],
    clauseOfCue: Int? = nil, skippingCounts: Bool = false
  ) -> Int? {
    let c = clauseOfCue ?? (i < range.upperBound ? clauseOf(i) : -1)
    // Mentions before the head of a compound of backing are passed over (`backedHead`).
    var skipTo = 0
    for k in mentions.indices where mentions[k].tokenStart >= i {
      if k < skipTo { continue }
      let start = mentions[k].tokenStart
      let far = start - i > maxDistance
      if far && !skippingCounts { return nil }
      if sameClause && clauseOf(start) != c { return nil }
      if (i..<start).contains(where: { tokens[$0].kind == .stop }) { return nil }
      // (Each test here gives nil: the words of counts and times, dear to find, are counted
      // last, only for a mention in the clause with no stop before it; the time words and
      // joined heads only when the count's words leave it too far.)
      if far {
        let rest = start - i - countWords(i, start)
        if rest > maxDistance
          && rest - timeWords(i, start) - joinedHeadWords(i, start) > maxDistance
        {
          return nil
        }
      }
      if !excluding.isEmpty && excluding.contains(mentions[k].code) { continue }
      // "attacked by Iran-backed militias": the backer is no argument; the head is, if named.
      if let after = backedFrom(k) {
        guard let h = backedHead(after: after) else { return nil }
        skipTo = h
        continue
      }
      return k
    }
    return nil
  }
}

extension Array where Element == Mention {
  /// `body(self[i])` with the mention read in place: `self[i]` passed on copied the mention
  /// (three Strings) first and destroyed the copy after.
  @inline(__always)
  func withMention<R>(_ i: Int, _ body: (Mention) -> R) -> R {
    // (Here and below, the bounds are checked against the buffer: `count` was left a call in
    // long callers.)
    return withUnsafeBufferPointer {
      precondition(i >= 0 && i < $0.count, "Index out of range")
      return body($0.baseAddress.unsafelyUnwrapped[i])
    }
  }

  /// `SentenceContext.letterAfterConjunction(self[i].proclitic)`, the mention read in place.
  func letterAfterConjunction(_ i: Int) -> UInt32 {
    return withUnsafeBufferPointer {
      precondition(i >= 0 && i < $0.count, "Index out of range")
      return SentenceContext.letterAfterConjunction($0.baseAddress.unsafelyUnwrapped[i].proclitic)
    }
  }
}
