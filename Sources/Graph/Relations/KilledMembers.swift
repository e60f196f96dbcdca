/// Arabic reports of a side's own dead in an attack told before: "وقالت هيئة الحشد الشعبي إن
/// عددا من منتسبيها قتلوا في القصف", "وأعلنت هيئة الحشد الشعبي مقتل عدد من عناصرها في قصف
/// استهدف مقارها". The one whose members died (the actor that opens the sentence, whose pronoun
/// the members carry) is struck by the agents of the attack the document told last.
extension SentenceContext {
  /// The mention struck, when the attack noun `cue` follows "في" (or carries ب) and, within six
  /// words before, a force noun with a pronoun, with a word of killing ("مقتل", "قتلوا", "قتل")
  /// near it: the actor the pronoun was read as, else the sentence's opening subject. Nil
  /// otherwise.
  func membersKilled(in cue: Lexicon.Match) -> Int? {
    guard isArabic(cue.tokenStart), cue.entry.relation == .strikes else { return nil }
    var p = cue.tokenStart - 1
    // ("في قصف استهدف مقارها": the cue of an act with its "في", read as an agent phrase.)
    if cue.entry.frame == .agent, cue.tokenEnd - cue.tokenStart == 2,
      tokens.norm(cue.tokenStart).sameBytes("\u{0641}\u{064A}"),
      isMarker(cue.tokenStart + 1, .attackNoun)
    {
      p = cue.tokenStart
    } else if cue.entry.frame != .noun || !isMarker(cue.tokenStart, .attackNoun) {
      return nil
    } else if cue.proclitic.hasByteSuffix("\u{0628}")
      || cue.proclitic.hasByteSuffix("\u{0628}\u{0627}\u{0644}")
    {
      p = cue.tokenStart
    } else {
      guard p > range.lowerBound, isArabic(p), tokens.norm(p).sameBytes("\u{0641}\u{064A}") else {
        return nil
      }
    }
    let lo = max(range.lowerBound, p - 6)
    guard let f = (lo..<p).last(where: { ownedForceNoun($0) }),
      (max(range.lowerBound, f - 4)..<p).contains(where: { killingWord($0) })
    else { return nil }
    // ("منتسبيها" is read as the actor its pronoun stands for, when one was named.)
    if let owned = mentions.firstIndex(where: { $0.tokenStart <= f && f < $0.tokenEnd }) {
      return owned
    }
    guard let s = openingSubject(before: f), mentions.tokenEnd(s) <= f else { return nil }
    return s
  }

  /// Whether token `j` is a force noun with a third-person pronoun ("عناصرها", "منتسبيها",
  /// "مقاتليه").
  func ownedForceNoun(_ j: Int) -> Bool {
    isArabic(j) && lexicon.possessedForceReading(tokens, j) != nil
  }

  /// Whether token `j` is a word of killing: "مقتل", "قتل", "قتلوا", "قتلى".
  func killingWord(_ j: Int) -> Bool {
    guard isArabic(j) else { return false }
    let w = tokens.norm(j)
    return w.sameBytes("\u{0645}\u{0642}\u{062A}\u{0644}")
      || w.sameBytes("\u{0642}\u{062A}\u{0644}")
      || w.sameBytes("\u{0642}\u{062A}\u{0644}\u{0648}\u{0627}")
      || w.sameBytes("\u{0642}\u{062A}\u{0644}\u{0649}")
  }
}
