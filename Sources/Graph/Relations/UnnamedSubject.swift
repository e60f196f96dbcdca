/// Arabic VSO: a verb whose own subject is a noun no actor names ("وطردت المجالس العسكرية
/// الثلاثة القوات الفرنسية": the juntas expelled the French forces).
extension SentenceContext {
  /// Whether the word right after the cue is a noun with the article, in no mention and no cue
  /// word, and the object group `obj` starts further on (so that word is not the head of a
  /// nisba object right after it: "وأدانت الهجمات الإسرائيلية" has no subject of its own).
  func unnamedSubject(after cue: Lexicon.Match, before obj: [Int]) -> Bool {
    let p = cue.tokenEnd
    guard p + 1 < range.upperBound, tokens[p].kind == .arabic, !inMention(p),
      !tokens[p].lex.may(TokenLex.cue),
      // ("ورحبت قوات التحالف الشمالي المعارضة بالضربات": or a force noun of people, no weapon
      // ("أطلقوا صواريخ على"), before a name the gazetteer lacks.)
      ArabicClitics.hasArticleReading(tokens.norm(p))
        || (isMarker(p, .forceNoun) && !lexicon.isMarker(tokens, p, .weapon)
          && !isMarker(p, .projectile) && !inMention(p + 1)),
      !isMarker(p, .preposition), !isMarker(p, .adverb), !isMarker(p, .timeNoun),
      let first = obj.first
    else { return false }
    return mentions[first].tokenStart > p + 1
  }
}
