/// Arabic VSO: a verb whose own subject is a noun no actor names ("وطردت المجالس العسكرية
/// الثلاثة القوات الفرنسية": the juntas expelled the French forces).
extension SentenceContext {
  /// Whether the word right after the cue is a noun with the article, in no mention and no cue
  /// word, that is not the head of the object group `obj` (a nisba object's noun is right
  /// before it: "وأدانت الهجمات الإسرائيلية" has none of its own), so that the object stands
  /// further on.
  func unnamedSubject(after cue: Lexicon.Match, before obj: [Int]) -> Bool {
    let p = cue.tokenEnd
    guard p + 1 < range.upperBound, tokens[p].kind == .arabic, !inMention(p),
      !tokens[p].lex.may(TokenLex.cue), ArabicClitics.hasArticleReading(tokens[p].norm),
      !isMarker(p, .preposition), !isMarker(p, .adverb), !isMarker(p, .timeNoun),
      let first = obj.first
    else { return false }
    let start = mentions[first].tokenStart
    return start > p + 1
      && !(mentions[first].form == .adjective && start == p + 1)
  }
}
