/// Parentheticals of time or place between commas ("وانتقد لافروف، في مؤتمر صحفي، الولايات
/// المتحدة"), which the argument rules pass over.
extension SentenceContext {
  /// Arabic: the comma closing a parenthetical of time or place that opens with the comma at
  /// `i` ("، في مؤتمر صحفي عقده في موسكو أمس،", "، مساء الأحد،"): a preposition, an adverb
  /// or a word of "during" right after it, the closing comma within twelve tokens, no sentence end, quote or
  /// complementizer between, and no actor inside but places.
  /// "، وهي تحالف يضم فصائل أبرزها كتائب حزب الله،": a description opened by و and a
  /// pronoun (وهو، وهي، وهم، وهما), or by a relative pronoun ("، التي تضم ..."), may name
  /// actors of its own.
  func parentheticalEnd(opening i: Int) -> Int? {
    guard i + 1 < range.upperBound, tokens[i].kind == .comma, isArabic(i + 1) else { return nil }
    // "، التي تضم فصائل مدعومة من إيران،": so does a relative clause.
    let described = opensDescription(i)
    // ("، خلال مؤتمر صحفي،", "، أثناء زيارته لموسكو،": a word of time "during" opens one too.)
    // ("، بعد مفاوضات استمرت ست عشرة ساعة،": so does a word of sequel, "بعد", "عقب".)
    guard
      described || isMarker(i + 1, .preposition) || isMarker(i + 1, .adverb)
        || isMarker(i + 1, .during) || lexicon.isMarker(tokens, i + 1, .sequel)
    else {
      return nil
    }
    var j = i + 2
    while j < min(range.upperBound, i + 13) {
      switch tokens[j].kind {
      case .comma:
        let inside = i + 1..<j
        if described { return j }
        // Every actor named inside is a place.
        return mentions.contains {
          inside.contains($0.tokenStart) && !$0.code.isEmpty && !isLocative($0)
        } ? nil : j
      // ("، ليل السبت-الأحد،": a hyphen between two words is none.)
      case .quote
      where tokens.norm(j).sameBytes("-") && j + 1 < range.upperBound && isArabic(j - 1)
        && isArabic(j + 1):
        break
      case .stop, .quote: return nil
      default: if isMarker(j, .complementizer) { return nil }
      }
      j += 1
    }
    return nil
  }

  /// Whether the comma at `o` opens a description: و with a pronoun of the third person, a
  /// relative pronoun or a definite participle (`definiteParticiple`) right after it.
  func opensDescription(_ o: Int) -> Bool {
    guard o + 1 < range.upperBound else { return false }
    // (Bytes first: a Set lookup hashes the word, and this runs at every comma.)
    return
      (tokens.norm(o + 1).hasBytePrefix("\u{0648}\u{0647}")
      && Self.describingPronouns.contains(tokens.norm(o + 1)))
      || isMarker(o + 1, .relative) || definiteParticiple(after: o)
  }

  /// "مصر، المنخرطة في نزاع مع إثيوبيا،": a definite participle (ال and م, no title word, no
  /// actor's name) with a preposition after it, right after the comma at `o` that follows an
  /// actor: a relative clause in one word ("التي تنخرط").
  func definiteParticiple(after o: Int) -> Bool {
    let p = o + 1
    guard p + 1 < range.upperBound, o > range.lowerBound, tokens[o].kind == .comma, isArabic(p),
      tokens.norm(p).hasBytePrefix("\u{0627}\u{0644}\u{0645}"), tokens.norm(p).scalarCount >= 6,
      isMarker(p + 1, .preposition), !isMarker(p, .personHead),
      mentions.contains(where: { $0.tokenEnd == o }),
      !mentions.contains(where: { $0.tokenStart == p })
    else { return false }
    return true
  }

  /// و with a pronoun of the third person (folded): "وهو", "وهي", "وهم", "وهما" (plain letters,
  /// compared by bytes).
  static let describingPronouns = ByteWords(
    ["وهو", "وهي", "وهم", "وهما"].map { Normalizer.normalize($0) })

  /// Arabic: whether the cue follows a parenthetical that stands between a light verb's
  /// subject and it ("أعلنت مصر، في بيان، دعمها للسودان"): the cue is the light verb's noun.
  func lightVerbParenthetical(_ cue: Lexicon.Match) -> Bool {
    cue.tokenStart - 1 > range.lowerBound && tokens[cue.tokenStart - 1].kind == .comma
      && parentheticalStart(closing: cue.tokenStart - 1) != nil
      && arabicLightVerbSubject(before: cue.tokenStart) != nil
  }

  /// The comma opening a description (`opensDescription`: "، التي تخوض نزاعا مع إثيوبيا،")
  /// that the comma at `c` closes; nil when `c` closes none, or closes a parenthetical of time
  /// or place, which names no actor to pass over.
  func describedBefore(closing c: Int) -> Int? {
    guard let o = parentheticalStart(closing: c), opensDescription(o) else { return nil }
    return o
  }

  /// The comma opening the parenthetical that the comma at `c` closes (see `parentheticalEnd`).
  func parentheticalStart(closing c: Int) -> Int? {
    guard tokens[c].kind == .comma,
      let o = (max(range.lowerBound, c - 12)..<c).last(where: { tokens[$0].kind == .comma }),
      parentheticalEnd(opening: o) == c
    else { return nil }
    return o
  }
}
