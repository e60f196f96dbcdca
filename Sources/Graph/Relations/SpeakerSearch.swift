/// Who speaks: the speaker of a speech cue (the one quoted after "عن", the verb's subject, or
/// the person named after the title that follows the verb), whether a relation verb reports
/// speech, and first-person cues ("ندعم", "we support") that the speaker stands for.
extension SentenceContext {
  /// True when the cue is a first-person verb ("ندعم", "we support").
  func isFirstPerson(_ cue: Lexicon.Match) -> Bool {
    // The words before the cue are read by index, in place (a slice's `contains` copied each
    // token).
    if tokens[cue.tokenStart].kind == .arabic {
      return cue.entry.firstPerson
        || (max(range.lowerBound, cue.tokenStart - 3)..<cue.tokenStart).contains {
          tokens.norm($0).sameBytes("نحن")
        }
    }
    return (max(range.lowerBound, cue.tokenStart - 2)..<cue.tokenStart).contains {
      tokens.norm($0).equalsWord("we")
    } || ownForcesBefore(cue.tokenStart)
  }

  /// English: "our troops are", "our government has": the speaker's own forces or government
  /// ("our" and a force or government noun) as the subject right before the verb at `i`
  /// (auxiliaries and adverbs in -ly between, three words at most).
  func ownForcesBefore(_ i: Int) -> Bool {
    var j = i - 1
    while j > range.lowerBound, i - j <= 3, tokens[j].kind == .latin, !tokens[j].capitalized,
      isMarker(j, .auxiliary) || isMarker(j, .passiveAux) || tokens.norm(j).hasByteSuffix("ly")
    {
      j -= 1
    }
    guard j > range.lowerBound, tokens[j].kind == .latin, tokens[j - 1].kind == .latin,
      tokens.norm(j - 1).equalsWord("our"), isMarker(j, .forceNoun) || isMarker(j, .anaphoricHead)
    else { return false }
    return true
  }

  /// Where to look back for the author of the statement noun at `noun`: before it, or before
  /// a parenthetical between commas that separates it from its verb ("فأصدر، قبيل التئام
  /// مجلس الأمن، بياناً": the Council is not the author).
  func statementIssuer(_ noun: Int) -> Int {
    guard noun - 1 > range.lowerBound, tokens[noun - 1].kind == .comma,
      let open = (max(range.lowerBound, noun - 10)..<(noun - 1)).last(where: {
        tokens[$0].kind == .comma
      })
    else { return noun }
    return open
  }

  /// True when a relation verb introduces what its subject said: "حذر خامنئي السبت من أن
  /// بلاده ...", "Iran warned that ...". Its subject speaks for "بلاده" and "we" after it.
  func reportsSpeech(_ cue: Lexicon.Match) -> Bool {
    // The subject search is dear: first a complementizer must follow at all.
    guard cue.entry.frame == .verb, complementizerFollows(cue.tokenEnd),
      let (subj, after) = subject(of: cue), let last = subj.last
    else { return false }
    var j = after ? mentions[last].tokenEnd : cue.tokenEnd
    let end = min(range.upperBound, j + 4)
    while j < end {
      if isMarker(j, .complementizer) { return true }
      // "حذر من أن", "تحدث عن أن": the preposition of the verb before its clause.
      guard isMarker(j, .adverb) || isMarker(j, .nounBlock) else {
        return false
      }
      j += 1
    }
    return false
  }

  /// True when a word of `complementizer` stands within twelve tokens from `end` in the
  /// sentence (what a speech verb's clause opens with).
  func complementizerFollows(_ end: Int) -> Bool {
    (end..<min(range.upperBound, end + 12)).contains(where: { isMarker($0, .complementizer) })
  }

  /// "نقلت الوكالة عن X قوله", "نقل عن X قولها": an Arabic speech noun after "عن" and the
  /// one quoted; the first actor after عن, within eight tokens before the cue.
  func quotedSource(before cue: Lexicon.Match) -> Int? {
    // The quote nouns are the speech cues that need a complementizer after them ("قوله إن").
    guard cue.entry.frame == .speech, cue.entry.needs == .complementizer else { return nil }
    let lo = max(range.lowerBound, cue.tokenStart - 8)
    guard
      let an = (lo..<cue.tokenStart).last(where: {
        tokens.norm($0).sameBytes("\u{0639}\u{0646}")  // عن
      })
    else { return nil }
    return mentions.firstIndex { $0.tokenStart > an && $0.tokenEnd <= cue.tokenStart }
  }

  /// True when an Arabic speech verb is followed by a title ("وقال وزير ...", "وقال
  /// المتحدث ..."): someone speaks, and the caller found no actor for them.
  func hasUnnamedSpeaker(_ cue: Lexicon.Match) -> Bool {
    isArabic(cue.tokenStart) && cue.tokenEnd < range.upperBound
      && isMarker(cue.tokenEnd, .personHead)
  }

  /// The actor who speaks with speech cue `cue`: the one quoted after عن ("نقلت الوكالة عن X
  /// قوله"), the verb's subject, or the person named after the title that follows the verb
  /// ("وقال وزير الدولة لشؤون الإعلام، محمد المومني:"); nil when no actor is named.
  func speakerMention(of cue: Lexicon.Match) -> Int? {
    // Every way below names the speaker by one of the sentence's mentions: with none, none
    // is found (and a sentence read for its speech cue alone often has none).
    guard !mentions.isEmpty else { return nil }
    if let k = quotedSource(before: cue), !mentions[k].code.isEmpty { return k }
    // "«... دبابة إسرائيلية» وقال برهوم": an Arabic speech verb with و or ف starts a new clause;
    // an actor before it is not who speaks.
    // "وقال ان سورية وايران ...": an actor after the complementizer is in what is said.
    if let (group, after) = subject(of: cue), let k = group.first, !mentions[k].code.isEmpty,
      after || !isArabic(cue.tokenStart) || !startsClause(cue),
      !(after && (cue.tokenEnd..<mentions[k].tokenStart).contains { isMarker($0, .complementizer) })
    {
      return k
    }
    if let k = genitiveSpeaker(after: cue) { return k }
    if let k = abbreviatedSpeaker(before: cue) { return k }
    return hasUnnamedSpeaker(cue) ? titledSpeaker(after: cue) : nil
  }

  /// English: "The Strategic Framework for the Defence of the People of Azawad (CSP) said": the
  /// actor right before an abbreviation in parentheses (one or two words the gazetteer does not
  /// know) right before the speech verb.
  func abbreviatedSpeaker(before cue: Lexicon.Match) -> Int? {
    let close = cue.tokenStart - 1
    guard !isArabic(cue.tokenStart), close - 2 > range.lowerBound,
      tokens.norm(close).equalsWord(")")
    else { return nil }
    var open = close - 1
    while open > close - 4, open > range.lowerBound, !tokens.norm(open).equalsWord("(") {
      guard tokens[open].kind == .latin || tokens[open].kind == .quote, !inMention(open) else {
        return nil
      }
      open -= 1
    }
    guard open < close - 1, tokens.norm(open).equalsWord("("),
      let k = mentions.lastIndex(where: { $0.tokenEnd == open }), !mentions[k].code.isEmpty,
      !isOblique(at: groupStart(k))
    else { return nil }
    return k
  }

  /// Arabic: "وقال المكتب السياسي لحركة حماس", "وقال المتحدث العسكري للحوثيين": an organ or an
  /// officer with no name (one to three definite words right after the speech verb, no
  /// preposition) and the actor it belongs to, with ل: that actor speaks.
  func genitiveSpeaker(after cue: Lexicon.Match) -> Int? {
    guard isArabic(cue.tokenStart), cue.entry.frame == .speech else { return nil }
    var j = cue.tokenEnd
    // (Definite words only, the organ and its adjectives: "إنها استهدفت مقرات للحزب" is what
    // is said.)
    while j < min(range.upperBound, cue.tokenEnd + 3), isArabic(j), !inMention(j),
      tokens.norm(j).hasBytePrefix("\u{0627}\u{0644}"), !isMarker(j, .preposition),
      !isMarker(j, .complementizer)
    {
      j += 1
    }
    guard j > cue.tokenEnd, j < range.upperBound,
      let k = mentions.firstIndex(where: { $0.tokenStart == j }),
      !mentions[k].code.isEmpty, hasGenitiveLam(mentions[k]),
      !isLocative(mentions[k])
    else { return nil }
    return k
  }

  /// True when Arabic cue `cue` carries the conjunction و or ف: it starts a clause of its own.
  func startsClause(_ cue: Lexicon.Match) -> Bool {
    cue.proclitic.startsWithLetter(0xD9, 0x88) || cue.proclitic.startsWithLetter(0xD9, 0x81)
  }

  /// The person named after the title that follows a speech verb, before the quote or the
  /// complementizer: "وقال وزير الدولة لشؤون الإعلام الناطق باسم الحكومة، محمد المومني:".
  func titledSpeaker(after cue: Lexicon.Match) -> Int? {
    let end = min(range.upperBound, cue.tokenEnd + 16)
    for j in cue.tokenEnd..<end {
      if tokens[j].kind == .stop || tokens[j].kind == .quote || tokens.norm(j).sameBytes(":")
        || isMarker(j, .complementizer)
      {
        return nil
      }
      if let m = mentions.firstIndex(where: { $0.tokenStart == j }), isPersonMention(mentions[m]) {
        return m
      }
    }
    return nil
  }
}

extension SentenceContext {
  /// Whether cue `i` of `cues` may report speech: a speech cue, a claim ("claimed
  /// responsibility": "claimed" says), or a verb that reports speech (only a verb can). The cue
  /// is read in place, field by field (a verb is passed on whole); a closure in the extractor
  /// that read it so copied the context instead.
  func mayReportSpeech(_ cues: [Lexicon.Match], _ i: Int) -> Bool {
    precondition(i >= 0 && i < cues.count, "Index out of range")
    return cues.withUnsafeBufferPointer { b in
      let c = b.baseAddress.unsafelyUnwrapped + i
      let frame = c.pointee.entry.frame
      // (`reportsSpeech` first asks for a complementizer after the cue: asked here, in place,
      // most verbs are not copied to be passed on.)
      // (A denial of any part, "نفت الوزارة أي مسؤولية", reports speech as the speech verb
      // "نفى" it displaces does.)
      return frame == .speech || isClaimCue(c.pointee.tokenStart, c.pointee.tokenEnd)
        || c.pointee.entry.needsNamed == Marker.NamedList.involvementNoun.bit
        || (frame == .verb && complementizerFollows(c.pointee.tokenEnd)
          && reportsSpeech(c.pointee))
    }
  }
}
