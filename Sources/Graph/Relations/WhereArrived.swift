extension SentenceContext {
  /// "توجه أمير الكويت إلى جدة حيث التقى العاهل السعودي", "وصل الوزير إلى موسكو حيث اجتمع مع
  /// نظيره": an Arabic verb of meeting right after "حيث", with no clitic of its own, after a
  /// journey "إلى" a place (at most six words before "حيث"): the traveller, the sentence's
  /// subject before "إلى", meets the actor right after the verb ("مع" or a determiner may
  /// stand between). Nil when the cue is not so written.
  func whereArrivedPairs(_ cue: Lexicon.Match) -> [Candidate]? {
    let h = cue.tokenStart - 1
    guard isArabic(cue.tokenStart), h > range.lowerBound, cue.proclitic.isEmpty,
      cue.enclitic.isEmpty, tokens.norm(h).sameBytes("\u{062D}\u{064A}\u{062B}"),
      let to = (max(range.lowerBound, h - 6)..<h).last(where: { isMarker($0, .destination) }),
      let s = mainSubject(before: to)
    else { return nil }
    let travellers = groupForward(s).filter { mentions[$0].tokenEnd <= to }
    let exclude = codes(travellers)
    guard
      let k = firstAfter(cue.tokenEnd, sameClause: false, maxDistance: 2, excluding: exclude),
      !isLocative(mentions[k])
    else { return nil }
    return pairs(travellers, groupForward(k, excluding: exclude), rule: "meet-where-arrived")
  }
}
