/// English: the nisba of a thing a verb of giving hands over names its maker, no actor of the
/// gift: "Russia sent Iranian weapons to Syria" (Russia supports Syria, not Iran),
/// "transferred seized Iranian weapons to Ukraine".
extension Extractor {
  /// Whether mention `ms[k]` is such a nisba: an English adjective with a word of `supplied_thing`
  /// right after it or one word on, and before it, within three lower-case words or numbers,
  /// a form of a cue that needs `supplied_thing` (deliver, send, ship, transfer).
  /// (The mention is read in place: passing a mention copied it, three Strings, for every
  /// mention of every sentence.)
  /// (Only an English adjective may be one: that is told here, inlined, without the call.)
  @inline(__always)
  func isGivenThingNisba(_ ms: [Mention], _ k: Int, _ tokens: [Token], _ range: Range<Int>)
    -> Bool
  {
    ms.form(k) == .adjective && tokens.kind(ms.tokenStart(k)) == .latin
      && isEnglishGivenThingNisba(ms, k, tokens, range)
  }

  /// `isGivenThingNisba` of an English adjective.
  private func isEnglishGivenThingNisba(
    _ ms: [Mention], _ k: Int, _ tokens: [Token], _ range: Range<Int>
  ) -> Bool {
    let (start, end) = (ms[k].tokenStart, ms[k].tokenEnd)
    guard ms[k].form == .adjective, tokens[start].kind == .latin,
      (end..<min(range.upperBound, end + 2)).contains(where: {
        tokens[$0].kind == .latin && lexicon.isMarker(tokens, $0, .suppliedThing)
      })
    else { return false }
    let given = Marker.NamedList.suppliedThing.bit
    var v = start - 1
    while v >= max(range.lowerBound, start - 3),
      tokens[v].kind == .number || (tokens[v].kind == .latin && !tokens[v].capitalized)
    {
      if tokens[v].kind == .latin, tokens[v].lex.may(TokenLex.cue),
        lexicon.match(tokens, at: v, limit: range.upperBound).contains(where: {
          $0.tokenStart == v && $0.entry.needsNamed & given != 0
        })
      {
        return true
      }
      v -= 1
    }
    return false
  }

  /// Whether English `cue` is a participle in -ed that qualifies the thing a verb of giving right
  /// before it hands over ("transferred seized Iranian weapons to Ukraine": nothing is hit), a
  /// word of `supplied_thing` within three words after it.
  /// The cue is `cues[k]`, read in place (passing a cue copied it, its entry and two Strings,
  /// for every cue of every sentence).
  /// (Only an English cue may be one: that is told here, inlined, without the call.)
  @inline(__always)
  func isGivenThingModifier(
    _ cues: [Lexicon.Match], _ k: Int, _ tokens: [Token], _ range: Range<Int>
  ) -> Bool {
    tokens.kind(cues.tokenStart(k)) == .latin && isEnglishGivenThingModifier(cues, k, tokens, range)
  }

  /// `isGivenThingModifier` of an English cue.
  private func isEnglishGivenThingModifier(
    _ cues: [Lexicon.Match], _ k: Int, _ tokens: [Token], _ range: Range<Int>
  ) -> Bool {
    let (start, end) = (cues[k].tokenStart, cues[k].tokenEnd)
    let v = start - 1
    guard end - start == 1, v >= range.lowerBound,
      tokens[start].kind == .latin, tokens.norm(start).hasByteSuffix("ed"),
      tokens[v].kind == .latin, tokens[v].lex.may(TokenLex.cue),
      (end..<min(range.upperBound, end + 3)).contains(where: {
        tokens[$0].kind == .latin && lexicon.isMarker(tokens, $0, .suppliedThing)
      })
    else { return false }
    let given = Marker.NamedList.suppliedThing.bit
    return lexicon.match(tokens, at: v, limit: range.upperBound).contains {
      $0.tokenStart == v && $0.entry.needsNamed & given != 0
    }
  }
}
