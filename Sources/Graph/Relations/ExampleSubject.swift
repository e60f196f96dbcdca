/// An Arabic subject named by its members: "ودانت دول عربية، بينها السعودية ومصر، الهجوم",
/// "وقعت أحزاب معارضة، في مقدمتها الجبهة الإسلامية للإنقاذ وجبهة التحرير، وثيقة". The verb's
/// subject is a common noun no actor names; the actors after a comma and a word of example
/// (list `example`: "بينها", "مقدمتها"; "من" or "في" may come before it), closed by a comma,
/// are who acts.
extension SentenceContext {
  /// The first member's mention when Arabic verb cue `cue` has such a subject, or nil.
  func subjectByExample(_ cue: Lexicon.Match) -> Int? {
    let start = cue.tokenEnd
    let end = min(range.upperBound, start + 6)
    var j = start
    while j < end, tokens[j].kind == .arabic, !inMention(j), !isMarker(j, .preposition) {
      j += 1
    }
    guard j > start, j + 2 < range.upperBound, tokens[j].kind == .comma else { return nil }
    var e = j + 1
    if isArabic(e),
      tokens.norm(e).sameBytes("\u{0645}\u{0646}")
        || tokens.norm(e).sameBytes("\u{0648}\u{0645}\u{0646}")
        || tokens.norm(e).sameBytes("\u{0641}\u{064A}")
    {
      e += 1
    }
    guard e + 1 < range.upperBound, isArabic(e), isExample(e),
      let m = mentions.firstIndex(where: { $0.tokenStart == e + 1 }),
      let last = groupForward(m).last,
      mentions[last].tokenEnd < range.upperBound,
      tokens[mentions[last].tokenEnd].kind == .comma
    else { return nil }
    return m
  }
}
