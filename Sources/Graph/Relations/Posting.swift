extension Extractor {
  /// `ms` without the envoys' postings (`isPosting`). A posting right after the envoy's own
  /// country ("السفير الروسي لدى الأمم المتحدة") joins that mention, so the phrase reads as one
  /// subject and what follows it as the object.
  /// A posting right after a cue that names the envoy ("recalled its ambassador to France") is
  /// the cue's object and stays.
  func dropPostings(
    _ ms: [Mention], _ tokens: [Token], _ range: Range<Int>, cues: [Lexicon.Match]
  ) -> [Mention] {
    func dropped(_ k: Int) -> Bool {
      isPosting(ms, k, tokens, range)
        && !cues.contains(where: { c in
          c.tokenEnd == ms[k].tokenStart
            || (c.tokenEnd + 1 == ms[k].tokenStart
              && lexicon.isMarker(tokens, c.tokenEnd, .determiner))
            // "وصل الوفد الأمريكي إلى القاهرة": after a verb of arriving, where the envoy
            // goes.
            || (c.tokenEnd <= ms[k].tokenStart && ms[k].tokenStart - c.tokenEnd <= 6
              && lexicon.isMarker(tokens, c.tokenStart, .arrival)
              && lexicon.isMarker(tokens, ms[k].tokenStart - 1, .destination))
        })
    }
    // Mentions are read by index: a copied Mention copies three Strings.
    guard let first = ms.indices.first(where: dropped) else {
      return ms
    }
    var out = Array(ms[..<first])
    out.reserveCapacity(ms.count)
    for k in first..<ms.count {
      guard dropped(k) else {
        out.append(ms[k])
        continue
      }
      if let lastEnd = out.last?.tokenEnd, lastEnd <= ms[k].tokenStart,
        (lastEnd..<ms[k].tokenStart).allSatisfy({
          lexicon.isMarker(tokens, $0, .postingPreposition)
            || lexicon.isMarker(tokens, $0, .determiner)
        })
      {
        out[out.count - 1].tokenEnd = ms[k].tokenEnd
      }
    }
    return out
  }

  /// Whether mention `m` names where an envoy is posted: "السفير الأمريكي لدى الأمم المتحدة",
  /// "السفير الاميركي بمجلس الأمن", "بعثة الأمم المتحدة في ليبيا", "the US ambassador to the
  /// UN". The place is part of the envoy's title, not an argument of the sentence.
  /// The mention is `ms[n]`.
  func isPosting(_ ms: [Mention], _ n: Int, _ tokens: [Token], _ range: Range<Int>) -> Bool {
    let i = ms[n].tokenStart
    // (The mention read in place: passing `ms[n]` copied it, three Strings.)
    guard
      let j = Self.postingPreposition(
        at: i, proclitic: ms[n].proclitic, tokens, range, lexicon)
    else { return false }
    // The envoy's head before it, with only names (its country) or a determiner between.
    var k = j - 1
    // ("المبعوث الأمريكي الخاص إلى اليمن": one definite adjective of the title, no cue's word.)
    // (Not before a ب or ل on the name: "المبعوث الخاص للأمم المتحدة" is the UN's envoy.)
    var adjective = j == i
    while k >= range.lowerBound, j - k <= 5 {
      if lexicon.isMarker(tokens, k, .envoyHead) { return true }
      let inName = ms.indices.contains { ms[$0].tokenStart <= k && k < ms[$0].tokenEnd }
      if !inName, !adjective, tokens[k].kind == .arabic,
        ArabicClitics.hasArticleReading(tokens.norm(k)), !tokens[k].lex.may(TokenLex.cue),
        !lexicon.isMarker(tokens, k, .preposition)
      {
        adjective = true
        k -= 1
        continue
      }
      guard
        inName || lexicon.isMarker(tokens, k, .determiner) || tokens[k].kind == .quote
          || tokens.norm(k).sameBytes("s")
      else { return false }
      k -= 1
    }
    return false
  }

  /// The preposition that may open an envoy's posting at mention `m`: a ب or ل on the name itself
  /// (its own token), else a word of `posting_preposition` right before it ("لدى", "في"; "to
  /// the UN" past "the"). Nil when there is none. The matcher uses it too, so that it never joins
  /// a posting and a later name of the same code into one mention.
  static func postingPreposition(
    of m: Mention, _ tokens: [Token], _ range: Range<Int>, _ lexicon: Lexicon
  ) -> Int? {
    postingPreposition(at: m.tokenStart, proclitic: m.proclitic, tokens, range, lexicon)
  }

  /// `postingPreposition(of:_:_:_:)` of a mention that starts at token `i` with `proclitic`.
  static func postingPreposition(
    at i: Int, proclitic: String, _ tokens: [Token], _ range: Range<Int>, _ lexicon: Lexicon
  ) -> Int? {
    if tokens[i].kind == .arabic, let first = proclitic.unicodeScalars.first,
      first == "\u{0628}" || first == "\u{0644}"
    {
      return i
    }
    var j = i - 1
    // "to the UN"
    if j > range.lowerBound, tokens[j].kind == .latin, lexicon.isMarker(tokens, j, .determiner) {
      j -= 1
    }
    guard j >= range.lowerBound, lexicon.isMarker(tokens, j, .postingPreposition) else {
      return nil
    }
    return j
  }
}
