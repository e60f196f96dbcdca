/// English verbs of going on with an act ("keep supporting", "continue to back").
extension SentenceContext {
  /// Words of a continuation.
  static let continuationWords: Set<String> = [
    "continue", "continues", "continued", "continuing", "keep", "keeps", "kept", "keeping",
  ]
  /// Words of a pledge or a future that a continuation makes a statement of fact ("vowed to
  /// keep supporting").
  static let pledgeWords: Set<String> = ["vowed", "vows", "will", "pledged", "pledges"]

  /// True when the English cue at `i` follows a verb of continuation, right before it ("keep
  /// supporting") or before its "to" ("continue to support").
  func continuesAct(before i: Int) -> Bool {
    guard tokens[i].kind == .latin else { return false }
    let v = i - 1 >= range.lowerBound && tokens.norm(i - 1) == "to" ? i - 2 : i - 1
    return v >= range.lowerBound && Self.continuationWords.contains(tokens.norm(v))
  }
}
