/// The symmetric frames: joint action ("between X and Y") and meetings.
extension SentenceContext {
  /// The actors after "بين"/"between" in `window`: a coordinated group, or the first actor and
  /// the next one joined by "و"/"and" ("بين X، ممثل ...، وY").
  /// With `strict`, only a coordinated second actor counts.
  func betweenParticipants(in window: Range<Int>, strict: Bool = false) -> [Int]? {
    guard let b = window.first(where: { isMarker($0, .between) }),
      let x = firstAfter(b + 1, sameClause: false, maxDistance: 3)
    else { return nil }
    let group = groupForward(x)
    if namesTwoActors(group) { return group }
    let later = mentions.indices.filter {
      $0 > x && mentions[$0].code != mentions[x].code
        && mentions[$0].tokenStart - mentions[x].tokenEnd <= 10
    }
    let coordinated = later.first { k in
      mentions[k].proclitic.startsWithLetter(0xD9, 0x88)
        || (mentions[k].tokenStart > range.lowerBound
          && isMarker(mentions[k].tokenStart - 1, .coordination))
    }
    return (strict ? coordinated : coordinated ?? later.first).map { [x, $0] }
  }

  /// "between Iran and the P5+1, the United States, Britain, France, Germany, Russia and
  /// China": a list of states set off by a comma right after a body (not the first party)
  /// that ends its sentence names the body's members, parties as the body is
  /// (`jointParticipants`). The parties up to the body and the members, or nil. The list may
  /// be read as part of the group or after it ("the so-called P5+1, ...").
  func bodyMembers(of group: [Int]) -> (parties: [Int], members: [Int])? {
    guard group.count >= 2,
      let b = group.indices.dropFirst().first(where: {
        gazetteer?.codeKind(mentions[group[$0]]) == .organisation
      }),
      case let e = mentions[group[b]].tokenEnd, e + 1 < range.upperBound,
      tokens[e].kind == .comma
    else { return nil }
    var members = Array(group[(b + 1)...])
    if members.isEmpty, let n = firstAfter(e + 1, sameClause: false, maxDistance: 1) {
      members = groupForward(n)
    }
    guard members.count >= 2, mentions[members[0]].tokenStart <= e + 2,
      members.allSatisfy({ gazetteer?.codeKind(mentions[$0]) == .state }),
      let end = members.last.map({ mentions[$0].tokenEnd }),
      end >= range.upperBound || tokens[end].kind == .stop
    else { return nil }
    return (Array(group[...b]), members)
  }

  /// "القمة الثلاثية التي تضم إيران وروسيا وتركيا", "a summit bringing together Russia, Turkey
  /// and Iran": a word of `gathering` a few words after the meeting's noun, with only
  /// adjectives, a relative pronoun or a time word between (no preposition: "محادثات حول ضم
  /// القرم"), and two or more actors coordinated right after it (or after a word of people,
  /// list `person_head`: "ضم مسؤولين أتراكا وأوكرانيين").
  func gatheredParticipants(after cue: Lexicon.Match) -> [Int]? {
    let end = min(range.upperBound, cue.tokenEnd + 5)
    guard
      let g = (cue.tokenEnd..<end).first(where: { j in
        lexicon.isMarker(tokens, j, .gathering) || !tokens[j].isWord
          || isMarker(j, .preposition) || mentions.contains { $0.tokenStart == j }
      }), tokens[g].isWord, lexicon.isMarker(tokens, g, .gathering),
      // ("اجتماع ثلاثي ضم مسؤولين أتراكا وأوكرانيين وأميركيين", "bringing together officials
      // of ...": the people of the actors may stand before them.)
      let k = firstAfter(
        g + 1, sameClause: true,
        maxDistance: g + 1 < range.upperBound && isMarker(g + 1, .personHead) ? 1 : 0)
    else { return nil }
    let group = groupForward(k)
    return namesTwoActors(group) ? group : nil
  }

  /// "لقائه في موسكو نظيره التركي", "لقائها بواشنطن نظيرتها اليونانية": where a meeting took
  /// place, a state's name after "في" or with ب right after the noun; the token after it, or
  /// nil.
  func meetingPlaceEnd(after i: Int) -> Int? {
    guard i < range.upperBound, gazetteer != nil else { return nil }
    let at = tokens.norm(i).sameBytes("\u{0641}\u{064A}") ? i + 1 : i
    guard
      let m = mentions.firstIndex(where: { $0.tokenStart == at && $0.form == .name }),
      at > i || hasLocativeProclitic(at: m),
      gazetteer?.codeKind(mentions[m]) == .state
    else { return nil }
    return mentions[m].tokenEnd
  }

  /// Arabic: the one met after a meeting noun with a pronoun ("لقائه الرئيس حسني مبارك",
  /// "لدى استقبالها الرئيس التركي", "محادثاته مع بوتين"), past the meeting's place; nil when
  /// none follows.
  func possessedMeetingPartner(_ cue: Lexicon.Match) -> Int? {
    guard isArabic(cue.tokenStart), !cue.enclitic.isEmpty,
      case let from = meetingPlaceEnd(after: cue.tokenEnd) ?? cue.tokenEnd,
      let k = firstAfter(from, sameClause: true, maxDistance: 2)
    else { return nil }
    // (A "مع" standing alone right after the noun: "محادثاته مع بوتين".)
    let with =
      from < mentions[k].tokenStart && tokens.norm(from).sameBytes("\u{0645}\u{0639}")
    guard with || !isOblique(at: k) || personAfterBa(mentions[k]),
      (from..<mentions[k].tokenStart).allSatisfy({
        tokens[$0].kind == .arabic && (!isMarker($0, .preposition) || (with && $0 == from))
          // ("علقت إيران تعاونها بعد الضربات الإسرائيلية": the nisba of an act between is
          // the act's author, no partner.)
          && !isMarker($0, .attackNoun) && !lexicon.isArticleMarker(tokens[$0], .attackNoun)
      })
    else { return nil }
    return k
  }

  /// Arabic: a meeting noun in construct, its genitive the one who met and the one met after
  /// it, as object, with ب or as a counterpart ("بعد لقاء وزير الخارجية المصري نظيره التركي",
  /// "عقب اجتماع الرئيس المصري بنظيره الروسي", "لقاء جمع الوزير المصري بنظيره"). Nil when the
  /// noun is not so written.
  func genitiveMeetingPairs(_ cue: Lexicon.Match) -> [Candidate]? {
    guard isArabic(cue.tokenStart), cue.tokenEnd - cue.tokenStart == 1, cue.enclitic.isEmpty,
      cue.entry.relation == .negotiatesWith,
      !cue.proclitic.hasByteSuffix(ArabicClitics.article),
      // (A noun that may stand in construct: not "اتصالا" nor "اتصالين".)
      !tokens.norm(cue.tokenStart).hasByteSuffix("\u{0627}"),
      !tokens.norm(cue.tokenStart).hasByteSuffix("\u{064A}\u{0646}"),
      // (Named where a time or a phrase starts, "بعد لقاء", "خلال اجتماع", or first: not the
      // object of a verb whose subject takes part, "عقد الوزير اجتماع اللجنة".)
      cue.tokenStart == range.lowerBound || !tokens[cue.tokenStart - 1].isWord
        || isMarker(cue.tokenStart - 1, .preposition) || isMarker(cue.tokenStart - 1, .during)
        || lexicon.isMarker(tokens, cue.tokenStart - 1, .sequel),
      let k = firstAfter(cue.tokenEnd, sameClause: true, maxDistance: 3),
      !isOblique(at: k), !isLocative(mentions[k]),
      // (Title words only between: "لقاء وزير الخارجية المصري"; or a verb of gathering,
      // "لقاء جمع". Not a word after ب or ل, nor a counterpart: "اتصالين بالرئيس مشرف",
      // "اتصالات بمسؤولين هنود", "اتصالين هاتفيين بنظيريه" name whom the calls went to.)
      (cue.tokenEnd..<mentions[k].tokenStart).allSatisfy({
        isArabic($0) && !inMention($0) && !isMarker($0, .preposition) && !isMarker($0, .with)
          && (!tokens[$0].lex.may(TokenLex.cue) || lexicon.isMarker(tokens, $0, .gathering))
          && !tokens.norm($0).startsWithLetter(0xD8, 0xA8)
          && !tokens.norm($0).startsWithLetter(0xD9, 0x84) && !isMarker($0, .counterpart)
      })
    else { return nil }
    let met = groupForward(k)
    // ("لقاء وزير الخارجية المصري ونظيره التركي": both in the genitive.)
    if namesTwoActors(met) { return allPairs(met, rule: "joint-genitive") }
    let end = mentions[met.last ?? k].tokenEnd
    guard
      let y = firstAfter(end, sameClause: true, maxDistance: 1, excluding: codes(met)),
      !isLocative(mentions[y]),
      (end..<mentions[y].tokenStart).allSatisfy({ isMarker($0, .counterpart) })
        && (mentions[y].tokenStart > end || mentions[y].proclitic.hasByteSuffix("\u{0628}")
          || personAfterBa(mentions[y]))
    else { return nil }
    return pairs(met, groupForward(y), rule: "joint-genitive")
  }

  /// "وقال خلال مؤتمر صحفي بعد لقائه الرئيس حسني مبارك": with no subject in the sentence, the
  /// pronoun of a meeting noun is the speaker's, who meets the one after it.
  func speakerMeetingPairs(_ cue: Lexicon.Match, speaker: Argument) -> [Candidate] {
    // (Only places may stand before: "خلال مؤتمر صحفي في القاهرة بعد لقائه".)
    guard let k = possessedMeetingPartner(cue), mentions[k].code != speaker.code,
      mentions.allSatisfy({ $0.tokenStart >= cue.tokenStart || isLocative($0) })
    else { return [] }
    return speakerPairs(speaker, groupForward(k), rule: "joint-speaker-possessor")
  }

  /// "وجرى اللقاء بحضور وزير الخارجية المصري وسفير فلسطين": actors of two or more codes named
  /// together after "بحضور" (`attendance`) right after a noun of meeting meet one another.
  func attendedMeetingPairs(_ cue: Lexicon.Match) -> [Candidate] {
    guard isArabic(cue.tokenStart), cue.entry.relation == .negotiatesWith,
      cue.tokenEnd < range.upperBound, lexicon.isMarker(tokens, cue.tokenEnd, .attendance),
      let k = firstAfter(cue.tokenEnd + 1, sameClause: true, maxDistance: 6),
      !isLocative(mentions[k])
    else { return [] }
    return allPairs(groupForward(k), rule: "joint-attended")
  }

  /// Arabic: a joint cue of a message that ends in its "من" or "إلى" ("رسالة خطية من",
  /// "برقية تهنئة إلى"): the actor after it is the other side.
  func endsInAddressee(_ cue: Lexicon.Match) -> Bool {
    isArabic(cue.tokenStart) && cue.tokenEnd - cue.tokenStart >= 2
      && (isMarker(cue.tokenEnd - 1, .destination)
        || isMarker(cue.tokenEnd - 1, .agentPreposition))
  }

  /// Arabic: "وهاجمت القوات الكينية حركة الشباب بالتنسيق مع الجيش الصومالي": a noun of joint
  /// action with ب and "مع" right after it tells how the clause's subject acted; when the actor
  /// right before it is the object of a verb cue, the sentence's first actor (`mainSubject`),
  /// that verb's subject, holds it. Nil otherwise.
  func mannerJointSubject(_ cue: Lexicon.Match) -> Int? {
    guard cue.tokenEnd < range.upperBound, isMarker(cue.tokenEnd, .with),
      case let p = cue.proclitic.drop(while: { $0 == "\u{0648}" }),
      p == "\u{0628}" || p == "\u{0628}\u{0627}\u{0644}",
      let k = nearestBefore(cue.tokenStart, sameClause: true, subjectsOnly: true, maxDistance: 4),
      let s = mainSubject(before: cue.tokenStart), mentions.tokenEnd(s) <= mentions.tokenStart(k),
      mentions[s].code != mentions[k].code
    else { return nil }
    let objectStart = mentions.tokenStart(groupStart(k))
    // (The verb stands between the two in SVO order, before both in VSO: "وهاجمت القوات
    // الكينية حركة الشباب".)
    let between = max(range.lowerBound, mentions.tokenStart(s) - 2)..<objectStart
    // ("وتتهم الجيش الكونغولي بالتعاون مع": the act charged to the one accused, or asked of
    // the one asked, is theirs.)
    if between.contains(where: { isAccusation($0) || isMarker($0, .request) }) { return nil }
    let verb = between.contains { j in
      tokens[j].kind == .arabic && tokens[j].lex.may(TokenLex.cue)
        && lexicon.match(tokens, at: j, limit: j + 1).contains {
          $0.entry.frame == .verb && $0.entry.relation != nil
        }
    }
    return verb ? s : nil
  }

  func jointRule(_ cue: Lexicon.Match) -> [Candidate] {
    let found = jointParticipants(cue)
    // A clash is mutual: each side strikes the other; so is being at odds.
    guard cue.entry.relation == .strikes || cue.entry.relation == .opposes else { return found }
    return found.flatMap { c in
      [c, Candidate(source: c.target, target: c.source, rule: c.rule, confidence: c.confidence)]
    }
  }

  /// Arabic: "بينهما", "بينهم" or "بينها" (between them) within three words after the cue
  /// ("محادثات مباشرة بينهما").
  func betweenThemAfter(_ cue: Lexicon.Match) -> Bool {
    var j = cue.tokenEnd
    while j < min(range.upperBound, cue.tokenEnd + 3) {
      // (Compared by bytes: a Set hashed every Arabic word with Unicode normalisation.)
      if isArabic(j), Self.betweenThem.contains(tokens.norm(j)) { return true }
      j += 1
    }
    return false
  }

  /// "بينهما", "بينهم", "بينها", folded (plain letters: byte equality is String equality).
  static let betweenThem = ByteWords(["بينهما", "بينهم", "بينها"].map { Normalizer.normalize($0) })

  /// The pairs of a joint act (see `jointRule`), each once.
  func jointParticipants(_ cue: Lexicon.Match) -> [Candidate] {
    // "joint" alone joins the names beside it; "joint statement" is a noun like "talks".
    if cue.tokenEnd - cue.tokenStart == 1, isMarker(cue.tokenStart, .jointAdjective) {
      let beside = jointAdjectiveRule(cue)
      // "held joint military flights with Guyana", "Russia and China held joint air patrols":
      // an English "joint" with its noun (one to three lower-case words, then a preposition or
      // the clause's end) is read as the noun with it ("joint military exercises").
      guard beside.isEmpty, !isArabic(cue.tokenStart) else { return beside }
      var end = cue.tokenEnd
      while end < min(range.upperBound, cue.tokenEnd + 3), tokens[end].kind == .latin,
        !tokens[end].capitalized, !inMention(end), !isMarker(end, .preposition),
        !isMarker(end, .coordination)
      {
        end += 1
      }
      guard end > cue.tokenEnd,
        end == range.upperBound || tokens[end].kind != .latin || isMarker(end, .preposition)
      else { return beside }
      var noun = cue
      noun.tokenEnd = end
      return jointParticipants(noun)
    }
    // "انتهاك صارخ لميثاق الأمم المتحدة", "اتفاقية الأمم المتحدة لقانون البحار": a body's name
    // right after an agreement noun (no "مع" after it) owns the text; no party is named.
    if isArabic(cue.tokenStart), lexicon.isMarker(tokens, cue.tokenStart, .agreementNoun),
      let k = mentions.firstIndex(where: { $0.tokenStart == cue.tokenEnd }),
      gazetteer?.codeKind(mentions[k]) == .organisation,
      !(mentions.tokenEnd(k) < range.upperBound && isMarker(mentions.tokenEnd(k), .with))
    {
      return []
    }
    // "بين X و Y", "between X and Y"
    let window = max(range.lowerBound, cue.tokenStart - 2)..<min(range.upperBound, cue.tokenEnd + 4)
    if let group = betweenParticipants(in: window) {
      // (The members of a body named last take part with the other parties: not with the
      // body, nor with one another.)
      guard let (parties, members) = bodyMembers(of: group) else {
        return allPairs(group, rule: "joint-between")
      }
      return allPairs(parties, rule: "joint-between")
        + pairs(Array(parties.dropLast()), members, rule: "joint-between-members")
    }
    if let group = gatheredParticipants(after: cue) {
      return allPairs(group, rule: "joint-gathering")
    }
    // "In a phone call with Putin, Erdogan called for a ceasefire".
    if !isArabic(cue.tokenStart), let talks = talksPhrasePairs(cue) { return talks }
    // "Washington and Tokyo voiced concern over the pact": a deal one speaks over or about is
    // another's (its parties, if named, are read above).
    if !isArabic(cue.tokenStart),
      let p = (max(range.lowerBound, cue.tokenStart - 4)..<cue.tokenStart).last(where: {
        tokens[$0].kind == .latin
          && (tokens.norm($0).equalsWord("over") || tokens.norm($0).equalsWord("about")
            || tokens.norm($0).equalsWord("against"))
      }),
      (p + 1..<cue.tokenStart).allSatisfy({
        tokens[$0].kind == .latin && !tokens[$0].capitalized && !inMention($0)
      })
    {
      return []
    }
    // "فشل المفاوضات الإسرائيلية الفلسطينية", "رحب بالاتفاق الأمريكي الروسي": a definite noun
    // with two actors' nisbas names its parties, not the subject before it.
    if isArabic(cue.tokenStart), cue.proclitic.hasByteSuffix(ArabicClitics.article),
      let k = firstAfter(cue.tokenEnd, sameClause: true, maxDistance: 0),
      mentions[k].form == .adjective
    {
      let group = groupForward(k)
      if group.count >= 2, namesTwoActors(group) {
        return allPairs(group, rule: "joint-adjacent")
      }
    }
    // "خلال لقائه وزير الخارجية الأمريكي", "لدى استقبالها الرئيس التركي": the one the pronoun
    // refers to (the clause's subject before) meets the actor right after the noun.
    if let k = possessedMeetingPartner(cue),
      let s = nearestBefore(cue.tokenStart, sameClause: true, subjectsOnly: true, maxDistance: 8),
      mentions[s].code != mentions[k].code
    {
      return pairs(groupBackward(s), groupForward(k), rule: "joint-possessor")
    }
    if let found = genitiveMeetingPairs(cue) { return found }
    // "سيتوجه للقاء مسؤولين إسرائيليين وفلسطينيين": the subject meets each of them.
    // (Not a place after it: "جولة من المحادثات في الخرطوم".)
    // ("وهاجمت القوات الكينية حركة الشباب بالتنسيق مع الجيش الصومالي": with ب, the subject of
    // the verb whose object stands before it, `mannerJointSubject`.)
    if isArabic(cue.tokenStart), cue.proclitic.containsScalar(0x0644),
      let k = firstAfter(cue.tokenEnd, sameClause: true, maxDistance: 2),
      !isLocative(mentions[k]),
      let subj = mannerJointSubject(cue)
        ?? nearestBefore(cue.tokenStart, sameClause: false, subjectsOnly: true, maxDistance: 12)
    {
      return pairs(groupBackward(subj), groupForward(k), rule: "joint-purpose")
    }
    // "توافق مصري فرنسي", "برعاية روسية تركية": adjacent participants after the noun;
    // "اشتبك الجيش السوداني وقوات الدعم السريع": a coordinated subject after a clash verb.
    // (Not after a message's "إلى": "رسالة إلى الجهاد الإسلامي وحماس" names whom it goes to;
    // not a partner's "ب": "على اتصال بهيئة تحرير الشام والجيش الوطني" is with each of them.)
    if !endsInAddressee(cue),
      let k = firstAfter(
        cue.tokenEnd, sameClause: true, maxDistance: cue.entry.relation == .strikes ? 2 : 0),
      !(isArabic(cue.tokenStart) && mentions[k].form == .name
        && mentions[k].proclitic.hasByteSuffix("\u{0628}"))
    {
      let group = groupForward(k)
      if namesTwoActors(group) {
        return allPairs(group, rule: "joint-adjacent")
      }
    }
    // "the accord signed by Santos and the FARC"
    // (Plain loops here and below: `first(where:)` or `filter` with a closure that reads the
    // context copied the whole context at every call.)
    // ("a pact signed this week by Putin and Kim", "signed on Monday by", "signed late last week
    // by": up to three words of a time between, `isTimeWordBeforeAgent`; at most two words
    // between the noun and the participle, "talks in Doha mediated by".)
    var signedBy: Int?
    for q in cue.tokenEnd..<min(range.upperBound, cue.tokenEnd + 6)
    where tokens.kind(q) == .latin && tokens.norm(q).equalsWord("by") && q > range.lowerBound {
      var s = q - 1
      while s > cue.tokenEnd, q - s <= 3, isTimeWordBeforeAgent(s) { s -= 1 }
      if s - cue.tokenEnd < 3, isMarker(s, .signed) || lexicon.isMarker(tokens, s, .mediation) {
        signedBy = q
        break
      }
    }
    if let by = signedBy, let k = firstAfter(by + 1, sameClause: true, maxDistance: 3) {
      let group = groupForward(k)
      // "Israel and Hamas agreed to a ceasefire brokered by Qatar and Egypt": the go-betweens
      // deal with the parties (the clause's subject), not with each other.
      if lexicon.isMarker(tokens, by - 1, .mediation) {
        guard
          let p = nearestBefore(
            cue.tokenStart, sameClause: false, subjectsOnly: true, maxDistance: 12)
        else { return [] }
        return pairs(
          group, groupBackward(p).filter { !groupHas(group, code: mentions[$0].code) },
          rule: "joint-mediated-by")
      }
      if namesTwoActors(group) {
        return allPairs(group, rule: "joint-signed-by")
      }
      // "a phone call made by President Trump late last July to President Zelensky": the one
      // it was made to or held with, a few words on.
      let from = mentions[group.last ?? k].tokenEnd
      if let w = (from..<min(range.upperBound, from + 5)).first(where: {
        isMarker($0, .with) || isMarker($0, .destination)
      }),
        let y = firstAfter(w + 1, sameClause: true, maxDistance: 3, excluding: codes(group))
      {
        return pairs(group, groupForward(y), rule: "joint-signed-by")
      }
    }
    // "اجتماع في البيت الأبيض للرئيس الأمريكي مع ولي العهد السعودي", "اجتماع عقده نائب الوزير
    // مع السفير الإسرائيلي": the event's genitive or the one who held it meets the actor after
    // "مع".
    var held: Int?
    if isArabic(cue.tokenStart) {
      for q in mentions.indices
      where mentions.tokenStart(q) >= cue.tokenEnd && mentions.tokenStart(q) - cue.tokenEnd <= 6
        && (hasGenitiveLam(mentions[q]) || !isOblique(at: q)) && !nisbaOfPlace(q, after: cue)
      {
        held = q
        break
      }
    }
    if let h = held,
      // "... تطبيع العلاقات، لأن الولايات المتحدة ليس لديها علاقات مع طهران": another clause.
      clauseOf(mentions[h].tokenStart) == clauseOf(cue.tokenStart),
      let w = firstMarker(.with, in: mentions[h].tokenEnd..<mentions[h].tokenEnd + 6),
      let y = firstAfter(w + 1, sameClause: true, maxDistance: 3, excluding: [mentions[h].code])
    {
      return pairs(groupBackward(h), groupForward(y), rule: "joint-genitive-with")
    }
    // "لقاء نظيره الفرنسي", "talks with his French counterpart": the sentence's subject and the
    // counterpart's nisba.
    // ("بنظيره الروسي فلاديمير بوتين": the nisba and the name after it are one mention.)
    func counterpartNisba(_ q: Int) -> Bool {
      mentions[q].form == .adjective
        || (isArabic(mentions.tokenStart(q))
          && looksLikeNisba(tokens.norm(mentions.tokenStart(q))))
    }
    if let k = firstAfter(cue.tokenEnd, sameClause: true, maxDistance: 2),
      counterpartNisba(k),
      (cue.tokenEnd..<mentions[k].tokenStart).contains(where: { isMarker($0, .counterpart) }),
      // ("دعت الصين ...، فيما أجرى وزير الخارجية السعودي اتصالين بنظيريه": the light verb's
      // own subject first.)
      let subj = (isArabic(cue.tokenStart) ? arabicLightVerbSubject(before: cue.tokenStart) : nil)
        ?? mainSubject(before: cue.tokenStart),
      mentions[subj].code != mentions[k].code
    {
      // ("بنظيريه الهندي والباكستاني", "counterparts": two or more, each a nisba.)
      return pairs(
        groupBackward(subj), groupForward(k).filter { counterpartNisba($0) },
        rule: "joint-counterpart")
    }
    // "شكر X Y في اتصال هاتفي", "X thanked Y during a phone call": the clause's actors.
    if cue.tokenStart > range.lowerBound, isMarker(previousWord(cue.tokenStart), .during) {
      let c = clauseOf(cue.tokenStart)
      var inClause: [Int] = []
      // ("The African Union urged Ethiopia and Somalia to engage in dialogue": the one who asks
      // for the talks takes no part in them.)
      let asked = firstMarker(
        .request, in: max(range.lowerBound, cue.tokenStart - 10)..<cue.tokenStart)
      for k in mentions.indices
      where mentions.tokenEnd(k) <= cue.tokenStart && clauseOf(mentions.tokenStart(k)) == c
        && !isOblique(at: groupStart(k))
        && cue.tokenStart - mentions.tokenEnd(k) <= 8
        && firstMarker(.relative, in: mentions.tokenEnd(k)..<cue.tokenStart) == nil
        && asked.map({ mentions.tokenStart(k) > $0 }) ?? true
      {
        inClause.append(k)
      }
      if namesTwoActors(inClause) {
        return allPairs(inClause, rule: "joint-clause")
      }
    }
    // "عقد وفدا روسيا وأوكرانيا الجمعة في قصر دولمة بهتشة بإسطنبول أول محادثات مباشرة
    // بينهما": "بينهما" (between them) after the noun names the sentence's coordinated subject
    // as its parties, however far before.
    if isArabic(cue.tokenStart), betweenThemAfter(cue),
      let s = mainSubject(before: cue.tokenStart), case let group = groupForward(s),
      namesTwoActors(group)
    {
      return allPairs(group, rule: "joint-subject")
    }
    // "أكدت مصر والإمارات خلال اتصال": a coordinated subject; "Trump's call with Zelensky".
    // ("أعرب كاميرون عن أسفه لعدم إبلاغ لندن، بعد اتصال هاتفي مع نظيره الجزائري": after a
    // word of time, the main clause's subject.)
    let holder =
      isArabic(cue.tokenStart)
      ? subjectBeforeTimeWord(cue) ?? mannerJointSubject(cue)
      : saidItsOwner(before: cue.tokenStart) ?? possessor(before: cue.tokenStart)
        // ("The presidents of Russia, France and the United States, the co-chairs of the Minsk
        // Group, issued a joint statement": before an apposition, which names an actor nearer.)
        ?? subjectBeforeEnglishRelative(lightVerbBefore: cue.tokenStart)
    // "أجرى أردوغان، مساء الأحد، اتصالا": a light verb's subject beyond a parenthetical.
    if let k = holder
      ?? nearestBefore(cue.tokenStart, sameClause: true, subjectsOnly: true, maxDistance: 4)
      .map({ hyphenedModifier($0) ?? $0 })
      // "وقع ممثلو الجيش والدعم السريع في مدينة جدة مساء السبت اتفاقا": past where and when.
      // (The clause asked of the word before: a parenthetical's opening comma may start
      // another.)
      ?? pastPlaceAndTime(before: cue.tokenStart).flatMap({ subjectRightBefore($0) })
      ?? englishPossessorSubject(before: cue.tokenStart)
      ?? (isArabic(cue.tokenStart)
        ? arabicLightVerbSubject(before: cue.tokenStart) : englishVerbSubject(cue))
        // "Russian and Ukrainian delegations held their first direct peace talks": an English
        // light verb's subject past the noun's modifiers.
        ?? (isArabic(cue.tokenStart) ? nil : lightVerbSubject(before: cue.tokenStart))
          // "Saudi Arabia, which has observed a fragile truce with the Houthis" (English only:
          // the relative is "which").
          ?? relativeClauseAntecedent(before: cue.tokenStart, lightVerb: false)
          // "Brazil and Mexico, whose leaders have kept ties with Caracas, issued a joint
          // statement".
          ?? subjectBeforeEnglishRelative(lightVerbBefore: cue.tokenStart)
          // "Erdogan announced the agreement at a joint news conference with ...".
          ?? englishSubjectBeforeVenue(cue),
      // "منظمات من خمس دول هي مصر والأردن ... وبرعاية من الجامعة العربية": a noun joined by و
      // right after a list is one more item of it, not the list's own act.
      !(isArabic(cue.tokenStart) && cue.proclitic.startsWithLetter(0xD9, 0x88)
        && mentions[k].tokenEnd == cue.tokenStart)
    {
      let group = groupBackward(k)
      // "Sudan and Wagner clashed with the RSF": a partner after "with" is the other side of
      // a clash; for talks all of them take part.
      if namesTwoActors(group) {
        // ("أجريا محادثات متكررة مع": an Arabic adjective of the noun, a participle in م or a
        // word that looks like a nisba, may stand before "مع"; not a verb, "لتفاهمات تتقاطع مع".)
        var w = cue.tokenEnd
        if isArabic(cue.tokenStart), w + 1 < range.upperBound, isArabic(w), !isMarker(w, .with),
          !inMention(w), !isMarker(w, .preposition), !tokens[w].lex.may(TokenLex.cue),
          isMarker(w + 1, .with),
          tokens.norm(w).startsWithLetter(0xD9, 0x85)
            || looksLikeNisba(tokens.norm(w), minimumLetters: 4)
        {
          w += 1
        }
        if w < range.upperBound, isMarker(w, .with),
          let y = firstAfter(w + 1, sameClause: true, maxDistance: 2, excluding: codes(group)),
          !isLocative(mentions[y])
        {
          let other = groupForward(y)
          // ("أجريا اتصالات منفصلة مع البرهان وحميدتي": talks held apart, list `separate_word`,
          // join each of the subject to each after "مع", no two on the same side.)
          let apart = w > cue.tokenEnd && lexicon.isMarker(tokens, cue.tokenEnd, .separateWord)
          return cue.entry.relation == .strikes || apart
            ? pairs(group, other, rule: "joint-with")
            : allPairs(group + other, rule: "joint-subject-with")
        }
        // "Egypt, Jordan and France called for an immediate ceasefire": who asks for a joint act
        // is no party to it (English: a request word between the subject and the cue; not the
        // joint statement they ask in).
        let asked =
          !isArabic(cue.tokenStart) && !isJointMedium(cue)
          && (mentions[k].tokenEnd..<cue.tokenStart).contains(where: { isMarker($0, .request) })
        // "The United States and Japan welcomed the accord", "France and Germany rejected the
        // deal": nor are those who welcome or reject it (a word of list `welcome_verb` or
        // `refusal` between them and the noun).
        let welcomed =
          !isArabic(cue.tokenStart)
          && (mentions[k].tokenEnd..<cue.tokenStart).contains(where: {
            tokens[$0].isWord
              && (lexicon.isMarker(tokens, $0, .welcomeVerb) || isMarker($0, .refusal))
          })
        if !asked && !welcomed { return allPairs(group, rule: "joint-subject") }
      }
      // "X ... talks with Y"; "تلقى X اتصالا هاتفيا من Y", "X received a call from Y": a call
      // received from Y is contact with Y.
      let received =
        firstMarker(.receipt, in: max(range.lowerBound, cue.tokenStart - 6)..<cue.tokenStart) != nil
      // (A plain loop: `first(where:)` with a closure that reads the context copied the whole
      // context at every call.)
      var with: Int?
      for q in cue.tokenEnd..<min(range.upperBound, cue.tokenEnd + 3)
      where isMarker(q, .with) || (received && isMarker(q, .agentPreposition)) {
        with = q
        break
      }
      if let w = with ?? withPastPlaceAndTime(after: cue.tokenEnd),
        let y = firstAfter(w + 1, sameClause: true, maxDistance: 3, excluding: codes(group)),
        // "اتفاق سلام مع الجبهة الثورية في جوبا": a place after an unknown partner is none.
        !isLocative(mentions[y])
      {
        return pairs(group, groupForward(y), rule: "joint-with")
      }
      // "أجرى وزير الخارجية المصري مع نظيره الأردني محادثات": the partner after "مع" stands
      // between the light verb's subject and its noun.
      var partner: Int?
      if isArabic(cue.tokenStart) {
        let after = mentions.tokenEnd(group.last ?? k)
        for q in mentions.indices
        where mentions.tokenStart(q) >= after && mentions.tokenEnd(q) <= cue.tokenStart
          && withBefore(mentions[q]) && !groupHas(group, code: mentions[q].code)
        {
          partner = q
          break
        }
      }
      if let y = partner {
        return pairs(group, groupForward(y), rule: "joint-with")
      }
      // "تسلم X رسالة خطية من Y", "بعث X برقية تهنئة إلى Y": a message's form ends in its
      // "من" or "إلى", the partner right after it; "سلم X رسالة من Y إلى Z": the one who brings
      // a message from his own side deals with the one it goes to.
      if endsInAddressee(cue) {
        var from = cue.tokenEnd
        if let own = firstAfter(from, sameClause: true, maxDistance: 2),
          groupHas(group, code: mentions[own].code),
          let to = (mentions[own].tokenEnd..<min(range.upperBound, mentions[own].tokenEnd + 4))
            .first(where: { isMarker($0, .destination) })
        {
          from = to + 1
        }
        // (The "إلى" of a message names whom it goes to, never a place.)
        guard let y = firstAfter(from, sameClause: true, maxDistance: 2, excluding: codes(group))
        else { return [] }
        return pairs(group, groupForward(y), rule: "joint-message")
      }
      // "أجرى X اتصالا هاتفيا بالرئيس Y", "لقاء بنظيره": the partner after ب.
      if isArabic(cue.tokenStart),
        let y = firstAfter(cue.tokenEnd, sameClause: true, maxDistance: 2, excluding: codes(group)),
        mentions[y].proclitic.hasByteSuffix("\u{0628}") || personAfterBa(mentions[y])
      {
        return pairs(group, groupForward(y), rule: "joint-with")
      }
    }
    // "في بيان مشترك، دعت X وY ...", "In a joint statement, X and Y urged ...": the medium
    // first, then the ones who spoke through it.
    if isJointMedium(cue), cue.tokenEnd < range.upperBound, tokens[cue.tokenEnd].kind == .comma,
      let k = firstAfter(cue.tokenEnd + 1, sameClause: false, maxDistance: 3)
    {
      let group = groupForward(k)
      if namesTwoActors(group) {
        return allPairs(group, rule: "joint-subject")
      }
    }
    // "أعلنت مالي وبوركينا فاسو والنيجر انسحابها ...، في بيان مشترك", "Mali, Burkina Faso and
    // Niger announced ... in a joint statement": the medium last, the sentence's first actors,
    // named together as its subject, spoke through it.
    // ("Australia, Bahrain, Canada and the Netherlands supported ..., the two governments said
    // in a joint statement": a plural description that counts otherwise speaks for actors named
    // before, `pairsFromGroup`.)
    if isJointMedium(cue), let k = mainSubject(before: cue.tokenStart),
      groupStart(k) == k, !isOblique(at: k)
    {
      let group = groupForward(k)
      let counted = pluralAnaphor(near: cue).flatMap { describedCount(at: $0.index) }
      if namesTwoActors(group), let last = group.last, mentions[last].tokenEnd <= cue.tokenStart,
        counted == nil || counted == Set(group.map { mentions[$0].code }).count
      {
        return allPairs(group, rule: "joint-subject")
      }
    }
    return []
  }

  /// Arabic: the group of `commaSharedSubject`, the subject a verb with no subject of its own
  /// shares with the verb that opens the sentence; nil in English.
  func sharedSubject(_ cue: Lexicon.Match) -> [Int]? {
    guard isArabic(cue.tokenStart), let k = commaSharedSubject(cue) else { return nil }
    return groupForward(k)
  }

  /// Whether joint-act `cue` is the medium of what the clause says: "في بيان مشترك", "in a
  /// joint statement" ("in" or "في", then at most a determiner, before a cue called joint;
  /// "الدخول في محادثات" is an act asked for, not a medium).
  func isJointMedium(_ cue: Lexicon.Match) -> Bool {
    guard (cue.tokenStart..<cue.tokenEnd).contains(where: { isMarker($0, .jointAdjective) }) else {
      return false
    }
    var j = cue.tokenStart - 1
    // ("في رسالة مشتركة": an Arabic "مشتركة" alone follows its noun.)
    if cue.tokenEnd - cue.tokenStart == 1, j > range.lowerBound, isArabic(j), !inMention(j),
      !isMarker(j, .during)
    {
      j -= 1
    }
    if j > range.lowerBound, isMarker(j, .determiner) { j -= 1 }
    return j >= range.lowerBound && isMarker(j, .during)
  }

  /// "joint" / "مشترك" joins only the names right beside it: "المناورات المصرية الروسية
  /// المشتركة", "التحرك القطري - التركي المشترك", "a joint US-Iraqi raid".
  func jointAdjectiveRule(_ cue: Lexicon.Match) -> [Candidate] {
    var group: [Int] = []
    if let k = mentions.lastIndex(where: { $0.tokenEnd == cue.tokenStart }) {
      group = groupBackward(k)
    } else if let k = mentions.firstIndex(where: { $0.tokenStart == cue.tokenEnd }) {
      group = groupForward(k)
    }
    guard namesTwoActors(group) else { return [] }
    return allPairs(group, rule: "joint-adjacent")
  }

  /// Arabic: the "مع" of talks past a place phrase and time words right after the noun
  /// ("أجرى لافروف محادثات في طهران اليوم مع لاريجاني"): a preposition of place with the place
  /// named after it, adverbs, time nouns and written dates. Nil when another word stands first.
  func withPastPlaceAndTime(after start: Int) -> Int? {
    guard start > range.lowerBound else { return nil }
    if tokens[start - 1].kind == .latin { return englishWithPastPlaceAndTime(after: start) }
    guard isArabic(start - 1) else { return nil }
    var j = start
    while j < range.upperBound, j - start <= 8 {
      if isMarker(j, .with) { return j }
      guard tokens[j].kind == .arabic else { return nil }
      let past = pastTimeWords(from: j)
      if past > j {
        j = past
        continue
      }
      // "مفاوضات سرية استمرت تسعة أشهر مع": one adjective right after the noun, and a verb of
      // lasting (list `lasting_verb`) with its span of time.
      if j == start, !inMention(j), Self.looksLikeFeminineModifier(tokens, j) {
        j += 1
        continue
      }
      if lexicon.isMarker(tokens, j, .lastingVerb) {
        var k = j + 1
        while k < range.upperBound, k - j <= 3, isNumber(k) || isMarker(k, .timeNoun) { k += 1 }
        guard k > j + 1 else { return nil }
        j = k
        continue
      }
      if let m = mentions.first(where: { $0.tokenStart == j }), hasLocativeProclitic(m) {
        j = m.tokenEnd
        continue
      }
      if isMarker(j, .locative), let m = mentions.first(where: { $0.tokenStart == j + 1 }),
        m.form == .name, isLocative(m)
      {
        j = m.tokenEnd
        continue
      }
      // "قمة في مدينة العقبة الأردنية مع": up to two plain words of the place after "في", and
      // the place's nisba or name after them.
      if isMarker(j, .locative) {
        var p = j + 1
        while p < range.upperBound, p - j <= 2, tokens[p].kind == .arabic, !inMention(p),
          !isMarker(p, .with), !isMarker(p, .locative)
        {
          p += 1
        }
        guard p > j + 1, p < range.upperBound else { return nil }
        if let m = mentions.first(where: { $0.tokenStart == p }) {
          j = m.tokenEnd
          continue
        }
        if isMarker(p, .with) { return p }
      }
      return nil
    }
    return nil
  }

  /// English: "held talks in Tehran on Monday with his Iranian counterpart": the "with" of talks
  /// past "in" or "at" and a place named, and a day or time ("on Monday", "last week").
  func englishWithPastPlaceAndTime(after start: Int) -> Int? {
    var j = start
    while j < range.upperBound, j - start <= 8, tokens[j].kind == .latin {
      let w = tokens.norm(j)
      if w == "with" { return j > start ? j : nil }
      if w == "in" || w == "at" {
        var p = j + 1
        if p < range.upperBound, tokens.norm(p).equalsWord("the") { p += 1 }
        guard let m = mentions.first(where: { $0.tokenStart == p }), m.form == .name else {
          return nil
        }
        j = m.tokenEnd
        continue
      }
      if opensEnglishDayPhrase(j) {
        j += 2
        continue
      }
      if isMarker(j, .timeNoun) {
        j += 1
        continue
      }
      return nil
    }
    return nil
  }

  /// Arabic: whether the group of mention `k` is the partner a light verb names with "مع"
  /// right after it ("وأعلنت مع الإمارات دعماً"): the word after it is the verb's noun.
  func lightVerbPartner(_ k: Int) -> Bool {
    let w = mentions.tokenStart(groupStart(k)) - 1
    return w - 1 >= range.lowerBound && isMarker(w, .with) && isMarker(w - 1, .lightVerb)
  }

  /// "مع X", and "مع نظيره التركي", "مع الرئيس التركي", "with his Turkish counterpart": "with"
  /// before the mention (in English also before its article) or before a title or "counterpart"
  /// and the word it governs.
  func withBefore(_ m: Mention) -> Bool {
    let j = m.tokenStart - 1
    guard j >= range.lowerBound else { return false }
    if isMarker(j, .with) { return true }
    // "talks with a Pakistani delegation", "met with the Iraqi prime minister".
    if j > range.lowerBound, tokens[j].kind == .latin, isMarker(j, .determiner),
      isMarker(j - 1, .with)
    {
      return true
    }
    for w in [j - 1, j - 2] where w >= range.lowerBound && isMarker(w, .with) {
      let head = w + 1
      // ("بحثت روسيا مع الحكومة اللبنانية": a body's head noun as well; "مع الوفد
      // الإسرائيلي", a delegation.)
      guard
        isMarker(head, .personHead) || isMarker(head, .counterpart) || isMarker(head, .envoyHead)
          || isMarker(head, .anaphoricHead)
          || lexicon.isArticleMarker(tokens[head], .anaphoricHead)
      else { return false }
      return w == j - 1 || (tokens[j].isWord && !isMarker(j, .preposition))
    }
    return false
  }

  /// An English subject pronoun right before the verb ("the Taliban said it met ..."), which
  /// in reported speech stands for the speaker.
  func hasPronounSubject(_ cue: Lexicon.Match) -> Bool {
    guard !isArabic(cue.tokenStart) else { return false }
    let lo = max(range.lowerBound, cue.tokenStart - 3)
    // (By `equalsWord`, the byte counts first: `contains` called String's comparison for
    // every word and pronoun.)
    return (lo..<cue.tokenStart).contains { j in
      let w = tokens.norm(j)
      return Self.subjectPronouns.contains { w.equalsWord($0) }
    }
  }

  /// English subject pronouns (`hasPronounSubject`), made once: the literal in the test made
  /// and freed an array at every word. (Plain ASCII words: `equalsWord` compares them.)
  static let subjectPronouns = ["he", "she", "it", "they", "we"]

  /// True for a person's title with ب before the nisba or the name ("بالسفير الأميركي",
  /// "بالسفير الأميركي جيفري فيلتمان"): the person met or called.
  func personAfterBa(_ m: Mention) -> Bool {
    func baTitle(_ k: Int) -> Bool {
      k >= range.lowerBound && tokens[k].kind == .arabic
        && tokens.norm(k).startsWithLetter(0xD8, 0xA8) && isMarker(k, .personHead)
    }
    if m.form == .adjective && baTitle(m.tokenStart - 1)
      || m.form == .name && m.tokenEnd - m.tokenStart > 1 && baTitle(m.tokenStart)
    {
      return true
    }
    // "بوزيرة الخارجية الامريكية كوندوليزا رايس": the title with ب up to three words before
    // the nisba or the person's name.
    var k = m.tokenStart - 1
    while k >= range.lowerBound, m.tokenStart - k <= 3 {
      // ("بالرئيس رجب طيب أردوغان", "بالرئيس التركي رجب طيب أردوغان": a person's name, or a
      // nisba merged with one, right after the title.)
      if baTitle(k) {
        return k < m.tokenStart - 1 || (m.form == .name && gazetteer?.actorKind(m) == .person)
      }
      guard tokens[k].kind == .arabic, !isMarker(k, .preposition) else { return false }
      k -= 1
    }
    return false
  }

  /// "وصل إلى القاهرة مساء أمس الرئيس الفلسطيني": an Arabic verb of arrival with its "إلى"
  /// and the place first; the visitor comes after the place (and a few words of time), the
  /// place is the host. Nil when the cue is not so written.
  func frontedArrival(_ cue: Lexicon.Match) -> [Candidate]? {
    guard isArabic(cue.tokenStart), cue.tokenEnd - cue.tokenStart >= 2,
      isMarker(cue.tokenStart, .arrival), isMarker(cue.tokenEnd - 1, .destination),
      let h = firstAfter(cue.tokenEnd, sameClause: true, maxDistance: 0),
      let v = firstAfter(
        mentions[h].tokenEnd, sameClause: true, maxDistance: 6, excluding: [mentions[h].code]),
      // (Not "وصل إلى بغداد وطهران": the places are one list.)
      !(h...groupEnd(h)).contains(v), !isOblique(at: v), !isLocative(mentions[v])
    else { return nil }
    return pairs(groupForward(v), groupForward(h), rule: "meet-arrival-fronted")
  }

  /// Arabic: "ووقع الاتفاق الرئيس السوداني وزعيم الحركة الشعبية": the bare verb of signing,
  /// its agreement right after it with the article, and the signers after that (within two
  /// words, past a title): each signer negotiates with each other. Nil when not so built.
  func signersAfterAgreement(_ cue: Lexicon.Match) -> [Candidate]? {
    guard isArabic(cue.tokenStart), cue.tokenEnd - cue.tokenStart == 1,
      cue.entry.needsNamed == Marker.NamedList.agreementNoun.bit,
      cue.tokenEnd + 1 < range.upperBound, isArabic(cue.tokenEnd), !inMention(cue.tokenEnd),
      ArabicClitics.hasArticleReading(tokens.norm(cue.tokenEnd)),
      lexicon.isMarker(tokens, cue.tokenEnd, .agreementNoun),
      let k = firstAfter(cue.tokenEnd + 1, sameClause: true, maxDistance: 2),
      case let group = groupForward(k), namesTwoActors(group)
    else { return nil }
    return allPairs(group, rule: "meet-joint-subject")
  }

  func meetRule(_ cue: Lexicon.Match, speaker: Argument? = nil) -> [Candidate] {
    // "criticised as a sign that Moscow was not serious": "sign" after a determiner is the
    // noun (a token), no signing.
    if cue.tokenEnd - cue.tokenStart == 1, cue.tokenStart > range.lowerBound,
      tokens[cue.tokenStart].kind == .latin,
      lexicon.isMarker(tokens, cue.tokenStart, .signNoun),
      isMarker(cue.tokenStart - 1, .determiner)
    {
      return []
    }
    if let fronted = frontedArrival(cue) { return fronted }
    if let arrived = whereArrivedPairs(cue) { return arrived }
    if let signers = signersAfterAgreement(cue) { return signers }
    // "Jordan's King Abdullah, in a meeting with Sisi, rejected ...".
    if !isArabic(cue.tokenStart), let talks = talksPhrasePairs(cue) { return talks }
    // "Turkey criticized Russia after talks with Iran": talks named in a phrase after a
    // preposition are the sentence subject's, not the verb's object's.
    let inPhrase =
      !isArabic(cue.tokenStart) && cue.tokenStart > range.lowerBound
      && (isMarker(cue.tokenStart - 1, .preposition) || isMarker(cue.tokenStart - 1, .locative))
    // ("Turkey criticised Greece and said its talks with Cyprus would continue": "its" after
    // a verb of saying is the speaker's, `saidItsOwner`.)
    // ("والتقى باول الرئيس البشير ثم اجتمع بقرنق": after "ثم" or "كما", the subject of the
    // verb that opens the sentence, `commaSharedSubject`.)
    let phraseSubject =
      inPhrase
      ? mainSubject(before: cue.tokenStart).map { groupBackward($0) }
      : isArabic(cue.tokenStart)
        ? (cue.proclitic.isEmpty && cue.tokenStart > range.lowerBound
          && (isThenWord(cue.tokenStart - 1) || isAlsoWord(cue.tokenStart - 1))
          ? sharedSubject(cue) : nil)
        : saidItsOwner(before: cue.tokenStart).map { groupForward($0) }
    // ("واستدعى رئيس الوزراء الأسترالي السفير التركي، وتحدث هاتفيا مع رئيسة الوزراء
    // النيوزيلندية": past a comma, an Arabic verb with و and no subject of its own shares the
    // subject of the verb that opens the sentence, `commaSharedSubject`.)
    guard
      let (subj, after) = phraseSubject.map({ ($0, false) }) ?? subject(of: cue)
        ?? sharedSubject(cue).map({ ($0, false) })
    else {
      if let speaker, hasPronounSubject(cue),
        let k = firstAfter(
          cue.tokenEnd, sameClause: false, maxDistance: 8, excluding: [speaker.code])
      {
        return speakerPairs(speaker, groupForward(k), rule: "reported-speech")
      }
      return []
    }
    // "استدعت مالي والنيجر سفراءها لدى الجزائر للتشاور": envoys recalled "for consultations"
    // meet no one named (with "مع" after it, the one named there).
    // (Only "التشاور", list `consultation`: "للقاء" after an envoy is a meeting.)
    if isArabic(cue.tokenStart), cue.proclitic.containsScalar(0x0644),
      lexicon.isMarker(tokens, cue.tokenStart, .consultation),
      !(cue.tokenEnd < range.upperBound && isMarker(cue.tokenEnd, .with)),
      (max(range.lowerBound, cue.tokenStart - 5)..<cue.tokenStart).contains(where: {
        isArabic($0) && lexicon.isMarker(tokens, $0, .envoy)
      })
    {
      return []
    }
    // "أجرى الوزير اتصالين بنظيريه الهندي والباكستاني لبحث سبل التهدئة": the counterparts
    // before a purpose noun (ل) are the objects of the talks told before it, not its subject.
    if !after, isArabic(cue.tokenStart), cue.proclitic.containsScalar(0x0644),
      let first = subj.first, mentions.tokenStart(first) - 1 >= range.lowerBound,
      isMarker(mentions.tokenStart(first) - 1, .counterpart)
    {
      return []
    }
    var from = after ? mentions[subj.last ?? 0].tokenEnd : cue.tokenEnd
    // "وقعت روسيا وإيران، حليفتا الحكومة السورية، وتركيا ... مذكرة": an apposition of a title
    // or an ally after an Arabic VSO subject describes it; the partner comes after it.
    if after, isArabic(cue.tokenStart), let close = titleAppositionEnd(at: from) {
      from = close + 1
      // (An actor joined by و right after it goes on the subject's list: all of them meet.)
      if let k = mentions.firstIndex(where: { $0.tokenStart == from }),
        mentions[k].proclitic.startsWithLetter(0xD9, 0x88)
      {
        let all = subj + groupForward(k)
        return namesTwoActors(all) ? allPairs(all, rule: "meet-joint-subject") : []
      }
    }
    let exclude = codes(subj)
    // "Macron discussed the war in Ukraine with Scholz": after an English verb of discussing
    // (a word of `object_stop`) comes the topic; the other side is the actor after "with".
    if !isArabic(cue.tokenStart), isMarker(cue.tokenStart, .objectStop) {
      let clause = clauseOf(cue.tokenStart)
      for k in mentions.indices where mentions[k].tokenStart >= from {
        if mentions[k].tokenStart - from > 12 || clauseOf(mentions[k].tokenStart) != clause {
          break
        }
        if exclude.contains(mentions[k].code) { continue }
        // ("to discuss the war with the RSF": a "with" that ends another cue is that cue's.)
        let s = mentions[k].tokenStart
        if let w = (max(from, s - 2)..<s).last(where: { isMarker($0, .with) }),
          (max(from, w - 3)..<w).contains(where: { j in
            tokens[j].lex.may(TokenLex.cue)
              && lexicon.match(tokens, at: j, limit: w + 1).contains {
                $0.tokenEnd == w + 1 && $0.entry.relation != nil && $0.entry.frame != .meet
              }
          })
        {
          continue
        }
        if withBefore(mentions[k]) {
          return pairs(
            subj, groupForward(k).filter { !exclude.contains(mentions[$0].code) }, rule: "meet")
        }
      }
      return namesTwoActors(subj) ? allPairs(subj, rule: "meet-joint-subject") : []
    }
    // "Lavrov and Blinken met on the sidelines of the G20 meeting", "التقى الرئيسان على هامش
    // قمة منظمة شنغهاي": the body whose meeting is where they met is passed over.
    var found = firstAfter(from, sameClause: false, maxDistance: 8, excluding: exclude)
    // ("والتقى زيلينسكي في تيرانا بقادة أوروبيين، بينهم الرئيس الفرنسي": so is the place
    // where they met, and an apposition to it, "in Niamey, Niger's capital".)
    var placeEnd = -1
    while let v = found,
      meetingVenue(v) || meetingPlace(v, cue)
        || (mentions[v].tokenStart == placeEnd + 1 && tokens[placeEnd].kind == .comma)
    {
      let end = mentions[v].tokenEnd
      placeEnd = end
      found =
        end - from < 8
        ? firstAfter(end, sameClause: false, maxDistance: 8 - (end - from), excluding: exclude)
        : nil
    }
    // "والتقى تياني في نيامي، فيما اتهم العسكريون فرنسا": a comma and a word that opens a
    // clause, then a verb of another relation, end the meeting's words. ("X signed for the
    // government, while Y signed for the rebels": a partner named before the verb of the
    // clause still signs with the subject.)
    if let k = found, mentions[k].tokenStart > from,
      let o = (from..<mentions[k].tokenStart).first(where: { j in
        tokens[j].kind == .comma && isMarker(j + 1, .clauseOpener)
      }),
      (o + 1..<mentions[k].tokenStart).contains(where: { j in
        tokens[j].lex.may(TokenLex.cue)
          && lexicon.match(tokens, at: j, limit: mentions[k].tokenStart).contains {
            $0.entry.relation != nil && $0.entry.frame != .meet
          }
      })
    {
      found = nil
    }
    // "بموجب عقد وقعته مانيلا عام 2020، وتطور مع بريطانيا": an Arabic verb of meeting whose
    // object is its pronoun (the contract) ends at a comma before a word with و; an actor after
    // it is another clause's.
    if let k = found, isArabic(cue.tokenStart), !cue.enclitic.isEmpty,
      mentions[k].tokenStart > from,
      (from..<mentions[k].tokenStart).contains(where: { j in
        tokens[j].kind == .comma && j + 1 < range.upperBound && tokens.kind(j + 1) == .arabic
          && tokens.norm(j + 1).startsWithLetter(0xD9, 0x88)
      })
    {
      found = nil
    }
    // "Juppe, who flew to New York for the vote, told the council": a capitalised place that
    // names no actor right after an English verb of travel ending in "to" or "in" is where
    // the traveller goes; an actor after a comma further on is no partner ("flew to
    // Lubumbashi last week to persuade Kabila" still meets Kabila).
    if let k = found, !isArabic(cue.tokenStart), cue.tokenEnd - cue.tokenStart >= 2,
      isMarker(cue.tokenEnd - 1, .destination), cue.tokenEnd < range.upperBound,
      tokens[cue.tokenEnd].kind == .latin, tokens[cue.tokenEnd].capitalized,
      !inMention(cue.tokenEnd), mentions[k].tokenStart > cue.tokenEnd,
      (cue.tokenEnd..<mentions[k].tokenStart).contains(where: { tokens[$0].kind == .comma })
    {
      found = nil
    }
    if let k = found {
      let m = mentions[k]
      // "met with X", "وصل إلى X" (the preposition is part of the cue), "arrived ... in X"
      // ("received a phone call from his American counterpart": a possessive may stand between.)
      let partOfCue =
        (m.tokenStart == cue.tokenEnd
          || (m.tokenStart == cue.tokenEnd + 1 && tokens[cue.tokenEnd].kind == .latin
            && lexicon.isMarker(tokens, cue.tokenEnd, .possessive)))
        && isMarker(cue.tokenEnd - 1, .preposition)
      let arrival =
        isMarker(cue.tokenStart, .arrival) && isMarker(previousWord(m.tokenStart), .destination)
      // "استقبل وفدا من حركة حماس", "met a delegation from Hamas": the delegation's side.
      let delegation =
        m.tokenStart - 1 > from && isMarker(m.tokenStart - 1, .preposition)
        && isCount(m.tokenStart - 1)
      // "met the president of Poland", "with the leaders of France, Germany and Poland": the
      // actor a title stands for.
      let titled = m.tokenStart - 2 >= from && afterTitleOf(m.tokenStart)
      let officials = officialsIn(m, after: cue)
      let direct =
        (!isLocative(m) || delegation || officials)
        && (!isOblique(m) || m.proclitic.containsScalar(0x0628) || withBefore(m)
          || personAfterBa(m) || delegation || titled || officials)
      // "تبحث عن مجموعة من مقاتلي X" (searches for), "talks about Iran": after "عن" or an
      // object stop comes what is sought or discussed, not the other party.
      // "Ukraine received military aid from the US": what is received is aid; its own cue
      // reads the giver.
      // "signed a defence pact, alarming Ethiopia": the one a participle of provocation
      // names after a comma reacts to the meeting (`provocationPairs`).
      // "signed a US-brokered peace deal": the go-between is no partner.
      let topic =
        isHyphenedModifier(k)
        // (The context handed to the test, not captured: a closure that read it copied it.)
        || contains(in: from..<m.tokenStart) { c, j in
          c.isMarker(j, .objectStop) || c.tokens.norm(j).sameBytes("\u{0639}\u{0646}")
            // "signed a security agreement targeting the PKK": a participle with a cue of its
            // own has the actor after it.
            || (j > from && c.tokens[j].kind == .latin && c.tokens.norm(j).hasByteSuffix("ing")
              && c.tokens[j].lex.may(TokenLex.cue)
              && c.lexicon.match(c.tokens, at: j, limit: j + 1).contains { $0.entry.frame == .verb })
            || (j + 1 < m.tokenStart && c.commaBeforeProvocation(j))
            || (c.isMarker(cue.tokenStart, .receipt) && c.tokens[j].lex.may(TokenLex.cue)
              && c.lexicon.match(c.tokens, at: j, limit: m.tokenStart).contains {
                $0.entry.relation == .supports
              })
        }
      /// The actors after the cue as givers of what the subject received: their support.
      func givers(rule: String) -> [Candidate] {
        pairs(
          groupForward(k).filter { !exclude.contains(mentions[$0].code) }, subj, rule: rule
        ).map {
          var c = $0
          c.relation = .supports
          return c
        }
      }
      // "Russia received Shahed drones from Iran", "received a new batch of Patriot missiles
      // from Germany": a thing received from an actor is help it gives, no meeting.
      if !isArabic(cue.tokenStart), !topic, isMarker(cue.tokenStart, .receipt),
        m.tokenStart - 1 > from, tokens.norm(m.tokenStart - 1).equalsWord("from"),
        (from..<m.tokenStart - 1).contains(where: {
          isMarker($0, .forceNoun) || isMarker($0, .projectile)
            || lexicon.isMarker(tokens, $0, .suppliedThing)
        })
      {
        return givers(rule: "received-from-thing")
      }
      guard (partOfCue || arrival || direct) && !topic else {
        return namesTwoActors(subj)
          ? allPairs(subj, rule: "meet-joint-subject") : []
      }
      // "Ukraine received German tanks", "Tehran has received Russian fighter jets": a thing
      // received from the nisba's state is help it gives, no meeting.
      if !isArabic(cue.tokenStart), isMarker(cue.tokenStart, .receipt),
        receivedThing(after: m.tokenEnd)
      {
        return givers(rule: "received-thing")
      }
      return pairs(
        subj,
        (groupForward(k) + partnersJoinedAgain(after: k, cue: cue, excluding: exclude))
          .filter { [mentions] in !exclude.contains(mentions[$0].code) }, rule: "meet")
    }
    if namesTwoActors(subj) {
      return allPairs(subj, rule: "meet-joint-subject")
    }
    return []
  }

  /// English: "spoke with Trump and then with the leaders of France and Germany": after the
  /// group of partners at `k`, "and" (one plain word may follow it: "then", "later") and the
  /// cue's own "with" again name more partners (a title's "of" may stand before them).
  func partnersJoinedAgain(after k: Int, cue: Lexicon.Match, excluding: ExcludedCodes) -> [Int] {
    guard !isArabic(cue.tokenStart), cue.tokenEnd - 1 > cue.tokenStart,
      isMarker(cue.tokenEnd - 1, .with), let last = groupForward(k).last
    else { return [] }
    var j = mentions[last].tokenEnd
    guard j + 1 < range.upperBound, tokens[j].kind == .latin, tokens.norm(j).equalsWord("and")
    else {
      return []
    }
    j += 1
    if tokens[j].kind == .latin, !tokens[j].capitalized, !isMarker(j, .preposition),
      j + 1 < range.upperBound
    {
      j += 1
    }
    guard isMarker(j, .with),
      let n = firstAfter(j + 1, sameClause: false, maxDistance: 4, excluding: excluding),
      mentions[n].tokenStart == j + 1
        || mentions[n].tokenStart == j + 2
          && isMarker(j + 1, .determiner)
        || afterTitleOf(mentions[n].tokenStart)
    else { return [] }
    return groupForward(n, excluding: excluding)
  }

  /// English: whether the actor starting at `start` follows a title's "of" ("the president of
  /// Poland", "the leaders of France"): the actor the titled person stands for.
  func afterTitleOf(_ start: Int) -> Bool {
    start - 2 >= range.lowerBound && tokens[start - 1].kind == .latin
      && tokens.norm(start - 1).equalsWord("of") && isMarker(start - 2, .personHead)
  }

  /// Whether mention `k` is the place of a meeting, right after "في"/"in"/"at" (or "في" and a
  /// head of place), not the destination of an arrival.
  func meetingPlace(_ k: Int, _ cue: Lexicon.Match) -> Bool {
    if officialsIn(mentions[k], after: cue) { return false }
    var before = mentions[k].tokenStart - 1
    // ("في العاصمة الفرنسية باريس": past a head of place, list `place_head`, the nisba too.)
    var headed = false
    if before > range.lowerBound, tokens[before].kind == .arabic,
      lexicon.isWholeWordMarker(tokens, before, .placeHead)
    {
      before -= 1
      headed = true
    }
    guard before >= range.lowerBound, mentions[k].form == .name || headed,
      mentions[k].proclitic.isEmpty || (headed && mentions[k].proclitic == ArabicClitics.article),
      !isMarker(cue.tokenStart, .arrival)
    else { return false }
    let w = tokens.norm(before)
    return w.sameBytes("\u{0641}\u{064A}") || w.sameBytes("in") || w.sameBytes("at")
  }

  /// English: "met leaders in Dhaka and Naypyitaw", "held talks with officials in Chile": a
  /// place after bare "leaders", "officials" or "authorities" (one lower-case word before them
  /// at most, "senior officials") right after a verb of meeting, its "with" or an article names
  /// the side met, not where they met. A capitalised word before them that names no actor
  /// keeps the place the venue ("met Western officials in Kabul").
  func officialsIn(_ m: Mention, after cue: Lexicon.Match) -> Bool {
    let p = m.tokenStart - 1
    guard m.form == .name, p - 2 >= cue.tokenEnd - 1, tokens[p].kind == .latin,
      tokens.norm(p).sameBytes("in"), tokens[p - 1].kind == .latin,
      tokens.norm(p - 1).equalsWord("leaders") || tokens.norm(p - 1).equalsWord("officials")
        || tokens.norm(p - 1).equalsWord("authorities")
    else { return false }
    func opens(_ j: Int) -> Bool {
      j == cue.tokenEnd - 1
        || (j >= cue.tokenEnd && (isMarker(j, .determiner) || isMarker(j, .with)))
    }
    let q = p - 2
    return opens(q)
      || (q - 1 >= cue.tokenEnd - 1 && tokens[q].kind == .latin && !tokens[q].capitalized
        && !inMention(q) && opens(q - 1))
  }

  /// Whether mention `k` owns a meeting that is a place: "at the G20 meeting", "on the
  /// sidelines of the NATO summit", "على هامش قمة منظمة شنغهاي", "خلال اجتماع الجامعة العربية".
  /// The meeting noun (a noun cue of meeting or a word of `event_head`) stands right after an
  /// English mention or right before an Arabic one, and a locative or a word of `sidelines`
  /// ("of" between, in English) comes before the phrase.
  func meetingVenue(_ k: Int) -> Bool {
    let start = mentions[k].tokenStart
    let end = mentions[k].tokenEnd
    func meetingNoun(_ j: Int) -> Bool {
      isMarker(j, .eventHead)
        || (tokens[j].lex.may(TokenLex.cue)
          && lexicon.match(tokens, at: j, limit: j + 1).contains {
            $0.entry.frame == .meet || $0.entry.frame == .joint
          })
    }
    func opener(_ j: Int) -> Bool {
      guard j >= range.lowerBound else { return false }
      if isMarker(j, .locative) || lexicon.isMarker(tokens, j, .sidelines) { return true }
      return tokens[j].kind == .latin && tokens.norm(j).equalsWord("of") && j > range.lowerBound
        && lexicon.isMarker(tokens, j - 1, .sidelines)
    }
    if isArabic(start) {
      guard mentions[k].proclitic.isEmpty, start - 1 > range.lowerBound, meetingNoun(start - 1)
      else { return false }
      return opener(start - 2)
    }
    guard end < range.upperBound, tokens[end].kind == .latin, meetingNoun(end) else {
      return false
    }
    var j = start - 1
    if j >= range.lowerBound, isMarker(j, .determiner) { j -= 1 }
    return opener(j)
  }

  /// English: whether a thing given follows token `i` within three plain words ("tanks",
  /// "fighter jets", "military aid"): a word of `force_noun`, `projectile` or `supplied_thing`.
  func receivedThing(after i: Int) -> Bool {
    var j = i
    while j < min(range.upperBound, i + 3), tokens[j].kind == .latin, !tokens[j].capitalized,
      !isMarker(j, .preposition)
    {
      if isMarker(j, .forceNoun) || isMarker(j, .projectile)
        || lexicon.isMarker(tokens, j, .suppliedThing)
      {
        return true
      }
      j += 1
    }
    return false
  }

  /// The subject of an English joint cue that is a finite verb ("clashed", "has traded fire",
  /// "met") beyond an apposition: "Hezbollah, backed by Iran, has traded fire with Israel".
  /// A verb in the past (-ed or irregular) or after an auxiliary; nil for a noun.
  func englishVerbSubject(_ cue: Lexicon.Match) -> Int? {
    let finite =
      isEnglishPast(cue.tokenStart)
      || (cue.tokenStart > range.lowerBound && isMarker(cue.tokenStart - 1, .auxiliary))
    guard finite, let s = subject(of: cue), !s.after else { return nil }
    return s.group.last
  }

  /// English: a joint noun after "at" or "during" and an article ("announced the agreement at
  /// a joint news conference with", "spoke during talks with"): the subject of the clause's
  /// verb, an actor at most ten tokens before that stands right before a verb in the past
  /// (-ed or irregular).
  func englishSubjectBeforeVenue(_ cue: Lexicon.Match) -> Int? {
    var p = cue.tokenStart - 1
    if p > range.lowerBound, isMarker(p, .determiner) { p -= 1 }
    guard p > range.lowerBound, tokens.kind(p) == .latin,
      tokens.norm(p).equalsWord("at") || tokens.norm(p).equalsWord("during"),
      let k = nearestBefore(p, sameClause: true, subjectsOnly: true, maxDistance: 10)
    else { return nil }
    let v = mentions.tokenEnd(k)
    guard v < p, tokens.kind(v) == .latin, !tokens[v].capitalized, isEnglishPast(v) else {
      return nil
    }
    return k
  }

  /// "Israel's cabinet approved a ceasefire deal with Hezbollah": the English possessor of the
  /// subject's head, a little farther back than a subject named itself ("Israel's security
  /// cabinet voted to approve the deal with Hamas").
  func englishPossessorSubject(before i: Int) -> Int? {
    guard i < range.upperBound, tokens[i].kind == .latin,
      let k = nearestBefore(i, sameClause: true, subjectsOnly: true, maxDistance: 10),
      mentions[k].tokenEnd + 1 < i, tokens[mentions[k].tokenEnd].kind == .quote,
      tokens.norm(mentions[k].tokenEnd + 1).equalsWord("s")
    else { return nil }
    return k
  }
}

extension SentenceContext {
  /// A subject that ends right before token `o`, or one word before it, in the clause of the
  /// token before `o` (`o` may be a parenthetical's opening comma, which may start another
  /// clause); nil otherwise.
  /// Bare time words may stand between ("قادة روسيا وأوكرانيا اليوم الخميس،").
  func subjectRightBefore(_ o: Int) -> Int? {
    var o = o
    if let t = (max(range.lowerBound + 1, o - 4)..<o).first(where: {
      isArabic($0) && !inMention($0) && inMention($0 - 1) && pastTimeWords(from: $0) == o
    }) {
      o = t
    }
    guard o - 1 > range.lowerBound,
      let k = mentions.lastIndex(where: { $0.tokenEnd == o || $0.tokenEnd == o - 1 }),
      clauseOf(mentions.tokenStart(k)) == clauseOf(o - 1), !isOblique(at: groupStart(k))
    else { return nil }
    return k
  }

  /// Arabic: where a phrase of time and a place phrase before token `i` start ("في مدينة جدة
  /// مساء السبت" before "اتفاقا"): a written date or bare time phrase right before `i`, and
  /// before it "في" with up to five words that are no actor's, no preposition and no cue, and
  /// bare time words before that ("فجر اليوم الأحد في جنيف"); or the comma that opens a
  /// parenthetical right before `i`. A verb's "إلى" may stand right before `i`. Nil when none
  /// stands there.
  func pastPlaceAndTime(before i: Int) -> Int? {
    // "وقع بوتين وعلييف وباشينيان، ليل الاثنين الثلاثاء، بيانا مشتركا": a parenthetical of
    // time or place between commas.
    // ("توصل المجلس العسكري وقوى الحرية والتغيير، فجر الجمعة، إلى اتفاق": the verb's "إلى"
    // may stand after it.)
    let e =
      i - 1 > range.lowerBound && tokens.norm(i - 1).sameBytes("\u{0627}\u{0644}\u{064A}")
      ? i - 1 : i
    if e - 1 > range.lowerBound, tokens[e - 1].kind == .comma,
      let o = parentheticalStart(closing: e - 1)
    {
      return o
    }
    guard e - 1 > range.lowerBound, isArabic(e - 1) else { return nil }
    var p = e
    if let s = datePhraseStart(endingAt: p - 1), s < p { p = s }
    // (A time phrase the date reader does not know, "مساء السبت", may follow the place.)
    if let f = (max(range.lowerBound, p - 6)..<p).last(where: {
      isArabic($0) && tokens.norm($0).sameBytes("\u{0641}\u{064A}")
    }),
      f + 1 < p,
      (f + 1..<p).allSatisfy({
        isArabic($0) && !inMention($0) && !isMarker($0, .preposition)
          && !tokens[$0].lex.may(TokenLex.cue)
      })
    {
      p = f
      // ("توصلت إيران ومجموعة 5+1 فجر اليوم الأحد في جنيف إلى اتفاق": bare time words may
      // stand before the place.)
      if let t = first(
        in: max(range.lowerBound, p - 4)..<p,
        where: { c, q in c.tokens.kind(q) == .arabic && c.pastTimeWords(from: q) == p }),
        !contains(in: t..<p, where: { c, q in c.inMention(q) })
      {
        p = t
      }
    }
    return p < e ? p : nil
  }
}

extension SentenceContext {
  /// Arabic: the main clause's subject for a noun of talks right after a word of time ("بعد
  /// اتصال هاتفي مع نظيره", "عقب لقاء", "خلال محادثات"), a comma before the word or not: the
  /// talks are the subject's. Nil otherwise.
  func subjectBeforeTimeWord(_ cue: Lexicon.Match) -> Int? {
    let j = cue.tokenStart - 1
    guard j > range.lowerBound, tokens.kind(j) == .arabic else { return nil }
    // (A word that opens an event's time, `opensEventTime`, "بعد", "عقب", "خلال", or "قبل".)
    guard opensEventTime(j) || tokens.norm(j).sameBytes("\u{0642}\u{0628}\u{0644}") else {
      return nil
    }
    // (Not past a relative clause's own subject: "ماكرون وستارمر، اللذان أكدا بعد اتصال مع".)
    guard let k = mainSubject(before: j),
      !contains(in: mentions.tokenEnd(k)..<j, where: { c, q in c.isMarker(q, .relative) })
    else { return nil }
    return k
  }
}

extension SentenceContext {
  /// Arabic: whether mention `q` is the nisba of a place named after a preposition of place
  /// between the cue and it, up to three plain words before it ("قمة في مدينة العقبة الأردنية
  /// مع"): it says where the act was, not who held it.
  func nisbaOfPlace(_ q: Int, after cue: Lexicon.Match) -> Bool {
    guard mentions[q].form == .adjective, isArabic(mentions.tokenStart(q)) else { return false }
    var j = mentions.tokenStart(q) - 1
    var words = 0
    while j >= cue.tokenEnd, words < 3, tokens[j].kind == .arabic, !inMention(j) {
      if isMarker(j, .locative) { return words > 0 }
      j -= 1
      words += 1
    }
    return false
  }
}

extension SentenceContext {
  /// English: whether token `j` may stand in a time phrase between a participle and its agent
  /// ("signed this week by", "signed on Monday by", "signed in 2003 by"): a time noun, a
  /// number, a weekday, or "this", "last", "on", "in", "earlier", "late".
  func isTimeWordBeforeAgent(_ j: Int) -> Bool {
    guard tokens.kind(j) == .latin || tokens.kind(j) == .number else { return false }
    if tokens.kind(j) == .number || isMarker(j, .timeNoun) { return true }
    let w = tokens.norm(j)
    for word in [
      "this", "last", "on", "in", "earlier", "late", "monday", "tuesday", "wednesday",
      "thursday", "friday", "saturday", "sunday",
    ] where w.equalsWord(word) {
      return true
    }
    return false
  }
}
