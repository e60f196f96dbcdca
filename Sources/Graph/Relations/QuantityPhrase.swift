/// Nouns of quantity or series before the act they count (named list `quantity_noun`). Arabic:
/// "فرضت بريطانيا حزمة جديدة من العقوبات على روسيا", "عقدت X وY جولة جديدة من المحادثات"; the
/// actor before the quantity noun is the act's author, as if the act stood in its place, and the
/// act keeps the article the partitive "من" asks for without naming an earlier act. English: "a
/// wave of strikes on"; the "of" ends no phrase.
enum QuantityPhrase {
  /// The quantity noun whose phrase ends right before token `i`: the noun itself, with no
  /// article ("حزمة عقوبات"), or the noun, at most two adjectives and "من" ("حزمة جديدة من", "الحزمة الرابعة
  /// عشرة من"). Nil when no such phrase stands there; `isMention` says whether a token belongs
  /// to an actor's mention (no adjective then).
  static func head(
    _ tokens: [Token], before i: Int, range: Range<Int>, lexicon: Lexicon,
    isMention: (Int) -> Bool
  ) -> Int? {
    var j = i - 1
    guard j >= range.lowerBound else { return nil }
    let partitive = tokens[j].kind == .arabic && tokens.norm(j).sameBytes("\u{0645}\u{0646}")
    if partitive {
      j -= 1
      var adjectives = 0
      while j >= range.lowerBound, adjectives < 2, tokens[j].kind == .arabic,
        !lexicon.isMarker(tokens, j, .quantityNoun), !lexicon.isMarker(tokens, j, .preposition),
        !isMention(j)
      {
        j -= 1
        adjectives += 1
      }
    }
    guard j >= range.lowerBound, tokens[j].kind == .arabic,
      lexicon.isMarker(tokens, j, .quantityNoun),
      // ("وفرضت المجموعة عقوبات": a noun with the article takes no genitive; with no "من" it
      // is the subject, the group named before.)
      partitive || !ArabicClitics.hasArticleReading(tokens.norm(j))
    else { return nil }
    return j
  }
}

extension SentenceContext {
  /// English: whether token `j` is the "of" of a quantity noun right before it ("a wave of
  /// strikes on", "a series of raids against", "hit by a barrage of Russian missiles"): no
  /// preposition that ends a phrase (read by `lightVerbSubject` and the agent phrase of
  /// `agentRule`).
  func isQuantityOf(_ j: Int) -> Bool {
    j > range.lowerBound && tokens.norm(j).equalsWord("of") && tokens[j - 1].kind == .latin
      && lexicon.isMarker(tokens, j - 1, .quantityNoun)
  }

  /// Arabic: the quantity noun whose phrase ends right before token `i` (`QuantityPhrase.head`).
  func quantityHead(before i: Int) -> Int? {
    let ms = mentions
    return QuantityPhrase.head(
      tokens, before: i, range: range, lexicon: lexicon,
      isMention: { Self.inMention($0, ms) })
  }
}

extension SentenceContext {
  /// The first token of the phrase that counts with number `n`: the approximator before it
  /// (named list `approximator`, the word right before the number) with the words it asks for
  /// ("more than", "at least", "up to", "as many as", "أكثر من", "ما لا يقل عن", "ما يقارب"),
  /// and an English "a" before a number word ("more than a dozen"). `n` when none stands there.
  /// A count is no step away from the verb or noun whose object it counts ("strikes against
  /// more than a dozen Houthi targets"), and its "at" or "عن" is no place's.
  func countedPhraseStart(_ n: Int) -> Int {
    var j = n
    if j - 1 >= range.lowerBound, tokens[j - 1].kind == .latin,
      tokens.norm(j - 1).equalsWord("a") || tokens.norm(j - 1).equalsWord("an"),
      isMarker(n, .numberWord)
    {
      j -= 1
    }
    let w = j - 1
    guard w >= range.lowerBound, lexicon.isMarker(tokens, w, .approximator) else { return j }
    let before = w - 1 >= range.lowerBound ? tokens.norm(w - 1) : ""
    if tokens[w].kind == .latin {
      switch tokens.norm(w) {
      case "least", "most": return before == "at" ? w - 1 : j
      case "than": return ["more", "fewer", "less"].contains(before) ? w - 1 : j
      case "to": return ["up", "close"].contains(before) ? w - 1 : j
      case "as":
        guard ["many", "much"].contains(before), w - 2 >= range.lowerBound,
          tokens.norm(w - 2).equalsWord("as")
        else { return j }
        return w - 2
      default: return w
      }
    }
    guard tokens[w].kind == .arabic else { return j }
    switch tokens.norm(w) {
    case "\u{0645}\u{0646}":  // من, after أكثر or أقل
      return ["\u{0627}\u{0643}\u{062B}\u{0631}", "\u{0627}\u{0642}\u{0644}"].contains(before)
        ? w - 1 : j
    case "\u{0639}\u{0646}", "\u{0639}\u{0644}\u{064A}":  // عن, على, after يقل, يزيد or يربو
      guard
        [
          "\u{064A}\u{0642}\u{0644}", "\u{064A}\u{0632}\u{064A}\u{062F}",
          "\u{064A}\u{0631}\u{0628}\u{0648}",
        ]
        .contains(before)
      else { return j }
      var s = w - 1
      if s - 1 >= range.lowerBound, tokens.norm(s - 1).equalsWord("\u{0644}\u{0627}") { s -= 1 }  // لا
      if s - 1 >= range.lowerBound, tokens.norm(s - 1).equalsWord("\u{0645}\u{0627}") { s -= 1 }  // ما
      return s
    case "\u{064A}\u{0642}\u{0627}\u{0631}\u{0628}", "\u{064A}\u{0646}\u{0627}\u{0647}\u{0632}":  // يقارب, يناهز
      return before == "\u{0645}\u{0627}" ? w - 1 : j
    default: return w
    }
  }

  /// Whether token `j` lies in the approximator of a count after it ("at" of "at least 15",
  /// "عن" of "ما لا يقل عن 15"): the number stands at most four tokens on.
  func inCountLead(_ j: Int) -> Bool {
    var n = j + 1
    while n < min(range.upperBound, j + 5) {
      if isNumber(n) { return countedPhraseStart(n) <= j }
      n += 1
    }
    return false
  }

  /// Arabic "كل", "جميع", "بعض" (every, all, some): words of the number list that count nothing
  /// ("بين كل منهما وبين X").
  func isQuantifier(_ n: Int) -> Bool {
    guard tokens[n].kind == .arabic else { return false }
    let w = tokens.norm(n)
    return w == "\u{0643}\u{0644}" || w == "\u{062C}\u{0645}\u{064A}\u{0639}"
      || w == "\u{0628}\u{0639}\u{0636}"
  }

  /// How many tokens of `start..<end` belong to counts (`countedPhraseStart` to the number, and
  /// an "of" or "من" right after a number word: "dozens of", "عشرات من").
  func countWords(_ start: Int, _ end: Int) -> Int {
    var words = 0
    var n = end - 1
    while n >= start {
      if isNumber(n), !isQuantifier(n) {
        let s = max(start, countedPhraseStart(n))
        words += n - s + 1
        n = s - 1
      } else {
        if n - 1 >= start, isNumber(n - 1),
          tokens.norm(n).sameBytes("of") || tokens.norm(n).sameBytes("\u{0645}\u{0646}")
        {
          words += 1
        }
        n -= 1
      }
    }
    return words
  }
}
