/// Counted victims of a verb of force ("قتل جنديان عراقيان بهجوم ..."): the nisba on them names
/// who was killed, never the author of an act named after them.
extension SentenceContext {
  /// True when `a` is a nisba on the counted victims of an Arabic verb of force right before
  /// them: "قتل جنديان عراقيان", "قتل ثلاثة جنود أفغان" (a noun, or a number and a noun, between
  /// the verb and the nisba, and no actor).
  func victimOfVerb(_ a: Argument, cues: ArraySlice<Lexicon.Match>) -> Bool {
    guard isArabic(a.tokenStart),
      let m = mentions.first(where: { $0.tokenStart == a.tokenStart }), m.form == .adjective
    else { return false }
    return cues.contains { v in
      v.entry.frame == .verb && v.entry.relation == .strikes && v.enclitic.isEmpty
        && v.tokenEnd < a.tokenStart && a.tokenStart - v.tokenEnd <= 2
        && !mentions.contains(where: { $0.tokenStart >= v.tokenEnd && $0.tokenStart < a.tokenStart }
        )
        // (Counted: a number, or an indefinite dual, "جنديان"; not "شنت أطراف المعارضة اللبنانية",
        // "شن الطيران الإسرائيلي".)
        && (v.tokenEnd..<a.tokenStart).contains { j in
          isNumber(j)
            || (tokens.norm(j).hasByteSuffix("\u{0627}\u{0646}")
              && !ArabicClitics.hasArticleReading(tokens.norm(j)))
        }
    }
  }
}
