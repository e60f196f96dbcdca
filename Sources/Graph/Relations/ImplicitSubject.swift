/// The subject an Arabic verb leaves unsaid. "أدانت إيران الهجوم، وأكدت دعمها للحكومة السورية",
/// "... . وأكد دعمه للحكومة السورية": the pronoun on the verbal noun after a coordinated verb
/// with no subject of its own stands for the subject of the clause before, in this sentence or
/// the one before.
extension SentenceContext {
  /// The verb right before Arabic noun cue `cue` (past the "عن" of "أعرب عن") when the cue has
  /// a pronoun and the verb has no subject of its own: a verb of saying or a light verb ("أكد",
  /// "جدد", "أعرب") that opens the sentence, or opens a clause with و or ف. Also a noun with no
  /// pronoun right after a light verb with و or ف ("، وشنت غارات على ..."). Its index, or nil.
  func subjectlessVerb(before cue: Lexicon.Match) -> Int? {
    guard isArabic(cue.tokenStart) else { return nil }
    var p = cue.tokenStart - 1
    if p > range.lowerBound, tokens.norm(p).sameBytes("\u{0639}\u{0646}") { p -= 1 }
    guard range.contains(p), isArabic(p), !inMention(p) else { return nil }
    let word = tokens.norm(p)
    let coordinated =
      word.scalarCount > 3
      && (word.startsWithLetter(0xD9, 0x88) || word.startsWithLetter(0xD9, 0x81))
    guard p == range.lowerBound || coordinated else { return nil }
    // ("قصفت إسرائيل غزة، وشنت غارات على لبنان": a noun with no pronoun right after a
    // coordinated light verb, which has no subject of its own between.)
    if !hasPronoun(cue) {
      return coordinated && p == cue.tokenStart - 1 && cue.entry.frame == .noun
        && isMarker(p, .lightVerb) ? p : nil
    }
    guard isMarker(p, .lightVerb) || isSpeechVerb(p) else { return nil }
    return p
  }

  /// Whether Arabic cue `cue` has a pronoun: one the match split off, or one on the first word
  /// of a cue of several words ("وقوفها إلى جانب", `writtenPronoun`).
  func hasPronoun(_ cue: Lexicon.Match) -> Bool {
    !cue.enclitic.isEmpty
      || (cue.tokenEnd - cue.tokenStart > 1 && isArabic(cue.tokenStart)
        && writtenPronoun(cue))
  }

  /// True when token `j` starts a speech cue ("قال", "أكد", "شدد").
  func isSpeechVerb(_ j: Int) -> Bool {
    tokens[j].lex.may(TokenLex.cue)
      && lexicon.match(tokens, at: j, limit: j + 1).contains { $0.entry.frame == .speech }
  }

  /// The subject of the sentence's first clause, before token `end`: the first actor, when it
  /// opens the sentence or follows its first word (a verb; a title of up to three words may
  /// stand between: "أدان وزير الخارجية التركي"), with no preposition before it. Its mention,
  /// or nil.
  func openingSubject(before end: Int) -> Int? {
    // (No mention, no subject: the opener is not looked for.)
    guard !mentions.isEmpty else { return nil }
    // "ومن جانبه أكد ممثل الإمارات", "من جهتها، قالت": the phrase "on his part" comes first.
    let first = partOpenerEnd()
    guard let k = mentions.indices.first, mentions[k].tokenStart < end,
      mentions[k].tokenStart <= first + 4, !isOblique(at: k),
      !hasLocativeProclitic(at: k)
    else { return nil }
    let start = mentions[k].tokenStart
    guard start > first + 1 else { return k }
    // The words between the first word and the actor are a title ("وزير الخارجية") or the head
    // the nisba qualifies ("الحكومة", "القوات"), not a noun no actor names ("وانتقد الكاتب
    // الاعتداء الإسرائيلي"). An envoy's head is a title too ("ممثل الإمارات").
    let h = first + 1
    guard
      isMarker(h, .personHead) || isMarker(h, .envoyHead) || isMarker(h, .anaphoricHead)
        || isMarker(h, .forceNoun)
        // (The token read in place: `tokens[h]` passed on copied it.)
        || tokens.withToken(h, { lexicon.isArticleMarker($0, .anaphoricHead) })
        || tokens.withToken(h, { lexicon.isArticleMarker($0, .forceNoun) }),
      (h..<start).allSatisfy({ isArabic($0) && !isMarker($0, .preposition) })
    else { return nil }
    return k
  }

  /// The first token after a dateline that opens the sentence ("بورتسودان (وكالات) - أعلن
  /// الجيش ..."): a dash set off by spaces within its first ten tokens, with no actor named
  /// before it (a dateline's places are no actors); the sentence's first token when it has none.
  func afterDateline() -> Int {
    let a = range.lowerBound
    let first = mentions.first?.tokenStart ?? range.upperBound
    for j in a..<min(range.upperBound - 1, a + 10, first) {
      switch tokens[j].kind {
      case .stop: return a
      case .quote where j > a && tokens[j - 1].end < tokens[j].start:
        if Dateline.isDash(tokens, j) { return j + 1 }
      default: continue
      }
    }
    return a
  }

  /// The first token of the sentence after an opening "ومن جانبه", "من جهتها" (on his or her
  /// part; a comma after it skipped) or "وفي خطوة مماثلة،"; the sentence's first token when it
  /// has none.
  func partOpenerEnd() -> Int {
    let a = afterDateline()
    guard a + 2 < range.upperBound, isArabic(a), isArabic(a + 1) else { return a }
    let w = tokens.norm(a)
    // "وفي خطوة مماثلة، أعلنت النيجر", "وفي سياق متصل، ...": a phrase of "في" and one to three
    // words no actor names, closed by a comma.
    if w.sameBytes("\u{0641}\u{064A}") || w.sameBytes("\u{0648}\u{0641}\u{064A}"),
      let c = (a + 2..<min(range.upperBound, a + 5)).first(where: { tokens[$0].kind == .comma }),
      c + 1 < range.upperBound,
      (a + 1..<c).allSatisfy({ isArabic($0) && !inMention($0) })
    {
      return c + 1
    }
    guard w.sameBytes("\u{0645}\u{0646}") || w.sameBytes("\u{0648}\u{0645}\u{0646}") else {
      return a
    }
    let n = tokens.norm(a + 1)
    guard
      n.hasBytePrefix("\u{062C}\u{0627}\u{0646}\u{0628}")
        || n.hasBytePrefix("\u{062C}\u{0647}\u{062A}")
    else { return a }
    return tokens[a + 2].kind == .comma && a + 3 < range.upperBound ? a + 3 : a + 2
  }

  /// True when what follows Arabic verb cue `cue` cannot be a subject of its own: a word with a
  /// preposition ("وندد بالعدوان"), a preposition, a name, or a noun of an act ("وانتقد
  /// الضربات ..."). Not a noun that may be its subject: "وانتقدت المعارضة التركية روسيا",
  /// "وادان الجانبان الهجمات".
  func noSubjectFollows(_ cue: Lexicon.Match) -> Bool {
    let j = cue.tokenEnd
    guard range.contains(j), isArabic(j) else { return false }
    if mentions.contains(where: { $0.tokenStart == j && $0.form == .name }) { return true }
    let w = tokens.norm(j)
    return isMarker(j, .preposition) || isMarker(j, .attackNoun)
      || (w.scalarCount > 3
        && (w.startsWithLetter(0xD8, 0xA8) || w.startsWithLetter(0xD9, 0x84)))
  }
}

extension Extractor {
  /// The pairs of noun cue `cue` whose pronoun stands for `subject`, the unsaid subject of the
  /// verb at `verb`: the noun's rule read as if the verb's word named `subject`, the source then
  /// given `subject`'s own place in the text (this sentence or the one before).
  func implicitSubjectPairs(
    _ ctx: SentenceContext, _ cue: Lexicon.Match, verb: Int, subject: Argument
  ) -> [Candidate] {
    var c = ctx
    let at = c.mentions.firstIndex(where: { $0.tokenStart > verb }) ?? c.mentions.count
    c.mentions.insert(
      Mention(
        tokenStart: verb, tokenEnd: verb + 1, code: subject.code, actor: subject.actor,
        form: .anaphor, proclitic: ""),
      at: at)
    // ("وأكدت وقوفها إلى جانب سوريا": a pronoun written on the first word of the cue is read as
    // one the match split off.)
    var read = cue
    if read.enclitic.isEmpty, c.hasPronoun(cue) {
      let w = c.tokens.norm(cue.tokenStart)
      // (هما, هم, ها, else ه.)
      read.enclitic =
        ["\u{0647}\u{0645}\u{0627}", "\u{0647}\u{0645}", "\u{0647}\u{0627}"].first(where: {
          w.hasByteSuffix($0)
        }) ?? "\u{0647}"
    }
    return c.nounRule(read).compactMap { p in
      guard p.source.tokenStart == verb, p.source.tokenEnd == verb + 1,
        p.target.code != subject.code
      else { return nil }
      var r = p
      r.source = subject
      r.rule += "+unsaid-subject"
      return r
    }
  }
}
