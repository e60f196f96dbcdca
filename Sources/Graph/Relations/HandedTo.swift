extension SentenceContext {
  /// "سلمت فرنسا طائرات رافال إلى مصر", "باعت الولايات المتحدة مقاتلات إف 35 إلى الإمارات":
  /// weapons handed over or sold (a cue that needs the list `weapon`) go to the actor named
  /// right after "إلى", past the weapon and its name or number (at most four words, no actor
  /// and no other preposition among them). "نقلت إسرائيل أسلحة إلى الحدود مع لبنان" names no
  /// one after "إلى". The weapons are indefinite: "سلمت الفصائل السلاح إلى الجيش" and
  /// "أسلحتها" are arms given up. Weapons sent to strike ("إلى أوكرانيا لضرب ...") support no
  /// one. Nil when the word after the subject is no such weapon.
  func handedTo(_ cue: Lexicon.Match, subject subj: [Int], from: Int) -> [Candidate]? {
    let weapon = Marker.NamedList.weapon
    guard weapon.bit != 0, cue.entry.needsNamed == weapon.bit, isArabic(cue.tokenStart),
      from < range.upperBound, lexicon.isMarker(tokens, from, weapon),
      // "سلمت الفصائل السلاح إلى الجيش", "أسلحتها": arms given up are no support.
      !tokens.norm(from).hasBytePrefix("\u{0627}\u{0644}"),
      !tokens.norm(from).hasByteSuffix("\u{0647}\u{0627}"),
      !tokens.norm(from).hasByteSuffix("\u{0647}\u{0645}"),
      let j = (from + 1..<min(range.upperBound, from + 6)).first(where: {
        isMarker($0, .destination)
      }),
      !(from..<j).contains(where: { inMention($0) || isMarker($0, .preposition) }),
      let t = mentions.firstIndex(where: { $0.tokenStart == j + 1 }),
      !codes(subj).contains(mentions[t].code)
    else { return nil }
    // "أرسلت روسيا طائرات مسيرة إلى أوكرانيا لضرب محطات الطاقة": weapons sent to strike.
    let after = mentions[groupEnd(t)].tokenEnd
    if after < range.upperBound,
      purposeMatches(at: after, withArticle: true).contains(where: {
        $0.entry.relation == .strikes
      })
    {
      return []
    }
    return pairs(subj, groupForward(t), rule: "verb-handed-to")
  }
}
