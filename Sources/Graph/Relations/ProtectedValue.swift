/// The owner of what a stance protects: "رفضت مصر أي اعتداء على سيادة الصومال", "condemned the
/// violation of Qatar's sovereignty", "the sovereignty of Iraq". An act against a state's
/// sovereignty, security or unity is opposed for its sake; the state is no target of the
/// opposition. The words are the list `protected_value` of markers.json.
extension SentenceContext {
  /// Whether the mention starting at `start` and ending at `end` names the owner of a protected
  /// value: right after its word (Arabic genitive, "سيادة الصومال"; English "sovereignty of
  /// Iraq"), or before "'s" and the word ("Somalia's sovereignty", "Somalia's territorial
  /// integrity").
  func ownsProtectedValue(start: Int, end: Int) -> Bool {
    guard start > range.lowerBound else { return false }
    if isArabic(start) {
      return lexicon.isMarker(tokens, start - 1, .protectedValue)
    }
    guard tokens.kind(start) == .latin else { return false }
    var p = start - 1
    if isThe(p), p > range.lowerBound { p -= 1 }
    if p > range.lowerBound, tokens.norm(p).equalsWord("of"),
      lexicon.isMarker(tokens, p - 1, .protectedValue)
    {
      return true
    }
    guard end + 2 < range.upperBound, tokens[end].kind == .quote,
      tokens.norm(end + 1).equalsWord("s")
    else { return false }
    return lexicon.isMarker(tokens, end + 2, .protectedValue)
      || (end + 3 < range.upperBound && tokens.norm(end + 2).equalsWord("territorial")
        && lexicon.isMarker(tokens, end + 3, .protectedValue))
  }
}
