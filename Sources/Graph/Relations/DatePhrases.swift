/// Dates written out in Arabic news: "في ديسمبر/كانون الأول الماضي", "في يوليو/تموز 2006",
/// "منذ 12 مارس". Months are time nouns (list `time_noun_ar`, with the Gregorian, Levantine
/// and Maghrebi names), so a preposition before one opens a time phrase; these functions find
/// where such a phrase, several words long, begins or ends.
extension SentenceContext {
  /// Whether token `j` may stand inside a written date after its preposition: a time noun
  /// (a month, "العام", "الماضي"), a number, the slash between two names of a month, or the
  /// ordinal that ends a Levantine month's name ("كانون الأول", "تشرين الثاني").
  private func datePart(_ j: Int) -> Bool {
    guard range.contains(j) else { return false }
    // (The word's own tests first, then whether it is in a mention: `inMention` reads the
    // sentence's mentions, and most words are no part of a date.)
    let part: Bool
    if isMarker(j, .timeNoun) || tokens[j].kind == .number {
      part = true
    } else if tokens[j].kind == .other, tokens.norm(j).sameBytes("/") {
      part = true
    } else {
      // "كانون الأول", "تشرين الثاني": the ordinal after the month's first word.
      part =
        j > range.lowerBound && tokens[j].kind == .arabic && isMarker(j - 1, .timeNoun)
        && (tokens.norm(j).hasBytePrefix("\u{0627}\u{0644}\u{0623}\u{0648}\u{0644}")
          || tokens.norm(j).hasBytePrefix("\u{0627}\u{0644}\u{0627}\u{0648}\u{0644}")
          || tokens.norm(j).sameBytes("\u{0627}\u{0644}\u{062B}\u{0627}\u{0646}\u{064A}"))
    }
    return part && !inMention(j)
  }

  /// Whether the tokens `a...b` are a bare time phrase of a time noun and the word that places
  /// it: "الأسبوع الماضي", "الشهر الجاري", "العام المقبل".
  private func bareTimePhrase(_ a: Int, _ b: Int) -> Bool {
    guard a < b, tokens.kind(a) == .arabic, tokens.kind(b) == .arabic else { return false }
    // The placing word's length first: the three words have six letters (twelve bytes), their
    // feminines seven; most words have neither length, and the noun is then not read.
    let n = tokens.norm(b)
    let length = n.utf8.count
    guard length == 12 || length == 14, tokens.norm(a).hasBytePrefix("\u{0627}\u{0644}") else {
      return false
    }
    if n.sameBytes("\u{0627}\u{0644}\u{0645}\u{0627}\u{0636}\u{064A}")  // الماضي
      || n.sameBytes("\u{0627}\u{0644}\u{062C}\u{0627}\u{0631}\u{064A}")  // الجاري
      || n.sameBytes("\u{0627}\u{0644}\u{0645}\u{0642}\u{0628}\u{0644}")  // المقبل
    {
      return true
    }
    // The feminine after a feminine time noun only ("الليلة الماضية", "السنة المقبلة"; ة is
    // folded to ه): "الحكومة المقبلة" is no time.
    return isMarker(a, .timeNoun)
      && (n.sameBytes("\u{0627}\u{0644}\u{0645}\u{0627}\u{0636}\u{064A}\u{0647}")  // الماضية
        || n.sameBytes("\u{0627}\u{0644}\u{062C}\u{0627}\u{0631}\u{064A}\u{0647}")  // الجارية
        || n.sameBytes("\u{0627}\u{0644}\u{0645}\u{0642}\u{0628}\u{0644}\u{0647}"))  // المقبلة
  }

  /// Arabic: the first token of the time phrase ending at token `j`: the preposition of a
  /// written date ("وأعلن العراق في ديسمبر/كانون الأول النصر على", "وشنت إسرائيل في
  /// يوليو/تموز 2006 حربا"), when every token from it to `j` belongs to the date, or the noun
  /// of a bare time phrase ("أعلن الجيش الأسبوع الماضي انتصاره"). At most eight tokens.
  func datePhraseStart(endingAt j: Int) -> Int? {
    var p = j
    while p >= range.lowerBound, j - p < 8, datePart(p) { p -= 1 }
    guard p < j else { return nil }
    if p >= range.lowerBound, tokens[p].kind == .arabic,
      isMarker(p, .preposition) || isMarker(p, .during), opensTimePhrase(p)
    {
      return p
    }
    return j - p == 2 && bareTimePhrase(p + 1, j) ? p + 1 : nil
  }

  /// Arabic: how many tokens of `start..<end` are time words (`pastTimeWords`: "فجر اليوم
  /// الأحد"), which take no room between a verb and its object.
  func timeWords(_ start: Int, _ end: Int) -> Int {
    var words = 0
    var j = start
    while j < end {
      guard tokens[j].kind == .arabic else {
        j += 1
        continue
      }
      let e = min(end, pastTimeWords(from: j))
      if e > j {
        words += e - j
        j = e
      } else {
        j += 1
      }
    }
    return words
  }

  /// Whether a walk of `pastTimeWords` may end right after the Arabic word `j` (false only
  /// where none can): its last step ends there only when `j` is an adverb or a time noun
  /// (also "أول من أمس"), a written date's part (for an Arabic word, a time noun or the
  /// ordinal after one), a date's preposition (a time follows it: `opensTimePhrase`), or the
  /// placing word of a bare time phrase (twelve or fourteen bytes).
  func mayEndTimeWords(_ j: Int) -> Bool {
    if isMarker(j, .adverb) || isMarker(j, .timeNoun)
      || (j > range.lowerBound && isMarker(j - 1, .timeNoun)) || opensTimePhrase(j)
    {
      return true
    }
    let length = tokens.norm(j).utf8.count
    return length == 12 || length == 14
  }

  /// Arabic: the first token from `j` on past time words: written dates and bare time phrases,
  /// adverbs and time nouns that are no actor's, and "أول من أمس" (the day before yesterday).
  func pastTimeWords(from j: Int) -> Int {
    var j = j
    while j < range.upperBound, tokens[j].kind == .arabic {
      if let e = datePhraseEnd(from: j), e > j {
        j = e
      } else if isMarker(j, .adverb) || isMarker(j, .timeNoun), !inMention(j) {
        j += 1
      } else if j + 2 < range.upperBound, isMarker(j + 2, .adverb),
        tokens.norm(j).sameBytes("\u{0627}\u{0648}\u{0644}"),
        tokens.norm(j + 1).sameBytes("\u{0645}\u{0646}")
      {
        j += 3
      } else {
        break
      }
    }
    return j
  }

  /// Arabic: the token after the written date that the preposition at `p` opens ("في
  /// نوفمبر/تشرين الثاني عقوبات": the token of "عقوبات") or after the bare time phrase that
  /// starts at `p` ("الشهر الماضي"), or nil when `p` opens none.
  func datePhraseEnd(from p: Int) -> Int? {
    guard range.contains(p), tokens[p].kind == .arabic else { return nil }
    // (The phrase's words first: `inMention` reads the sentence's mentions.)
    if p + 1 < range.upperBound, bareTimePhrase(p, p + 1), !inMention(p), !inMention(p + 1) {
      return p + 2
    }
    // ("خلال الأشهر الماضية": "خلال" and "أثناء", the list `during`, open one too; so does
    // "قبل" before a time noun, "قبل أيام", "قبل ثلاثة أسابيع".)
    // (Whether a time follows is asked before the word is compared with "قبل": most words are
    // neither a preposition nor followed by a time.)
    let opener = isMarker(p, .preposition) || isMarker(p, .during)
    guard
      opener
        ? opensTimePhrase(p)
        : opensTimePhrase(p) && tokens.norm(p).sameBytes("\u{0642}\u{0628}\u{0644}")
    else {
      return nil
    }
    var j = p + 1
    while j < range.upperBound, j - p <= 8, datePart(j) { j += 1 }
    return j
  }
}
