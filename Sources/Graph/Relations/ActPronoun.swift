/// Arabic: a verb of stance whose object is a pronoun for the act named just before it ("ودانت
/// السعودية الغارات الإسرائيلية على إيران، كما أدانتها قطر", "كما نددت بها قطر وسلطنة عمان"):
/// the pronoun stands for the act, so the stance is on the act's author, not on the actor the
/// act hit.
extension SentenceContext {
  /// The pairs of the subject after the verb and the author of the act the pronoun refers to;
  /// nil when the verb takes no pronoun object, or no act with an author stands before it in
  /// the sentence (within fifteen tokens, no sentence end between).
  func actPronounPairs(_ cue: Lexicon.Match) -> [Candidate]? {
    guard isArabic(cue.tokenStart), cue.entry.relation == .opposes,
      cue.entry.frame == .verb,
      // ("الحكومة التي تعارضها الجماعة": after a relative pronoun, the antecedent is its noun.)
      cue.tokenStart == range.lowerBound || !isMarker(cue.tokenStart - 1, .relative)
    else { return nil }
    // The pronoun on the verb ("أدانتها") or on the preposition after it ("نددت بها").
    var after = cue.tokenEnd
    if cue.enclitic.isEmpty {
      guard after < range.upperBound, isArabic(after), !inMention(after),
        Self.prepositionPronouns.contains(tokens.norm(after))
      else { return nil }
      after += 1
    }
    guard let subj = firstAfter(after, sameClause: true, maxDistance: 2),
      subjectReachable(from: after, to: mentions.tokenStart(subj))
    else { return nil }
    var j = cue.tokenStart - 1
    while j >= range.lowerBound, cue.tokenStart - j <= 15, tokens[j].kind != .stop {
      if isMarker(j, .attackNoun), !inMention(j) {
        guard let author = actAuthor(j, excluding: [mentions.code(subj)]) else { return nil }
        return pairs(groupForward(subj), author, rule: "verb+act-pronoun")
      }
      j -= 1
    }
    return nil
  }

  /// "بها", "به", "بهم", "بهما", folded: a pronoun on ب after a verb of stance. (Plain letters,
  /// compared by bytes: a Set hashed the word with Unicode normalisation.)
  static let prepositionPronouns = ByteWords(
    ["بها", "به", "بهم", "بهما"].map { Normalizer.normalize($0) })
}
