/// "Ukrainian intelligence helped Tuareg rebels ambush Wagner fighters": after "help" and the
/// unnamed ones helped, a bare infinitive with a cue of its own takes the actor after it as its
/// own object; the helper does not help that actor. The forms of "help" are the list
/// `help_verb` of markers.json.
extension SentenceContext {
  /// True when `cue` is English "help" and a verb cue starts between it and mention `k`.
  func helpedActBefore(_ cue: Lexicon.Match, object k: Int) -> Bool {
    guard tokens[cue.tokenStart].kind == .latin, cue.tokenEnd == cue.tokenStart + 1,
      lexicon.isMarker(tokens, cue.tokenStart, .helpVerb),
      mentions[k].tokenStart > cue.tokenEnd + 1
    else { return false }
    return (cue.tokenEnd + 1..<mentions[k].tokenStart).contains { j in
      tokens[j].kind == .latin && !tokens[j].capitalized && tokens[j].lex.may(TokenLex.cue)
        && lexicon.match(tokens, at: j, limit: range.upperBound).contains {
          $0.entry.frame == .verb && $0.tokenStart == j
        }
    }
  }
}
