/// The demand frame: a withdrawal, resignation or apology asked of an actor ("طالبت فرنسا روسيا
/// بالانسحاب", "urged Russia to withdraw"): the one who asks opposes the one asked.
extension SentenceContext {
  /// English: the comma opening ", Joel Meyer," when the comma at `i - 1` closes a name of
  /// capitalised words (one to four) between commas; nil otherwise.
  func apposedNameStart(before i: Int) -> Int? {
    guard i - 2 > range.lowerBound, tokens[i - 1].kind == .comma else { return nil }
    var j = i - 2
    while j > range.lowerBound, i - 2 - j < 4, tokens[j].kind == .latin, tokens[j].capitalized {
      j -= 1
    }
    return j < i - 2 && tokens[j].kind == .comma ? j : nil
  }

  /// Arabic: the first noun of an act of force after the cue, within its clause and
  /// `CueEntry.needsReach` words, has a pronoun suffix ("بوقف عملياتها").
  func ownAttackNoun(after cue: Lexicon.Match) -> Bool {
    let clause = clauseOf(cue.tokenStart)
    let end = min(range.upperBound, cue.tokenEnd + CueEntry.needsReach)
    guard
      let j = (cue.tokenEnd..<end).first(where: {
        clauseOf($0) == clause && isMarker($0, .attackNoun)
      })
    else { return false }
    return tokens[j].lex.enclitic != 0
  }

  /// `opener` is the subject of the sentence before, for a request verb that opens this one with
  /// no subject of its own ("... . ودعا إسرائيل إلى الانسحاب").
  func demandRule(_ cue: Lexicon.Match, opener: Argument?) -> [Candidate] {
    // English: "The US urged Russia to withdraw", "called on Israel to halt its offensive": the
    // one asked stands before "to", the request verb between it and the asker. A verb of
    // ordering (list `order_verb`) asks for a departure like a request ("ordered French troops
    // to leave"); it is not in the list `request`, which makes what follows hypothetical
    // ("ordered strikes on Syria" tells strikes that were made).
    if !isArabic(cue.tokenStart) {
      if let asked = subjunctiveDemand(cue) { return asked }
      if let stopped = englishStopDemand(cue) { return stopped }
      // ("ordered French troops to leave": up to two words of the actor's own, a force noun
      // or a lower-case head, may stand between.)
      guard cue.tokenStart - 2 > range.lowerBound, tokens.norm(cue.tokenStart - 1).equalsWord("to"),
        // ("ordered the French ambassador, Joel Meyer, to leave": a name between commas, or
        // the title and name read as one actor, with its closing comma.)
        case let to =
          tokens[cue.tokenStart - 2].kind == .comma
          && mentions.contains(where: { $0.tokenEnd == cue.tokenStart - 2 })
          ? cue.tokenStart - 2
          : apposedNameStart(before: cue.tokenStart - 1) ?? cue.tokenStart - 1,
        let last = mentions.lastIndex(where: { m in
          m.tokenEnd <= to && to - m.tokenEnd <= 2
            && (m.tokenEnd..<to).allSatisfy { j in
              isMarker(j, .forceNoun)
                || (tokens[j].kind == .latin && !tokens[j].capitalized
                  && !isMarker(j, .preposition) && !isMarker(j, .auxiliary)
                  && !isMarker(j, .request) && !lexicon.isMarker(tokens, j, .orderVerb))
            }
        }),
        case let subj = groupBackward(last), let first = subj.first
      else { return [] }
      // "Niger's junta ordered French troops to leave": a possessor and its head noun.
      if let asker = mentions.lastIndex(where: {
        $0.tokenEnd < mentions[first].tokenStart
          && (mentions[first].tokenStart - $0.tokenEnd <= 2
            || possessorOf(head: mentions[first].tokenStart - 1, $0))
      }),
        (mentions[asker].tokenEnd..<mentions[first].tokenStart).contains(where: {
          isMarker($0, .request) || lexicon.isMarker(tokens, $0, .orderVerb)
        })
      {
        return pairs(groupBackward(asker), subj, rule: "demand-of")
      }
      // "Mali's military-led government on Monday ordered the French ambassador to leave": the
      // subject of the verb of asking right before the one asked (its article between).
      // (Only when a word stands before the one asked: "Serbia refused to withdraw" opens its
      // sentence, and the word before the first one crashed.)
      if mentions[first].tokenStart > range.lowerBound,
        case let v = mentions[first].tokenStart
          - (tokens.norm(mentions[first].tokenStart - 1).equalsWord("the") ? 2 : 1),
        v > range.lowerBound, isMarker(v, .request) || lexicon.isMarker(tokens, v, .orderVerb),
        let asker = nearestBefore(v, sameClause: true, subjectsOnly: true, maxDistance: 10),
        !mentions.contains(where: {
          $0.tokenStart >= mentions[asker].tokenEnd && $0.tokenStart < v
        }),
        !groupHas(subj, code: mentions[asker].code)
      {
        return pairs(groupBackward(asker), subj, rule: "demand-of")
      }
      // "Venezuela ordered diplomats from seven countries, including Argentina and Chile, to
      // leave": the ones asked named after "from", "of" or "including" in the phrase of the
      // verb's object (up to eight words, no actor among them).
      if let v = askedPhraseVerb(before: mentions[first].tokenStart),
        let asker = nearestBefore(v, sameClause: true, subjectsOnly: true, maxDistance: 10),
        !mentions.contains(where: {
          $0.tokenStart >= mentions[asker].tokenEnd && $0.tokenStart < v
        }),
        !groupHas(subj, code: mentions[asker].code)
      {
        return pairs(groupBackward(asker), subj, rule: "demand-of")
      }
      // "The Egyptian foreign minister called on Israel to withdraw": a title after the asker.
      if let asker = titledAsker(before: mentions[first].tokenStart),
        !groupHas(subj, code: mentions[asker].code)
      {
        return pairs(groupBackward(asker), subj, rule: "demand-of")
      }
      return []
    }
    // "سيطرت طالبان على كابل بعد انسحاب القوات الأمريكية": a withdrawal told, not asked for.
    // A demand needs a request (or a condition: "تشترط بلاده انسحاب"), a verb that judges it
    // ("رحبت مصر بانسحاب ..."), or a purpose or need ("لإخلاء", "بهدف إخلاء", "بضرورة").
    let clause = clauseOf(cue.tokenStart)
    let purpose =
      cue.proclitic.containsScalar(0x0644)
      || lastMarker(
        .purpose, inClause: clause, max(range.lowerBound, cue.tokenStart - 3)..<cue.tokenStart)
        != nil
    guard
      purpose
        || lastMarker(.request, inClause: clause, range.lowerBound..<cue.tokenStart) != nil
        || judgingVerb(before: cue) || welcomeNounBefore(cue),
      let k = nearestBefore(cue.tokenStart, sameClause: true, subjectsOnly: true, maxDistance: 6)
    else { return [] }
    let subj = groupBackward(k)
    // "طالبت فرنسا روسيا بالانسحاب من أوكرانيا", "urged Russia to withdraw": the one asked
    // to leave is the object of the one who asks.
    if let first = subj.first, mentions[first].tokenStart > range.lowerBound,
      let asker = mentions.lastIndex(where: {
        $0.tokenEnd <= mentions[first].tokenStart && mentions[first].tokenStart - $0.tokenEnd <= 1
      }),
      mentions[asker].tokenStart > range.lowerBound,
      // "طالب الرئيس السوداني عمر البشير": a nisba right before a person's name is its title.
      !(mentions[asker].tokenEnd == mentions[first].tokenStart
        && isPersonMention(mentions[first])),
      requestVerb(before: mentions[groupStart(asker)].tokenStart) != nil
    {
      return pairs(groupBackward(asker), subj, rule: "demand-of")
    }
    // "ودعت الولايات المتحدة وفرنسا خلال جلسة طارئة لمجلس الأمن رواندا إلى سحب قواتها": VSO,
    // a phrase of time or place between the askers and the one asked.
    if let first = subj.first, let a = askerPastPhrase(before: mentions[first].tokenStart),
      !groupHas(subj, code: mentions[a].code)
    {
      return pairs(groupForward(a), subj, rule: "demand-of")
    }
    // ("وطالبت الجامعة العربية بتحرك دولي عاجل لوقف الاعتداءات": a word with "ب" right after
    // the one named, before the cue, is what the request verb asks for; the one named is its
    // subject, not one asked. Not a light verb's noun: "وطالبت إسرائيل بتقديم اعتذار".)
    if let last = subj.last, case let e = mentions[last].tokenEnd,
      !(e < cue.tokenStart && isArabic(e) && tokens.norm(e).startsWithLetter(0xD8, 0xA8)
        && !isMarker(e, .lightVerb)),
      let asker = coordinatedAsker(before: subj)
    {
      return pairs(groupForward(asker), subj, rule: "demand-of")
    }
    // "أدانت تركيا الهجوم. وطالبت إسرائيل بالانسحاب": a request verb opening the sentence,
    // right before the one asked, asks with the subject of the sentence before. (Not an
    // international body there: "ودعت جامعة الدول العربية إلى وقف فوري للعمليات العسكرية" is the
    // body's own call, VSO.)
    if let sp = opener, let first = subj.first, mentions[first].tokenStart - 1 == range.lowerBound,
      requestVerb(before: mentions[first].tokenStart) == range.lowerBound,
      !groupHas(subj, code: sp.code), gazetteer?.actorKind(mentions[first]) != .organisation,
      // ("وطالبت الصين بوقف فوري للعمليات العسكرية": a stop of acts of force that are not the
      // actor's own, no pronoun on their noun, is what that actor asks for.)
      cue.entry.needs != .attackNoun || ownAttackNoun(after: cue),
      // ("وطالبت الهند باستقالة مشرف", "بانسحاب باكستان": a demand whose noun names the one
      // who is to go asks nothing of the one named before it, who asks.)
      !demandNamesItsOwn(cue, excluding: codes(subj))
    {
      return speakerPairs(sp, subj, rule: "demand-of")
    }
    if let first = subj.first, case let start = mentions[first].tokenStart,
      let v = requestVerb(before: start)
    {
      // "مصر طالبت إسرائيل بالانسحاب": SVO, the asker right before the request verb.
      if v == start - 1, let a = mentions.lastIndex(where: { $0.tokenEnd == v }),
        !isOblique(at: a), !groupHas(subj, code: mentions[a].code)
      {
        return pairs(groupBackward(a), subj, rule: "demand-of")
      }
      // "طالب الرئيس السابق إسرائيل بالانسحاب": the asker is named by no actor. (Not before a
      // nisba or a person, whose title the words between are: "طالب الرئيس السوداني بطرد".)
      if mentions[first].form == .name, !isPersonMention(mentions[first]),
        (v + 1..<start).contains(where: { !isMarker($0, .adverb) })
      {
        return []
      }
    }
    // "طالب عباس بوقف العدوان الإسرائيلي على لبنان", "دعت إلى وقف الغارات الروسية": the one
    // who asks that an act of force stop opposes its author.
    // ("فان الامم المتحدة مطالبة بجهد لوقف الاعتداءات": one who is asked, "مطالب", right
    // after the name, asks nothing.)
    if cue.entry.needs == .attackNoun, let a = stoppedActAuthor(cue),
      !groupHas(subj, code: mentions[a].code),
      let last = subj.last, case let after = mentions[last].tokenEnd,
      !(after < cue.tokenStart
        && tokens.norm(after).hasBytePrefix("\u{0645}\u{0637}\u{0627}\u{0644}\u{0628}"))
    {
      return pairs(subj, groupForward(a), rule: "demand-stop-act")
    }
    guard let obj = object(after: cue.tokenEnd, excluding: codes(subj), maxDistance: 4) else {
      return []
    }
    // "طالبت مصر بالانسحاب من لبنان": the place left, after "من", is no one asked.
    if let o = obj.first, case let m = mentions[o], m.tokenStart - 1 > range.lowerBound,
      Withdrawal.isFrom(tokens, m.tokenStart - 1, range)
        || (m.form == .adjective && Withdrawal.isFrom(tokens, m.tokenStart - 2, range))
    {
      return []
    }
    return pairs(subj, obj, rule: "demand")
  }

  /// "أعربت إيران عن ترحيبها بوقف العدوان": an Arabic noun of support right before the
  /// demand cue judges the act's end as a verb of judging does.
  func welcomeNounBefore(_ cue: Lexicon.Match) -> Bool {
    let p = cue.tokenStart - 1
    return p >= range.lowerBound && isArabic(p) && isArabic(cue.tokenStart)
      && stanceNounAt(p, relation: .supports)
  }

  /// Whether an Arabic noun cue of `relation` starts at token `p` (and ends there).
  func stanceNounAt(_ p: Int, relation: RelationType) -> Bool {
    tokens[p].lex.may(TokenLex.cue)
      && lexicon.match(tokens, at: p, limit: p + 1).contains {
        $0.entry.frame == .noun && $0.entry.relation == relation && $0.tokenEnd == p + 1
      }
  }

  /// Whether a demand cue that an act of force stop starts at token `j` ("بوقف", "بانتهاء").
  func stopDemandAt(_ j: Int) -> Bool {
    j < range.upperBound && tokens[j].lex.may(TokenLex.cue)
      && lexicon.match(tokens, at: j, limit: min(range.upperBound, j + 2)).contains {
        $0.tokenStart == j && $0.entry.frame == .demand && $0.entry.needs == .attackNoun
      }
  }

  /// English: "Turkey called for an end to Russian airstrikes on Idlib", "urged a halt to
  /// Israel's strikes": the one who asks (a request verb's subject) that an act of force stop
  /// opposes its author, the nisba or possessor right before the act's noun after "to". Nil
  /// when the sentence is not so built.
  func englishStopDemand(_ cue: Lexicon.Match) -> [Candidate]? {
    guard cue.entry.needs == .attackNoun, cue.tokenEnd + 1 < range.upperBound,
      tokens.norm(cue.tokenEnd).equalsWord("to"),
      let n = (cue.tokenEnd + 1..<min(range.upperBound, cue.tokenEnd + 5)).first(where: {
        isMarker($0, .attackNoun)
      }),
      let a = mentions.lastIndex(where: {
        $0.tokenStart > cue.tokenEnd && $0.tokenEnd <= n
          && (n - $0.tokenEnd <= 1
            || ($0.tokenEnd + 2 == n && tokens[$0.tokenEnd].kind == .quote))
      }),
      let r = (max(range.lowerBound, cue.tokenStart - 5)..<cue.tokenStart).last(where: {
        isMarker($0, .request)
      }),
      let k = mentions.lastIndex(where: { $0.tokenEnd <= r && r - $0.tokenEnd <= 2 }),
      mentions[k].code != mentions[a].code
    else { return nil }
    return pairs(groupBackward(k), [a], rule: "demand-stop-act")
  }

  /// The token of a word asking that an act stop (a demand cue that needs an act of force:
  /// "وقف", "بوقف", "إنهاء", "end", "halt") before the act's noun at `i`: in Arabic right
  /// before it, or with an adjective between ("وقف فوري للعدوان"); in English before its "to",
  /// with only a determiner and the act's author between ("an end to Russian airstrikes"). Nil
  /// otherwise.
  func stopWord(before i: Int) -> Int? {
    // English: "an end to Russian airstrikes", "a halt to the Israeli bombardment".
    if tokens[i].kind == .latin {
      guard
        let to = (max(range.lowerBound, i - 4)..<i).last(where: { tokens.norm($0).equalsWord("to") }
        ),
        to > range.lowerBound,
        (to + 1..<i).allSatisfy({
          inMention($0) || isMarker($0, .determiner) || tokens[$0].kind == .quote
            || tokens.norm($0).equalsWord("s")
        }),
        lexicon.match(tokens, at: to - 1, limit: to).contains(where: {
          $0.entry.frame == .demand && $0.entry.needs == .attackNoun
        })
      else { return nil }
      return to - 1
    }
    guard tokens[i].kind == .arabic, i > range.lowerBound else { return nil }
    func stops(_ j: Int) -> Bool {
      j >= range.lowerBound && tokens[j].kind == .arabic && tokens[j].lex.may(TokenLex.cue)
        && lexicon.match(tokens, at: j, limit: j + 1).contains {
          $0.entry.frame == .demand && $0.entry.needs == .attackNoun
        }
    }
    if stops(i - 1) { return i - 1 }
    return !inMention(i - 1) && stops(i - 2) ? i - 2 : nil
  }

  /// Arabic: the author of the act of force a stop cue asks to end: the nisba or the name right
  /// after the act's noun ("بوقف العدوان الإسرائيلي", "وقف هجمات الحوثيين").
  func stoppedActAuthor(_ cue: Lexicon.Match) -> Int? {
    var j = cue.tokenEnd
    if j + 1 < range.upperBound, !isMarker(j, .attackNoun), !inMention(j) { j += 1 }
    guard j + 1 < range.upperBound, isMarker(j, .attackNoun), stopWord(before: j) != nil,
      let a = mentions.firstIndex(where: { $0.tokenStart == j + 1 }),
      mentions[a].form == .adjective || mentions[a].proclitic.isEmpty
    else { return nil }
    return a
  }

  /// English: the asker of a request verb right before the one asked at `start` ("urged",
  /// "called on"), named before the verb with only its title's lower-case words between ("The
  /// Egyptian foreign minister called on", "Egypt's foreign ministry called on"). Nil otherwise.
  func titledAsker(before start: Int) -> Int? {
    var r = start - 1
    if r > range.lowerBound, tokens.norm(r).equalsWord("on") || tokens.norm(r).equalsWord("upon") {
      r -= 1
    }
    guard r > range.lowerBound, tokens[r].kind == .latin,
      isMarker(r, .request) || lexicon.isMarker(tokens, r, .orderVerb),
      let k = nearestBefore(r, sameClause: true, subjectsOnly: true, maxDistance: 4),
      (mentions[k].tokenEnd..<r).allSatisfy({
        (tokens[$0].kind == .latin && !tokens[$0].capitalized && !isMarker($0, .preposition)
          && !isMarker($0, .coordination) && !isMarker($0, .relative)
          && !tokens[$0].lex.may(TokenLex.cue))
          || (tokens[$0].kind == .quote && $0 == mentions[k].tokenEnd)
      })
    else { return nil }
    return k
  }

  /// True when English mention `m` is the possessor of one or two lower-case words that end
  /// right before token `end` ("Niger's junta", "Mali's military government").
  func possessorOf(head end: Int, _ m: Mention) -> Bool {
    let q = m.tokenEnd
    guard q + 2 < end, end - (q + 2) <= 2, tokens[q].kind == .quote,
      tokens.norm(q + 1).equalsWord("s")
    else { return false }
    return (q + 2..<end).allSatisfy {
      tokens[$0].kind == .latin && !tokens[$0].capitalized && !isMarker($0, .preposition)
        && !isMarker($0, .coordination) && !tokens[$0].lex.may(TokenLex.cue)
    }
  }

  /// "Egypt demanded that Israel withdraw", "insisted that the US leave": the one asked right
  /// before the bare verb, "that" (and an article) before it, a request verb before "that" and
  /// the asker right before the request verb. Nil when the sentence is not so built.
  func subjunctiveDemand(_ cue: Lexicon.Match) -> [Candidate]? {
    guard let last = mentions.lastIndex(where: { $0.tokenEnd == cue.tokenStart }),
      case let subj = groupBackward(last), let first = subj.first
    else { return nil }
    var t = mentions[first].tokenStart - 1
    if t > range.lowerBound, tokens.norm(t).equalsWord("the") { t -= 1 }
    guard t - 1 > range.lowerBound, tokens.norm(t).equalsWord("that"), isMarker(t - 1, .request),
      let asker = mentions.lastIndex(where: { $0.tokenEnd <= t - 1 && t - 1 - $0.tokenEnd <= 1 }),
      !groupHas(subj, code: mentions[asker].code)
    else { return nil }
    return pairs(groupBackward(asker), subj, rule: "demand-of")
  }

  /// Arabic: the first of the askers of "دعت X وY خلال جلسة طارئة لمجلس الأمن Z إلى ...": a
  /// request verb up to fourteen words before `start` in its clause, its subject right after it
  /// (a group), then a preposition that opens a phrase whose actors are all a preposition's
  /// objects, up to `start`; nil when the sentence is not so built.
  func askerPastPhrase(before start: Int) -> Int? {
    guard isArabic(start),
      let v = (max(range.lowerBound, start - 14)..<start).last(where: {
        isArabic($0) && isMarker($0, .request) && !inMention($0)
      }),
      clauseOf(v) == clauseOf(start),
      let a = mentions.firstIndex(where: { $0.tokenStart == v + 1 }), !isOblique(at: a)
    else { return nil }
    let end = mentions.tokenEnd(groupEnd(a))
    guard end + 1 < start, isMarker(end, .preposition) || isMarker(end, .locative),
      !mentions.contains(where: { $0.tokenStart > v && $0.tokenStart < end && $0.code.isEmpty })
    else { return nil }
    for k in mentions.indices
    where mentions.tokenStart(k) >= end && mentions.tokenStart(k) < start && !isOblique(at: k) {
      return nil
    }
    return a
  }

  /// Arabic: whether the demand's noun at `cue` names who is to go: an actor within three words
  /// after it, in its clause, no preposition's object ("باستقالة مشرف", "بانسحاب القوات
  /// الروسية", "باستقالة الرئيس برويز مشرف").
  func demandNamesItsOwn(_ cue: Lexicon.Match, excluding: ExcludedCodes) -> Bool {
    guard
      let t = firstAfter(cue.tokenEnd, sameClause: true, maxDistance: 3, excluding: excluding)
    else { return false }
    return !isOblique(at: t)
      && !(cue.tokenEnd..<mentions.tokenStart(t)).contains(where: { isMarker($0, .preposition) })
  }

  /// An Arabic request verb ("طالب", "دعا") up to four words before `start` in its clause with
  /// no actor between: the words between are the asker's title ("دعا الرئيس الفرنسي روسيا").
  func requestVerb(before start: Int) -> Int? {
    guard start > range.lowerBound,
      let v = (max(range.lowerBound, start - 4)..<start).last(where: {
        tokens[$0].kind == .arabic && isMarker($0, .request)
      }),
      clauseOf(v) == clauseOf(start),
      !mentions.contains(where: { $0.tokenStart > v && $0.tokenStart < start })
    else { return nil }
    return v
  }

  /// English: the verb of asking or ordering whose object's phrase ends right before token
  /// `start` with "from", "of" or "including" ("ordered diplomats from seven countries,
  /// including"): up to eight words or commas, no actor; nil when there is none.
  func askedPhraseVerb(before start: Int) -> Int? {
    let p = start - 1
    guard p - 1 > range.lowerBound, tokens.kind(p) == .latin,
      ["from", "of", "including"].contains(where: { tokens.norm(p).equalsWord($0) })
    else { return nil }
    var j = p - 1
    // (The comma before "including" may start a clause of its own: commas are passed over.)
    while j > range.lowerBound, p - j <= 8, !inMention(j) {
      if tokens.kind(j) == .latin, isMarker(j, .request) || lexicon.isMarker(tokens, j, .orderVerb)
      {
        return j < p - 1 ? j : nil
      }
      guard tokens.kind(j) == .latin || tokens.kind(j) == .comma || tokens.kind(j) == .number
      else { return nil }
      j -= 1
    }
    return nil
  }

  /// "دانت الصين الغارة وطالبت إسرائيل بالاعتذار": a request verb coordinated with an earlier
  /// verb, right before the one asked, with no asker of its own: the asker is the sentence's
  /// subject, named right after its opening verb or at its start.
  func coordinatedAsker(before subj: [Int]) -> Int? {
    guard let first = subj.first else { return nil }
    // ("وطالبت الحكومة الصينية": the head noun of a nisba stands between.)
    var v = mentions[first].tokenStart - 1
    if mentions[first].form == .adjective, v - 1 > range.lowerBound, tokens.kind(v) == .arabic,
      !inMention(v), !isMarker(v, .request)
    {
      v -= 1
    }
    guard v > range.lowerBound, tokens[v].kind == .arabic, isMarker(v, .request),
      tokens.norm(v).startsWithLetter(0xD9, 0x88)
    else { return nil }
    // "ونددت الأردن بالتشريع، فيما أعربت فرنسا وألمانيا عن قلقها ودعت تل أبيب إلى التراجع":
    // after a clause opener that is no complementizer (فيما، بينما), the subject of its verb.
    if let c = (range.lowerBound..<v).last(where: {
      isArabic($0) && isMarker($0, .clauseOpener) && !isMarker($0, .complementizer)
    }),
      let a = mentions.firstIndex(where: { $0.tokenStart > c && $0.tokenStart <= c + 3 }),
      mentions[a].tokenEnd <= v, !isOblique(at: a), !groupHas(subj, code: mentions[a].code)
    {
      return a
    }
    guard let a = mentions.firstIndex(where: { $0.tokenStart >= range.lowerBound }),
      mentions[a].tokenEnd <= v, mentions[a].tokenStart - range.lowerBound <= 2,
      !isOblique(at: a), !groupHas(subj, code: mentions[a].code)
    else { return nil }
    return a
  }
}
