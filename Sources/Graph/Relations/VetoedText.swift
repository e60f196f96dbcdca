/// A text that was vetoed or blocked: what it says, nobody says ("China vetoed a UN resolution
/// condemning Syria": the UN condemned no one).
extension SentenceContext {
  /// English: true when the cue describes a text put to a vote (a noun of the list
  /// `voted_text`) that a verb of stopping a text from passing (list `veto_verb`) stopped: the
  /// text's noun stands before the cue within six tokens of its clause (only lower-case words
  /// between, no comma), and the verb within five tokens before the noun
  /// ("vetoed a UN resolution condemning", "blocked a Security Council statement calling for
  /// sanctions on").
  func describesVetoedText(_ cue: Lexicon.Match) -> Bool {
    let i = cue.tokenStart
    guard tokens[i].kind == .latin, i > range.lowerBound else { return false }
    let c = clauseOf(i)
    let lo = max(range.lowerBound, i - 6)
    guard
      let n = (lo..<i).last(where: {
        tokens[$0].kind == .latin && lexicon.isMarker(tokens, $0, .votedText)
      }),
      clauseOf(n) == c,
      !(n + 1..<i).contains(where: {
        tokens[$0].kind == .comma || tokens[$0].kind == .stop
          || (tokens[$0].kind == .latin && tokens[$0].capitalized)
      })
    else { return false }
    let from = max(range.lowerBound, n - 5)
    return (from..<n).contains { j in
      tokens[j].kind == .latin && clauseOf(j) == c && lexicon.isMarker(tokens, j, .vetoVerb)
    }
  }
}
