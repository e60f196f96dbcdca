extension SentenceContext {
  /// "وقالت الدوحة إن قرار الدول الأربع «غير مبرر»", "Qatar said the decision of the four
  /// countries was unjustified": a verdict on a decision, plan or move (list `content_noun`) of
  /// a plural description told in an earlier sentence judges each actor it refers to (see
  /// `referents`). Arabic: the noun right before the description; English: the noun, "of" or
  /// "by" and at most a determiner before it. No actor may stand between the description and
  /// the verdict.
  func groupVerdictPairs(
    _ cue: Lexicon.Match, _ sentence: Sentence, _ memory: GroupMemory?, speaker: Argument?
  ) -> [Candidate] {
    guard cue.entry.frame == .verdict, let last = memory, last.sentence.index < sentence.index,
      sentence.index - last.sentence.index <= GroupMemory.countedWindow,
      let speaker = speaker ?? namingSubject(before: cue.tokenStart)
    else { return [] }
    let clause = clauseOf(cue.tokenStart)
    let lower = max(range.lowerBound, cue.tokenStart - 5)
    guard
      let j = (lower..<cue.tokenStart).last(where: { pluralDescription(at: $0) != nil }),
      clauseOf(j) == clause,
      !mentions.contains(where: { $0.tokenStart > j && $0.tokenStart < cue.tokenStart }),
      let dual = pluralDescription(at: j)
    else { return [] }
    // The judged noun: the construct's head ("قرار الدول"), or English "decision of the".
    var n = j - 1
    if !isArabic(j) {
      func of(_ k: Int) -> Bool {
        tokens.norm(k).equalsWord("of") || tokens.norm(k).equalsWord("by")
      }
      while n > range.lowerBound, j - n <= 2, !of(n) { n -= 1 }
      guard of(n) else { return [] }
      n -= 1
    }
    guard n >= range.lowerBound, isMarker(n, .contentNoun), !inMention(n) else { return [] }
    let m = countedGroup(last, at: j, sentence: sentence)
    guard let (before, members) = referents(m, dual: dual, anyTwo: false, at: j),
      GroupMemory.reaches(self, j, gap: sentence.index - m.sentence.index, members: members.count)
    else { return [] }
    return members.compactMap { t in
      before.mentions[t].code == speaker.code
        ? nil
        : Candidate(
          source: speaker, target: Argument(before.mentions, t), rule: "verdict-group",
          confidence: 0.7, antecedent: m.sentence)
    }
  }
}
