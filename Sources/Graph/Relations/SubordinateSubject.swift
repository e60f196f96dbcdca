/// English subordinate clauses with a subject of their own: "Riyadh cut ties in 2016 after
/// protesters stormed its embassy in Tehran" (the protesters stormed it, not Riyadh).
extension SentenceContext {
  /// Whether a conjunction of `subordinator` stands between mention `k` and the cue, followed
  /// by one to four lower-case words that name no actor, one of them neither a determiner nor
  /// an auxiliary (the clause's own subject, "protesters", "the strikes").
  func subordinateSubject(between k: Int, and cue: Lexicon.Match) -> Bool {
    guard
      let j = (mentions[k].tokenEnd..<cue.tokenStart).last(where: {
        tokens[$0].kind == .latin && lexicon.isMarker(tokens, $0, .subordinator)
      })
    else { return false }
    let words = j + 1..<cue.tokenStart
    return (1...4).contains(words.count)
      && words.allSatisfy {
        tokens[$0].kind == .latin && !tokens[$0].capitalized && !inMention($0)
      }
      && words.contains { !isMarker($0, .determiner) && !isMarker($0, .auxiliary) }
  }
}
