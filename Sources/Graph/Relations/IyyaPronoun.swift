/// Arabic: a participle of stance after a comma whose object is a free pronoun ("، متوعدا
/// إياهم بعواقب وخيمة", "، متهما إياها بدعم الإرهاب"): the sentence's subject acts on the actor
/// the pronoun refers back to, the last one named before the participle that is not the
/// subject.
extension SentenceContext {
  /// The pairs, or nil when the cue is no such participle with "إياه/إياها/إياهم/إياهما" right
  /// after it, or no antecedent is found within twelve tokens before it.
  func iyyaObjectPairs(_ cue: Lexicon.Match) -> [Candidate]? {
    guard isArabic(cue.tokenStart), cue.tokenEnd < range.upperBound,
      lexicon.isMarker(tokens, cue.tokenStart, .clauseParticiple),
      isArabic(cue.tokenEnd),
      Self.iyyaPronouns.contains(tokens.norm(cue.tokenEnd)),
      let (group, _) = subject(of: cue), let s = group.first
    else { return nil }
    let subjectCodes = codes(group)
    guard
      let o = nearestBefore(
        cue.tokenStart, sameClause: false, subjectsOnly: false, maxDistance: 12,
        excluding: subjectCodes),
      mentions.tokenStart(o) > mentions.tokenEnd(group.last ?? s) - 1,
      !isLocative(mentions[o])
    else { return nil }
    return pairs(group, groupBackward(o), rule: "verb+object-pronoun")
  }

  /// "إياه", "إياها", "إياهم", "إياهما", folded (plain letters, compared by bytes).
  static let iyyaPronouns = ByteWords(
    ["إياه", "إياها", "إياهم", "إياهما"].map { Normalizer.normalize($0) })
}
