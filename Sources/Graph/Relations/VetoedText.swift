/// A text that was vetoed or blocked: what it says, nobody says ("China vetoed a UN resolution
/// condemning Syria": the UN condemned no one).
extension SentenceContext {
  /// Verbs that stop a text from passing.
  static let vetoVerbs: Set<String> = [
    "vetoed", "vetoes", "veto", "vetoing", "blocked", "blocks", "block", "blocking",
  ]

  /// Nouns of a text put to a vote.
  static let votedTexts: Set<String> = [
    "resolution", "resolutions", "motion", "draft", "text", "bill", "statement",
  ]

  /// The lengths and first letters of `vetoVerbs` and `votedTexts`: most words are ruled out
  /// without hashing them.
  static let vetoVerbShape = WordShape(vetoVerbs)
  static let votedTextShape = WordShape(votedTexts)

  /// English: true when the cue describes a text put to a vote (`votedTexts`) that a verb of
  /// `vetoVerbs` stopped: the text's noun stands before the cue within six tokens of its clause
  /// (only lower-case words between, no comma), and the verb within five tokens before the noun
  /// ("vetoed a UN resolution condemning", "blocked a Security Council statement calling for
  /// sanctions on").
  func describesVetoedText(_ cue: Lexicon.Match) -> Bool {
    let i = cue.tokenStart
    guard tokens[i].kind == .latin, i > range.lowerBound else { return false }
    let c = clauseOf(i)
    let lo = max(range.lowerBound, i - 6)
    guard
      let n = (lo..<i).last(where: {
        tokens[$0].kind == .latin && Self.votedTextShape.mayContain(tokens.norm($0))
          && Self.votedTexts.contains(tokens.norm($0))
      }),
      clauseOf(n) == c,
      !(n + 1..<i).contains(where: {
        tokens[$0].kind == .comma || tokens[$0].kind == .stop
          || (tokens[$0].kind == .latin && tokens[$0].capitalized)
      })
    else { return false }
    let from = max(range.lowerBound, n - 5)
    return (from..<n).contains { j in
      tokens[j].kind == .latin && clauseOf(j) == c && Self.vetoVerbShape.mayContain(tokens.norm(j))
        && Self.vetoVerbs.contains(tokens.norm(j))
    }
  }
}
