/// "غير" before a word with the article negates that adjective, not a verb or cue after it:
/// "المحادثات غير المباشرة" (the indirect talks), "المنظمة غير الحكومية" (the non-governmental
/// organisation).
extension Array where Element == Token {
  /// True when token `i` is "غير" and the next token reads with the article.
  func isAdjectivalNegation(_ i: Int) -> Bool {
    guard i + 1 < count, self[i].kind == .arabic, self[i + 1].kind == .arabic,
      norm(i).sameBytes("\u{063A}\u{064A}\u{0631}")
    else { return false }
    return ArabicClitics.hasArticleReading(norm(i + 1))
  }
}
