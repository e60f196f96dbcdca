/// Where the rules look for a cue's object, and which mentions cannot be one (places, content
/// sources).
extension SentenceContext {
  /// Object of a verb-like cue after `start` (excluding the subject's codes).
  /// A verb's object is never inside a relative clause ("criticised the deal that X signed");
  /// a noun's may be (`throughRelative`: "aid that was meant for Ukraine").
  /// `coAgents`: "مع"/"with" before the actor makes it a co-agent ("دعم النص مع سفراء X"),
  /// not the object. A preposition of time ("في الوقت الراهن", "in recent weeks") is no place.
  /// `ownedPhrases`: an English noun and its "against"/"between" before the actor own it
  /// ("welcomed the ruling against Israel", "suspended its mediation between Israel and
  /// Hamas"): a stance on the thing is none on the actor it names.
  func object(
    after start: Int, excluding: ExcludedCodes, maxDistance: Int = 8, throughRelative: Bool = false,
    coAgents: Bool = false, stance: Bool = false, ownedPhrases: Bool = false
  ) -> [Int]? {
    // "struck what New Delhi called the biggest training camp of the Jaish-e-Mohammed": the
    // one who names the object is none; the object follows the verb of naming.
    if let e = namedObjectStart(start) {
      return object(
        after: e, excluding: excluding, maxDistance: maxDistance, throughRelative: throughRelative,
        coAgents: coAgents, stance: stance, ownedPhrases: ownedPhrases)
    }
    let clauseOfCue = clauseOf(max(range.lowerBound, min(start, range.upperBound) - 1))
    if ownedPhrases,
      let k = firstAfter(
        start, sameClause: true, maxDistance: maxDistance, excluding: excluding,
        clauseOfCue: clauseOfCue),
      nounOwnsActor(from: start, to: mentions[k].tokenStart) || modifiesOwningNoun(k)
    {
      return nil
    }
    return directObject(
      after: start, excluding: excluding, maxDistance: maxDistance,
      throughRelative: throughRelative, coAgents: coAgents, clauseOfCue: clauseOfCue)
      ?? placeOfSubjectEnd(start).flatMap {
        directObject(
          after: $0, excluding: excluding, maxDistance: maxDistance,
          throughRelative: throughRelative, coAgents: coAgents, clauseOfCue: clauseOfCue)
      }
      ?? statementPhraseEnd(start).flatMap {
        directObject(
          after: $0, excluding: excluding, maxDistance: maxDistance,
          throughRelative: throughRelative, coAgents: coAgents, clauseOfCue: clauseOfCue)
      }
      ?? objectAgainst(after: start, excluding: excluding, clauseOfCue: clauseOfCue)
      ?? codeNameEnd(start).flatMap {
        directObject(
          after: $0, excluding: excluding, maxDistance: maxDistance,
          throughRelative: throughRelative, coAgents: coAgents, clauseOfCue: clauseOfCue)
      }
      ?? pronounObject(at: start, excluding: excluding)
      ?? possessiveObject(at: start, excluding: excluding)
      // A stance (`stance`: opposes, supports) on an act is a stance on its author.
      ?? (stance ? eventAuthor(after: start, excluding: excluding) : nil)
  }

  /// English: where the object starts after "what X called" (or "termed", "branded": list
  /// `naming_verb`) right at `start`, X an actor or "the" and one word; nil otherwise.
  func namedObjectStart(_ start: Int) -> Int? {
    guard start + 3 < range.upperBound, tokens[start].kind == .latin,
      tokens.norm(start).equalsWord("what")
    else { return nil }
    var j = start + 1
    if let m = mentions.first(where: { $0.tokenStart == j }) {
      j = m.tokenEnd
    } else if isMarker(j, .determiner), tokens[j + 1].kind == .latin {
      j += 2
    } else {
      return nil
    }
    guard j + 1 < range.upperBound, tokens[j].kind == .latin,
      lexicon.isMarker(tokens, j, .namingVerb)
    else { return nil }
    return j + 1
  }

  /// "عملية عسكرية واسعة تحت اسم "المخلب-القفل" ضد", "an offensive dubbed "Operation X"
  /// against": where the search starts again, past the act's name in quotes after a word of
  /// the list `code_name` (up to three words, no actor, before it); nil when there is none.
  func codeNameEnd(_ start: Int) -> Int? {
    var j = start
    while j < range.upperBound, j - start < 4, tokens[j].isWord, !inMention(j),
      !lexicon.isMarker(tokens, j, .codeName)
    {
      j += 1
    }
    guard j + 2 < range.upperBound, lexicon.isMarker(tokens, j, .codeName),
      tokens[j + 1].kind == .quote
    else { return nil }
    var q = j + 2
    while q < range.upperBound, q - j < 10 {
      if tokens[q].kind == .stop { return nil }
      // (A hyphen inside the name is no closing quote: "المخلب-القفل".)
      if tokens[q].kind == .quote, !tokens.norm(q).sameBytes("-") { return q + 1 }
      q += 1
    }
    return nil
  }

  /// "واتهمت مصر في بيان إسرائيل بقصف غزة", "وانتقدت مصر في بيان لوزارة خارجيتها إسرائيل":
  /// where the search starts again, past "في" and a noun of statement (list `statement_noun`)
  /// right after the subject, with up to three more words ("لها", "لوزارة خارجيتها", "رسمي
  /// أمس" and a group's head), when an actor's name follows them with no preposition (the
  /// statement is the subject's own, not the next actor's: "بيان إسرائيل" is no Israeli
  /// statement after another subject). Nil otherwise.
  func statementPhraseEnd(_ start: Int) -> Int? {
    guard start + 2 < range.upperBound, isArabic(start),
      tokens.norm(start).sameBytes("\u{0641}\u{064A}"),
      mentions.contains(where: { $0.tokenEnd == start }),
      isMarker(start + 1, .statementNoun)
    else { return nil }
    var j = start + 2
    // (Up to four words after "بيان": "في بيان رسمي أمس حركة نمور التاميل", a group's head
    // before its name.)
    while j < range.upperBound, j - start <= 5 {
      if let k = mentions.firstIndex(where: { $0.tokenStart == j }) {
        return mentions[k].proclitic.isEmpty && mentions[k].form == .name ? j : nil
      }
      guard tokens[j].kind == .arabic, !tokens[j].lex.may(TokenLex.cue) else { return nil }
      j += 1
    }
    return nil
  }

  /// "اتهمت حكومة طالبان في أفغانستان باكستان": where the search starts again, past a place
  /// right after "في" at `start` that says where the subject is (a state named, then the
  /// object's name); nil when there is none.
  func placeOfSubjectEnd(_ start: Int) -> Int? {
    guard start + 2 < range.upperBound, isArabic(start),
      tokens.norm(start).sameBytes("\u{0641}\u{064A}"),
      // (A state's act "in" another state is done there: "تدعم روسيا في سوريا ..." reads
      // nothing past the place; a body or a group is where it sits.)
      let s = mentions.lastIndex(where: { $0.tokenEnd == start }),
      gazetteer?.codeKind(mentions[s]) != .state,
      let k = mentions.firstIndex(where: { $0.tokenStart == start + 1 }),
      mentions[k].form == .name, mentions[k].proclitic.isEmpty,
      gazetteer?.codeKind(mentions[k]) == .state,
      case let e = mentions.tokenEnd(k), e < range.upperBound,
      // (Not a list of places, "في كينيا وتنزانيا", nor a place in a place, "في نيروبي
      // بكينيا": a bare name.)
      let n = mentions.firstIndex(where: { $0.tokenStart == e }),
      mentions[n].proclitic.isEmpty, mentions[n].code != mentions[k].code
    else { return nil }
    return e
  }

  /// "The STC, previously an ally of the government, is in conflict against it": an English
  /// object pronoun right after the cue stands for the nearest actor before the cue in its
  /// sentence that is not the subject and no place, named after the subject ("Egypt condemned
  /// the deal between Turkey and the GNA and vowed to fight it": not Egypt).
  private func pronounObject(at start: Int, excluding: ExcludedCodes) -> [Int]? {
    guard start < range.upperBound, start > range.lowerBound, tokens[start].kind == .latin,
      tokens.norm(start).equalsWord("it") || tokens.norm(start).equalsWord("them"),
      let k = mentions.lastIndex(where: {
        $0.tokenEnd < start && !excluding.contains($0.code) && !$0.code.isEmpty
          && !isLocative($0)
      }),
      !mentions[k..<mentions.endIndex].contains(where: {
        $0.tokenEnd < start && excluding.contains($0.code)
      })
    else { return nil }
    return [k]
  }

  /// "Iran suspended cooperation with the IAEA after Israeli and U.S. strikes on its nuclear
  /// facilities": "its" or "their" right after the cue, before what is hit (a `targetHead`
  /// within eight tokens: words, place names, commas), stands for the sentence's subject: its
  /// first actor, before the cue, no place, not oblique and none of the authors. ("its own"
  /// is the verb's own subject: no object.)
  private func possessiveObject(at start: Int, excluding: ExcludedCodes) -> [Int]? {
    guard start < range.upperBound, start > range.lowerBound, tokens[start].kind == .latin,
      tokens.norm(start).equalsWord("its") || tokens.norm(start).equalsWord("their"),
      // ("accusing the regime of crushing its own people": "its own" is the verb's subject.)
      start + 1 < range.upperBound, !tokens.norm(start + 1).equalsWord("own"),
      let h = (start + 1..<min(range.upperBound, start + 9)).first(where: {
        isMarker($0, .targetHead)
      }),
      // ("its Fordow, Natanz and Isfahan nuclear sites": names of places, commas and "and"
      // may stand before the head.)
      (start + 1..<h).allSatisfy({
        (tokens[$0].kind == .latin || tokens[$0].kind == .comma) && !inMention($0)
      }),
      // (Not a dateline, "DOHA/WASHINGTON –": the subject is followed by a word or "'s".)
      let k = mentions.firstIndex(where: {
        !$0.code.isEmpty && $0.tokenEnd < range.upperBound
          && (tokens[$0.tokenEnd].kind == .latin
            || tokens[$0.tokenEnd].kind == .quote
              && $0.tokenEnd + 1 < range.upperBound && tokens.norm($0.tokenEnd + 1).equalsWord("s"))
      }),
      mentions[k].tokenEnd < start, !isOblique(at: k), !isLocative(mentions[k]),
      !groupForward(k).contains(where: { excluding.contains(mentions[$0].code) })
    else { return nil }
    return [k]
  }

  /// "تضامنها مع الشعب اللبناني وحزب الله": whether the only words between `start` and
  /// mention `m` are a people named by its nisba ("الشعب" and a nisba, after at most a
  /// preposition), which names no actor; the actor joined to it by و is then the object.
  func peopleBefore(_ m: Mention, from start: Int) -> Bool {
    let n = m.tokenStart - 2
    guard n >= start, n - start <= 1, tokens[n].kind == .arabic,
      tokens[n + 1].kind == .arabic, looksLikeNisba(tokens.norm(n + 1)),
      !inMention(n + 1)
    else { return false }
    let w = tokens.norm(n)
    guard
      w.hasByteSuffix("\u{0627}\u{0644}\u{0634}\u{0639}\u{0628}")
        || w.sameBytes("\u{0644}\u{0644}\u{0634}\u{0639}\u{0628}")
    else { return false }
    return n == start || isMarker(start, .preposition)
  }

  /// The first actor after `start` that can be the object (see `object`).
  private func directObject(
    after start: Int, excluding: ExcludedCodes, maxDistance: Int, throughRelative: Bool,
    coAgents: Bool, clauseOfCue: Int
  ) -> [Int]? {
    // (A count is no step away: "strikes against more than a dozen Houthi targets".)
    guard
      let k = firstAfter(
        start, sameClause: true, maxDistance: maxDistance, excluding: excluding,
        clauseOfCue: clauseOfCue, skippingCounts: true)
    else { return nil }
    // (Copied once: handing `mentions[k]` to each test below copied it, three Strings, each
    // time.)
    let m = mentions[k]
    guard
      // "وكذا روسيا", "والسلطة الفلسطينية" after another noun: a coordinated member, not
      // the object.
      !(isArabic(m.tokenStart) && m.proclitic.startsWithLetter(0xD9, 0x88)
        && m.tokenStart > start && !peopleBefore(m, from: start)),
      !hasCase(m, "\u{064A}\u{0648}\u{0646}"),  // -iyyūn is nominative: no object
      // "Moscow quit a UN-brokered deal": the go-between of the thing acted on (list
      // `mediation`) is no object.
      !(isHyphenedModifier(k) && lexicon.isMarker(tokens, m.tokenEnd + 1, .mediation)),
      !(start..<m.tokenStart).contains(where: {
        tokens[$0].kind == .arabic && tokens.norm($0).startsWithLetter(0xD9, 0x88)
          && isMarker($0, .also)
      }),
      // A preposition that ends the cue ("demanded an explanation from", "incursion into")
      // is the cue's own, not a place's; so is one before an article ("exploded near an
      // Israeli checkpoint").
      !isLocative(m) || isContentSource(m) || isMembership(m)
        || envoyPost(m) != nil
        || ((m.tokenStart == start
          || (m.tokenStart == start + 1 && tokens[start].kind == .latin
            && isMarker(start, .determiner)))
          && start > range.lowerBound && tokens[start - 1].isWord),
      !(start..<m.tokenStart).contains(where: {
        // ("struck about 75 Islamic State targets": "about" of a count is no topic's.)
        (isMarker($0, .objectStop) && !inCountLead($0))
          || (!throughRelative && isMarker($0, .relative))
          // "الغارة الإسرائيلية ودعت روسيا": a coordinated verb of asking, warning or
          // launching opens a clause of its own.
          || coordinatesClauseVerb($0)
          // "staged protests in solidarity with Hezbollah": the phrase has its own object.
          || opensAdverbialStance($0)
          // "signed a defence pact, angering Ethiopia": the one angered reacts to the clause.
          || ($0 > start && commaBeforeProvocation($0))
          // "التظاهرات التي شهدتها سويسرا": where an act took place is no object of it.
          || (isMarker($0, .relative) && $0 + 1 < range.upperBound && isMarker($0 + 1, .exposure))
          || (!throughRelative && isMarker($0, .locative) && !isContentSource(m)
            && !placeStarts.contains(m.tokenStart)
            && !opensTimePhrase($0) && !isCount($0) && !isAlongside($0)
            && $0 != membershipPreposition(m) && $0 != envoyPost(m)
            && !($0 == m.tokenStart - 1 && governmentIn(m))
            && !inCountLead($0))
          || (coAgents && isMarker($0, .with))
          // "was accused of killing civilians by Human Rights Watch": the actor after "by" is
          // an agent, no object.
          // ("supported all the decisions adopted by the bloc": the author of a content noun's
          // participle is.)
          || (tokens[$0].kind == .latin && tokens.norm($0).equalsWord("by") && !contentAuthorBy($0))
          // "قتلوا برصاص الجيش", "على يد": Arabic agent words name an agent too (the verb is
          // read in the passive).
          || (tokens[$0].kind == .arabic && agentWords(at: $0) != nil)
          // "shelled Rwandan border areas and were working with the FDLR": "and" before an
          // auxiliary joins another predicate of the subject, whose object is its own.
          || (tokens[$0].kind == .latin && tokens.norm($0).equalsWord("and")
            && $0 + 1 < range.upperBound
            && tokens[$0 + 1].kind == .latin && isMarker($0 + 1, .auxiliary))
          // "welcomed the decision and condemned Hamas": "and" before a verb in the past of
          // another cue joins another predicate, whose object is its own.
          || ($0 > start && joinsEnglishPastVerb($0))
          || joinsEnglishLightVerb($0)
          // "pledged $1 billion to fight ISIS": an infinitive with a verb cue of its own after
          // the object ("threatened to attack Washington": the threat's object is Washington).
          || ($0 > start && infinitiveCue(at: $0))
          // "rejected any attempt to displace Palestinians": the infinitive of a noun of
          // content has its own object.
          || ($0 > start && contentInfinitive(at: $0))
          // "accused the Gulf state of supplying the paramilitary": past a noun the accused,
          // unnamed, the gerund after "of" (or "for") has its own object.
          || ($0 > start && ofGerund(at: $0))
          // "شنت حماس هجوما في غزة لاتهام إسرائيل": a verbal noun of purpose has its own object;
          // so has a stance joined by و ("تضامنا مع غزة ورفضا للعدوان الأمريكي").
          || purposeCue(at: $0)
          || ($0 > start && joinedStance($0))
      }),
      // "إدانة الأردن للحصار على لبنان", "condemned the attack on X": an event between names
      // what was condemned; the actor after its على/on is the event's target, not ours.
      !eventBetween(start, m.tokenStart),
      !backsUnnamedHead(m, from: start),
      !(m.tokenStart > start && opensEnglishClause(m))
    else { return nil }
    // "expelled Egypt's Muslim Brotherhood": an actor the possessor owns is the object; so is
    // one after a plain lower-case word ("sanctions against Afghanistan's ruling Taliban"), no
    // cue nor preposition.
    if !isArabic(m.tokenStart), m.tokenEnd + 2 < range.upperBound,
      tokens[m.tokenEnd].kind == .quote, tokens.norm(m.tokenEnd + 1).equalsWord("s"),
      case let q = m.tokenEnd + 2,
      let n = mentions.firstIndex(where: {
        $0.tokenStart == q
          || ($0.tokenStart == q + 1 && tokens[q].kind == .latin && !tokens[q].capitalized
            && !tokens[q].lex.may(TokenLex.cue) && !isMarker(q, .preposition)
            && !isMarker(q, .ally) && !isMarker(q, .coordination))
      }),
      !excluding.contains(mentions[n].code)
    {
      return groupForward(n, excluding: excluding)
    }
    // "banned Iranian airline Mahan Air": a name after a nisba and its common noun is the
    // object the nisba describes.
    if !isArabic(m.tokenStart), m.form == .adjective,
      let n = mentions.firstIndex(where: { $0.tokenStart > m.tokenEnd }),
      mentions[n].form == .name, !excluding.contains(mentions[n].code),
      mentions[n].tokenStart - m.tokenEnd <= 2,
      (m.tokenEnd..<mentions[n].tokenStart).allSatisfy({
        tokens[$0].kind == .latin && !tokens[$0].capitalized && !isMarker($0, .preposition)
          && !isMarker($0, .coordination)
      })
    {
      return groupForward(n, excluding: excluding)
    }
    return groupForward(k, excluding: excluding)
  }

  /// English: "by" at `j` right after a noun of content ("an offer by") or a participle that
  /// follows one ("the decisions adopted by", "the plan drafted by"): the actor after it is the
  /// content's author.
  func contentAuthorBy(_ j: Int) -> Bool {
    let p = j - 1
    // ("rejected mediation efforts by ECOWAS envoys": a noun of mediation, with or without
    // its "efforts", right before "by": the mediator.)
    if p >= range.lowerBound, tokens.kind(p) == .latin,
      lexicon.isMarker(tokens, p, .mediationNoun)
        || (p - 1 >= range.lowerBound && isMarker(p, .contentNoun)
          && lexicon.isMarker(tokens, p - 1, .mediationNoun))
    {
      return true
    }
    // ("rejected an offer by ASEAN", "welcomed a proposal by China": "by" right after the
    // noun of content.)
    if p >= range.lowerBound, tokens.kind(p) == .latin, isMarker(p, .contentNoun),
      !isMarker(p, .attackNoun)
    {
      return true
    }
    guard p - 1 >= range.lowerBound, tokens.kind(p) == .latin, !tokens[p].capitalized,
      tokens.norm(p).hasByteSuffix("ed") || tokens.norm(p).hasByteSuffix("en")
        || isMarker(p, .pastIrregular)
    else { return false }
    return isMarker(p - 1, .contentNoun)
  }

  /// English "to" before a verb cue ("to fight", "to support"): an infinitive whose verb has an
  /// object of its own.
  func infinitiveCue(at j: Int) -> Bool {
    guard tokens[j].kind == .latin, tokens.norm(j).equalsWord("to"), j + 1 < range.upperBound,
      tokens[j + 1].lex.may(TokenLex.cue)
    else { return false }
    return lexicon.match(tokens, at: j + 1, limit: j + 2).contains { $0.entry.frame == .verb }
  }

  /// English "to" after a noun of content (list `content_noun`: "attempt", "plan", "decision")
  /// and before a lower-case word that is no determiner and names no actor: an infinitive whose
  /// object is its own ("rejected any attempt to displace Palestinians").
  func contentInfinitive(at j: Int) -> Bool {
    guard tokens[j].kind == .latin, tokens.norm(j).equalsWord("to"), j - 1 >= range.lowerBound,
      j + 1 < range.upperBound, isMarker(j - 1, .contentNoun), tokens[j + 1].kind == .latin,
      !tokens[j + 1].capitalized, !isMarker(j + 1, .determiner), !inMention(j + 1)
    else { return false }
    return true
  }

  /// English "of" or "for" before a lower-case word in -ing that names no actor ("of
  /// supplying", "thanked the latter for hosting talks between ...").
  func ofGerund(at j: Int) -> Bool {
    guard tokens[j].kind == .latin,
      tokens.norm(j).equalsWord("of") || tokens.norm(j).equalsWord("for"),
      j + 1 < range.upperBound,
      tokens[j + 1].kind == .latin, !tokens[j + 1].capitalized, !inMention(j + 1)
    else { return false }
    return tokens.norm(j + 1).hasByteSuffix("ing")
  }

  /// "لاتهام إسرائيل", "لدعم الجيش": an Arabic verbal noun after ل of purpose (no article)
  /// that is a relation cue of its own.
  func purposeCue(at j: Int) -> Bool {
    purposeMatches(at: j, withArticle: false).contains {
      $0.entry.relation != nil && $0.entry.frame == .noun
    }
  }

  /// The cues that start at token `j` when it is an Arabic word after ل ("لضرب"; with
  /// `withArticle`, also ل with the article, "للقصف"), else none.
  func purposeMatches(at j: Int, withArticle: Bool) -> [Lexicon.Match] {
    // (Without the article: "رفضها للاتهامات" is the object of the noun before.)
    guard tokens[j].kind == .arabic, tokens[j].lex.may(TokenLex.cue),
      tokens.readingPrepositions(j).contains(ReadingPrepositions.lam),
      withArticle || !tokens.norm(j).hasBytePrefix("\u{0644}\u{0644}")
    else { return [] }
    return lexicon.match(tokens, at: j, limit: min(range.upperBound, j + 3))
  }

  /// "ورفضا", "وتنديدا": an Arabic stance noun of purpose joined by و, which opens a stance of
  /// its own.
  func joinedStance(_ j: Int) -> Bool {
    isArabic(j) && tokens.norm(j).startsWithLetter(0xD9, 0x88)
      && lexicon.isMarker(tokens, j, .adverbialStanceNoun)
  }

  /// "attacked the rebels and Russia condemned the strikes": an English name after "and" with
  /// a verb in the past or an auxiliary among the next three words ("Russia's government
  /// condemned") is the subject of a clause of its own, not the object of the verb before.
  func opensEnglishClause(_ m: Mention) -> Bool {
    var before = m.tokenStart - 1
    if before > range.lowerBound, tokens.norm(before).sameBytes("the") { before -= 1 }
    guard before > range.lowerBound, !isArabic(m.tokenStart), isMarker(before, .coordination)
    else { return false }
    var j = m.tokenEnd
    if j + 1 < range.upperBound, tokens[j].kind == .quote, tokens.norm(j + 1).sameBytes("s") {
      j += 2
    }
    for k in j..<min(range.upperBound, j + 3) {
      guard tokens[k].kind == .latin, !tokens[k].capitalized, !isMarker(k, .preposition) else {
        return false
      }
      let w = tokens.norm(k)
      if isMarker(k, .auxiliary) || isMarker(k, .pastIrregular)
        || (w.utf8.count > 4 && w.hasByteSuffix("ed") && w != "armed" && w != "allied")
      {
        return true
      }
    }
    return false
  }

  /// "قتل قياديا في تنظيم القاعدة", "a commander in the Taliban": "في"/"in" before an armed
  /// group or a party after a noun makes its members, not a place; so does "from" after a
  /// force or group noun ("fighters from Islamic Jihad").
  func isMembership(_ m: Mention) -> Bool { membershipPreposition(m) != nil }

  /// "استدعت الجزائر سفيرها لدى فرنسا", "its ambassador in France": the preposition between an
  /// envoy word (the named list `envoy`) and the state of the post, which is the object of a
  /// recall or a summons, not a place.
  func envoyPost(_ m: Mention) -> Int? {
    let j = m.tokenStart - 1
    guard j - 1 >= range.lowerBound, isMarker(j, .locative) || isMarker(j, .preposition),
      lexicon.isMarker(tokens, j - 1, .envoy),
      // A post at an organisation ("سفيرها لدى الأمم المتحدة") is no bilateral tie.
      gazetteer?.kind(m.code) == .state
    else { return nil }
    return j
  }

  /// The "في"/"in" of a membership (see `isMembership`).
  func membershipPreposition(_ m: Mention) -> Int? {
    var j = m.tokenStart - 1
    if j > range.lowerBound, !isArabic(j), isMarker(j, .determiner) { j -= 1 }
    if j > range.lowerBound, isGuillemet(j) { j -= 1 }  // "قياديا في «القاعدة»"
    // "ثلاثة من الجيش الأمريكي", "جنود من القوات الدولية": a partitive "من" after a count or
    // a force noun names whose they are, whatever the actor's kind. (A nisba is read with the
    // force noun it qualifies: "خمسة من الجنود العراقيين".)
    if m.form == .adjective, j - 1 > range.lowerBound, isArabic(j),
      isMarker(j, .forceNoun) || lexicon.isArticleMarker(tokens[j], .forceNoun),
      tokens.norm(j - 1).sameBytes("\u{0645}\u{0646}")
    {
      j -= 1
    }
    let partitive =
      j > range.lowerBound && isArabic(j) && tokens.norm(j).sameBytes("\u{0645}\u{0646}")
      && (isCount(j) || isMarker(j - 1, .forceNoun))
    guard j - 1 >= range.lowerBound, isMarker(j, .locative) || partitive,
      m.proclitic.isEmpty || partitive,
      tokens[j - 1].isWord, !isMarker(j - 1, .preposition), let g = gazetteer,
      partitive || tokens.norm(j).sameBytes("\u{0641}\u{064A}") || tokens.norm(j).sameBytes("in")
        // "two fighters from Islamic Jihad": a partitive "from" (`isCount`).
        || tokens.norm(j).equalsWord("from") && isCount(j)
        // "struck targets across Houthi-held areas": the group that holds the places.
        || heldBy(m)
    else { return nil }
    if partitive { return j }
    let kind = g.kind(m.code)
    return kind == .armedGroup || kind == .party ? j : nil
  }

  /// English: whether "-held" or "-controlled" follows mention `m` ("Houthi-held areas").
  func heldBy(_ m: Mention) -> Bool {
    let e = m.tokenEnd
    guard e + 1 < range.upperBound, tokens[m.tokenStart].kind == .latin,
      tokens[e].kind == .quote, tokens.norm(e).sameBytes("-"), tokens[e + 1].kind == .latin
    else { return false }
    return tokens.norm(e + 1).equalsWord("held") || tokens.norm(e + 1).equalsWord("controlled")
  }

  /// "ضربات ضد فصائل موالية لإيران", "مواقع لميليشيات مدعومة من إيران", "militias loyal to
  /// Iran", "groups backed by Iran": the state a nameless group is loyal to or backed by is its
  /// patron, not the one hit. ("تابعة ل", belonging, names the owner: `affiliationWord`.)
  func backsUnnamedHead(_ m: Mention, from start: Int) -> Bool {
    // (A state only: "متشددين موالين لحركة طالبان" are the Taliban's own.)
    guard m.tokenStart - 2 >= start, m.tokenStart - 2 > range.lowerBound,
      gazetteer?.codeKind(m) == .state
    else { return false }
    // English: "militias loyal to Iran", "groups backed by Iran", "forces allied with Russia".
    if !isArabic(m.tokenStart) {
      let p = m.tokenStart - 1
      let w = p - 1
      let linked: Bool
      switch tokens.norm(p) {
      case "to", "with":
        switch tokens.norm(w) {
        case "loyal", "allied", "aligned", "affiliated": linked = true
        default: linked = false
        }
      case "by":
        switch tokens.norm(w) {
        case "backed", "supported", "funded", "armed", "sponsored": linked = true
        default: linked = false
        }
      default: linked = false
      }
      return linked && w - 1 >= start && tokens[w - 1].kind == .latin && !inMention(w - 1)
    }
    var w = m.tokenStart - 1
    if !hasGenitiveLam(m) {
      guard tokens.norm(w).sameBytes("\u{0645}\u{0646}") else { return false }  // من
      w -= 1
      guard Self.backingWords.contains(where: { tokens.norm(w).sameBytes($0) }) else {
        return false
      }
    } else {
      guard Self.loyaltyWords.contains(where: { tokens.norm(w).sameBytes($0) }) else {
        return false
      }
    }
    return w - 1 >= start && tokens[w - 1].kind == .arabic && !inMention(w - 1)
  }

  /// Arabic participles of loyalty ("موالية لإيران") and of backing ("مدعومة من إيران").
  /// (Folded as tokens are: "موالية" is matched as "مواليه".)
  static let loyaltyWords = [
    "موالية", "الموالية", "موالي", "الموالي", "موالين", "الموالين", "موالون", "الموالون", "موال",
  ].map(Normalizer.normalize)
  static let backingWords = [
    "مدعومة", "المدعومة", "مدعوم", "المدعوم", "مدعومين", "المدعومين", "مدعومون", "المدعومون",
  ].map(Normalizer.normalize)

  /// Whether token `j` opens the time of an event: "بعد"/"after" and their kin (list `sequel`),
  /// or "خلال"/"during" (list `during`, without the "في"/"in" it also holds, which may
  /// introduce what is asked for: "الدخول في محادثات").
  func opensEventTime(_ j: Int) -> Bool {
    lexicon.isMarker(tokens, j, .sequel)
      || (isMarker(j, .during) && !tokens.norm(j).sameBytes("\u{0641}\u{064A}")
        && !tokens.norm(j).equalsWord("in"))
  }

  /// True when the preposition at `j` governs a time, not a place: "في الوقت الراهن", "منذ
  /// ثلاث سنوات", "منذ 2015".
  func opensTimePhrase(_ j: Int) -> Bool {
    let k = j + 1
    guard k < range.upperBound else { return false }
    if isMarker(k, .timeNoun) { return true }
    // Four digits: a year.
    if tokens[k].kind == .number, tokens.norm(k).scalarCount == 4 { return true }
    return isNumber(k) && isMarker(k + 1, .timeNoun)
  }

  /// "عمليات عسكرية في شمال العراق ضد حزب العمال", "operations in northern Iraq against the
  /// PKK": after a place or time phrase, the actor that "ضد"/"against" introduces is the
  /// object. Nothing but words, places and times may stand between.
  private func objectAgainst(after start: Int, excluding: ExcludedCodes, clauseOfCue: Int) -> [Int]?
  {
    let end = min(range.upperBound, start + 12)
    var sawPhrase = false
    var j = start
    while j < end {
      guard clauseOf(j) == clauseOfCue, tokens[j].kind != .stop, !isMarker(j, .objectStop),
        !isMarker(j, .relative), !isMarker(j, .complementizer), !isMarker(j, .coordination)
      else { return nil }
      if isMarker(j, .against) { break }
      if isMarker(j, .locative) { sawPhrase = true }
      j += 1
    }
    guard sawPhrase, j < end, !eventBetween(start, j),
      // Any actor between is a place ("في سوريا"), never one that could be the object.
      mentions.allSatisfy({ $0.tokenStart < start || $0.tokenStart >= j || isLocative($0) })
    else { return nil }
    // "ضد حزب العمال", "against the Kurdish YPG": a determiner or a modifier may come first.
    guard let m = mentions.firstIndex(where: { $0.tokenStart > j && $0.tokenStart <= j + 3 }),
      (j + 1..<mentions[m].tokenStart).allSatisfy({
        tokens[$0].isWord && !isMarker($0, .preposition) && !isMarker($0, .coordination)
      }),
      !excluding.contains(mentions[m].code), !isLocative(mentions[m])
    else { return nil }
    return groupForward(m, excluding: excluding)
  }

  /// "تدعم إيران جماعات مسلحة في المنطقة مثل حزب الله", "supports armed groups such as
  /// Hezbollah": a common noun the actor is an example of ("مثل", "لا سيما", "such as",
  /// "including", "especially") stands for it. Only words, places and times stand between
  /// `start` and the example word, no other actor but a place.
  func objectByExample(after start: Int, excluding: ExcludedCodes) -> [Int]? {
    guard start < range.upperBound else { return nil }
    let c = clauseOf(start)
    let end = min(range.upperBound, start + 10)
    var j = start
    while j < end {
      // ("diplomats from seven countries, including Argentina", "عدة دول، من بينها بريطانيا":
      // a comma, and in Arabic "من", before the example.)
      if j > start, tokens[j].kind == .comma, j + 1 < end {
        if isExample(j + 1) {
          j += 1
          break
        }
        if j + 2 < end, isArabic(j + 1),
          tokens.norm(j + 1).sameBytes("\u{0645}\u{0646}")
            || tokens.norm(j + 1).sameBytes("\u{0648}\u{0645}\u{0646}"),
          isExample(j + 2)
        {
          j += 2
          break
        }
      }
      guard clauseOf(j) == c, tokens[j].kind != .stop, !isMarker(j, .objectStop) || isExample(j),
        !isMarker(j, .relative), !isMarker(j, .complementizer)
      else { return nil }
      if isExample(j) { break }
      j += 1
    }
    // ("ثلاثة عشر جندياً أجنبياً، بينهم جنود من جنوب أفريقيا وملاوي": a force noun and "من"
    // between the example word and the actors.)
    var first = j + 1
    if first + 2 < range.upperBound, isArabic(first), isMarker(first, .forceNoun),
      tokens.norm(first + 1).sameBytes("\u{0645}\u{0646}")
    {
      first += 2
    }
    guard j > start, j + 1 < end,
      mentions.allSatisfy({ $0.tokenStart < start || $0.tokenStart >= j || isLocative($0) }),
      let m = mentions.firstIndex(where: { $0.tokenStart == first }),
      !excluding.contains(mentions[m].code), !isLocative(mentions[m])
    else { return nil }
    return groupForward(m, excluding: excluding)
  }

  /// True when token `j` introduces an example: list `example` ("مثل", "(لا) سيما",
  /// "including", "especially", ...), or the "as" of "such as".
  func isExample(_ j: Int) -> Bool {
    // (Only a Latin word is "as": the kind is tested first.)
    if tokens[j].kind == .latin, tokens.norm(j).equalsWord("as") {
      return j > range.lowerBound && tokens.norm(j - 1).equalsWord("such")
    }
    return lexicon.isMarker(tokens, j, .example)
  }

  /// "دانت الأردن "القوة المفرطة" التي استخدمتها القوات الإسرائيلية", "condemned the force
  /// that Israeli troops used": what is condemned is an act; the subject of the relative clause
  /// that names it is its author, and the target. The act is one to three words (no actor, no
  /// preposition) right after `start`.
  func relativeAuthor(after start: Int, excluding: ExcludedCodes, opposing: Bool = false) -> [Int]?
  {
    var j = start
    var words = 0
    // "الدعوة الى وقف اطلاق النار التي وجهها ...": an Arabic word of content may keep its
    // complement after a preposition (three more words).
    var limit = 3
    var complement = false
    while j < range.upperBound, !isMarker(j, .relative) {
      if tokens[j].kind == .quote || isMarker(j, .determiner) {
        j += 1
        continue
      }
      if !complement, j > start, isArabic(j), isMarker(j, .preposition),
        isMarker(j - 1, .contentNoun), !inMention(j)
      {
        complement = true
        limit = words + 4
        j += 1
        continue
      }
      guard tokens[j].isWord, words < limit, !isMarker(j, .preposition),
        !inMention(j)
      else { return nil }
      words += 1
      j += 1
    }
    guard words >= 1, j + 1 < range.upperBound, tokens[j + 1].isWord else { return nil }
    // "rejected claims that Iran supplied drones": after a word of content, English "that"
    // opens what was said, not a relative clause about an act.
    if !isArabic(j), isMarker(j - 1, .contentNoun) { return nil }
    // "الاتفاق الذي وقعته روسيا", "the aid that Russia sent": an agreement or a help has
    // parties and donors, not an author one backs; aid has no author one opposes either. (One
    // who rejects an agreement, `opposing`, opposes its parties: "رفضت الصومال المذكرة التي
    // وقعتها إثيوبيا".)
    // (Not after a word of content: "الخطة التي قدمتها مصر" is a plan put forward.)
    if !(isArabic(j) && isMarker(j - 1, .contentNoun)),
      lexicon.match(tokens, at: j + 1, limit: range.upperBound).contains(where: {
        $0.entry.relation == .supports || (!opposing && $0.entry.relation == .negotiatesWith)
      })
    {
      return nil
    }
    // "الهجمات التي شهدتها سويسرا", "التي تعرضت لها": where the act took place, or who
    // suffered it, is no author.
    if isMarker(j + 1, .exposure) { return nil }
    // Arabic puts the relative clause's subject after its verb, English before it.
    let arabic = isArabic(j + 1)
    var at = arabic ? j + 2 : j + 1
    // Arabic: the act is the verb's object only through a pronoun, on the verb ("الذي شنته
    // إسرائيل") or on a preposition after it ("الذي قامت به إسرائيل"); without one the act is
    // the verb's subject and the actor after it its target ("الهجوم الذي استهدف القوات
    // الأمريكية").
    if arabic {
      let pronounOnVerb = ArabicClitics.splitEnclitic(tokens.norm(j + 1)).contains {
        !$0.enclitic.isEmpty
      }
      if !pronounOnVerb {
        guard at < range.upperBound, prepositionWithPronoun(at) else { return nil }
        at += 1
      }
    }
    if !arabic, at < range.upperBound, isMarker(at, .determiner) { at += 1 }
    // "التي وجهها زعيم الانفصاليين الأكراد": a leader's head word before the author.
    if arabic, at + 1 < range.upperBound, !mentions.contains(where: { $0.tokenStart == at }),
      isMarker(at, .personHead)
    {
      at += 1
      // "زعيم الانفصاليين الاكراد عبد الله اوغلان": the head's complement, up to three words
      // that name no actor, before the person's name.
      if !mentions.contains(where: { $0.tokenStart == at || $0.tokenStart == at + 1 }),
        let p = mentions.firstIndex(where: {
          $0.tokenStart > at && $0.tokenStart <= at + 3 && isPersonMention($0)
        }),
        (at..<mentions[p].tokenStart).allSatisfy({
          tokens[$0].kind == .arabic && !isMarker($0, .preposition) && !inMention($0)
        })
      {
        at = mentions[p].tokenStart
      }
    }
    // A nisba after its head noun: "الجيش الإسرائيلي", "القوات الإسرائيلية".
    guard
      let m = mentions.firstIndex(where: {
        $0.tokenStart == at || (arabic && $0.tokenStart == at + 1 && $0.form == .adjective)
      }),
      !excluding.contains(mentions[m].code), !isOblique(at: m),
      arabic || (mentions[m].tokenEnd < range.upperBound && tokens[mentions[m].tokenEnd].isWord)
    else { return nil }
    let authors = groupForward(m, excluding: excluding)
    // "رفضت الصومال المذكرة التي وقعتها إثيوبيا مع إقليم أرض الصومال": one who rejects an
    // agreement opposes the partner "مع"/"with" its author signed it with too (up to one word,
    // "إقليم", before the partner's name).
    if opposing, let last = authors.last, case let w = mentions.tokenEnd(last),
      w + 1 < range.upperBound, isMarker(w, .with),
      let p = mentions.firstIndex(where: { $0.tokenStart > w && $0.tokenStart <= w + 2 }),
      (w + 1..<mentions.tokenStart(p)).allSatisfy({ !isMarker($0, .preposition) }),
      !excluding.contains(mentions[p].code), !authors.contains(p)
    {
      return authors + groupForward(p, excluding: excluding)
    }
    return authors
  }

  /// Arabic: a preposition carrying a pronoun ("به", "بها", "لها", "عليه", "منها").
  func prepositionWithPronoun(_ k: Int) -> Bool {
    let w = tokens.norm(k)
    // (ب or ل by its two bytes, and the rest cut on the bytes: a String made of the scalar
    // view's slice appended the scalars one by one, some 28,000 instructions a word.)
    if w.startsWithLetter(0xD8, 0xA8) || w.startsWithLetter(0xD9, 0x84) {
      let rest = w.droppingScalars(1)
      if ArabicClitics.encliticForms.contains(where: { $0.string == rest }) { return true }
    }
    return ArabicClitics.splitEnclitic(tokens.norm(k)).contains {
      !$0.enclitic.isEmpty && lexicon.isMarker($0.stem, .preposition, arabic: true)
    }
  }

  /// Arabic: the verb's object is next to it: adverbs, at most two words (the noun whose
  /// genitive or nisba the actor is: "تصريحات ترامب", "نسخة المحققين الهولنديين") and at most one
  /// preposition ("ضد X", "التفاوض مع X"). Further away it belongs to something else ("منح
  /// الأوروبيين مزيدا من الوقت لإقناع إيران").
  /// A title and the word it governs ("وزير الخارجية" before "التركي") are the actor's own
  /// phrase and do not count, nor does a time phrase ("منذ ثلاث سنوات").
  func objectNearby(_ start: Int, _ end: Int) -> Bool {
    var words = 0
    var prepositions = 0
    var headed = false
    var j = start
    while j < end {
      defer { j += 1 }
      guard tokens[j].isWord, !isMarker(j, .adverb), !isMarker(j, .numberWord) else { continue }
      if isMarker(j, .personHead) {
        if j + 1 < end, tokens[j + 1].kind == .arabic, !isMarker(j + 1, .preposition) { j += 1 }
        continue
      }
      // "ما لا يقل عن 15 هدفا": the words of a count are no step away either.
      if inCountLead(j) { continue }
      // "في 12 يوليو/تموز": a written date of several words.
      if let e = datePhraseEnd(from: j), e - j >= 2 {
        j = e - 1
        continue
      }
      // "يقاتلون منذ سنوات ضد X": a time phrase is no step away from the verb.
      if isMarker(j, .preposition), opensTimePhrase(j) {
        j += 1  // the time noun, the year or the number ("منذ ثلاث سنوات")
        if j + 1 < end, isNumber(j), isMarker(j + 1, .timeNoun) { j += 1 }
        continue
      }
      // "أطلقت الشرطة النار على مسلحين من حزب العمال": a partitive "من" after men of a force
      // or a group names whose they are.
      if j > start, isArabic(j), tokens.norm(j).sameBytes("\u{0645}\u{0646}"),
        isMarker(j - 1, .forceNoun) || isMarker(j - 1, .groupAnaphor)
      {
        continue
      }
      if isMarker(j, .preposition), isCount(j) {
        if j + 1 < end, isMarker(j + 1, .forceNoun) { j += 1 }  // "من عناصر": the actor's own
        continue
      }
      // "تظاهر اليمنيون في صنعاء ضد X": a place phrase (a preposition of place and at most
      // three words) right after the verb and its subject, before "ضد", is no step away from
      // the verb ("دعمت روسيا الحملة في سوريا ضد X": the campaign's place and target).
      if words == 0, prepositions == 0, isMarker(j, .locative),
        let a = (j + 1..<min(end, j + 5)).first(where: { isMarker($0, .against) }),
        (j + 1..<a).allSatisfy({ tokens[$0].isWord && !isMarker($0, .preposition) })
      {
        j = a - 1
        continue
      }
      // "نقطة تفتيش للجيش العراقي": what is hit of the actor is its own words.
      if isMarker(j, .targetHead) {
        // (Only a head that opens the object: "بهجوم انتحاري استهدف قاعدة للجيش العراقي"
        // names a place after another verb.)
        if words == 0, prepositions == 0 { headed = true }
        // ("على ورشة حدادة في خان يونس": a head without the article, its genitive, and where
        // they lie.)
        if j + 2 < end, isArabic(j + 1), !isMarker(j + 1, .preposition), !inMention(j + 1),
          !ArabicClitics.hasArticleReading(tokens.norm(j)), isMarker(j + 2, .locative)
        {
          j += 2
        }
        continue
      }
      // "أغارت على قرى في جنوب لبنان": where the places hit lie is no step away either.
      if j > start, isMarker(j - 1, .targetHead), isMarker(j, .locative) { continue }
      // "استهدفوا بصاروخ باليستي مدينة جازان": the weapon and its adjective are the verb's
      // instrument, no step away from it.
      // (An actor right after an indefinite weapon is its owner, not the object: "قتل بصاروخ
      // أميركي"; after a definite one it is the object: "قصفت بالصواريخ هيئة تحرير الشام".)
      if isMarker(j, .projectile), tokens.readingPrepositions(j).contains(ReadingPrepositions.ba) {
        if j + 1 == end {
          let definite = ArabicClitics.hasArticleReading(tokens.norm(j))
          // ("بالصواريخ الأمريكية": a nisba agreeing with it is its own.)
          if definite, mentions.contains(where: { $0.tokenStart == end && $0.form == .name }) {
            continue
          }
          return false
        }
        if j + 2 < end, tokens[j + 1].kind == .arabic, !isMarker(j + 1, .preposition) { j += 1 }
        continue
      }
      // "أطلقت إسرائيل صاروخا على مواقع في جنوب لبنان": the projectile fired, right before the
      // word of its aim, is what the verb launches, no step away from what it hits.
      if isMarker(j, .projectile), j + 1 < end, isMarker(j + 1, .fireDirection) { continue }
      // "مستودعا للذخيرة تابعا للقوات الأوكرانية": the word of belonging leads to the owner.
      if lexicon.isMarker(tokens, j, .affiliation) { continue }
      // "قرى يسيطر عليها مقاتلو قسد": a force noun right before the actor is the actor's own;
      // so is a word of government before its nisba ("تابعة للحكومة السورية").
      if j + 1 == end, isMarker(j, .forceNoun) || lexicon.isMarker(tokens, j, .governmentHead) {
        continue
      }
      // ("انتقد قوات حفظ السلام الروسية": a force noun that opens the object, its genitives
      // and the nisba that names it.)
      if words == 0, prepositions == 0, isMarker(j, .forceNoun) {
        headed = true
        continue
      }
      if isMarker(j, .preposition) { prepositions += 1 } else { words += 1 }
    }
    // ("مقر هيئة الأركان العامة السورية", "منشآت نووية وعسكرية في أنحاء إيران": after a head
    // of what is hit that opens the object, its genitives and adjectives, up to four words.)
    return words <= (headed ? 4 : 2) && prepositions <= 1
  }

  /// True when the preposition at `j` opens "إلى جانب" (alongside, named list `alongside`):
  /// "وقفت مصر إلى جانب السعودية" names whom the subject stands by, not a place.
  func isAlongside(_ j: Int) -> Bool {
    j + 1 < range.upperBound && tokens[j].kind == .arabic
      && lexicon.isMarker(tokens, j + 1, .alongside)
  }

  /// True when the Arabic preposition at `j` counts the people the object names, and so is no
  /// step away from the verb: before a number ("نحو 150 متمردا", "أكثر من 20"), or a partitive
  /// "من" after a number or a counted noun ("150 متمردا من طالبان", "عشرات من") or before the
  /// members of a force ("مجموعة من عناصر كتائب القسام"), or after a delegation or an envoy
  /// ("بوفد من جماعة الحوثي").
  /// In English: "from" or "of" after a force, group or delegation noun ("two fighters from
  /// Islamic Jihad", "a delegation from Hamas"), or "of" after a number ("dozens of Hamas
  /// fighters").
  func isCount(_ j: Int) -> Bool {
    if tokens[j].kind == .latin, j > range.lowerBound, j + 1 < range.upperBound {
      let of = tokens.norm(j).sameBytes("of")
      guard of || tokens.norm(j).sameBytes("from") else { return false }
      return isMarker(j - 1, .forceNoun) || isMarker(j - 1, .groupAnaphor)
        || isMarker(j - 1, .envoyHead) || (of && isNumber(j - 1))
    }
    guard tokens[j].kind == .arabic, j + 1 < range.upperBound else { return false }
    if isNumber(j + 1) { return true }
    guard tokens.norm(j).sameBytes("\u{0645}\u{0646}") else { return false }
    return isMarker(j + 1, .forceNoun) || isNumber(j - 1) || isMarker(j - 1, .envoyHead)
      || (j - 2 >= range.lowerBound && isNumber(j - 2) && tokens[j - 1].kind == .arabic)
  }

  /// True when an event noun followed by على/ضد/on/against stands in `start..<end`.
  /// So is an Arabic attack noun whose genitive the actor is ("حذرت من غزو لبنان": Lebanon is
  /// the invasion's target, not the one warned).
  func eventBetween(_ start: Int, _ end: Int) -> Bool {
    if end - 1 >= start, end - 1 >= range.lowerBound, isArabic(end - 1),
      isMarker(end - 1, .attackNoun)
    {
      return true
    }
    // "قتل المتظاهرين الفلسطينيين": the nisba qualifies the victims of the act.
    if end - 2 >= start, end - 2 >= range.lowerBound, isArabic(end - 2),
      isMarker(end - 2, .attackNoun), tokens[end - 1].isWord, !isMarker(end - 1, .preposition)
    {
      return true
    }
    // "استنكر حزب الله اغتيال القيادي في حركة حماس": the victim is a member of the actor.
    if end - 3 >= start, end - 3 >= range.lowerBound, isArabic(end - 1),
      tokens.norm(end - 1).sameBytes("\u{0641}\u{064A}"),
      (max(start, end - 4)...(end - 3)).contains(where: {
        isArabic($0) && isMarker($0, .attackNoun)
      })
    {
      return true
    }
    guard end - start >= 2 else { return false }
    return (start..<(end - 1)).contains { j in
      isMarker(j, .attackNoun)
        && (j + 1..<end).contains {
          isMarker($0, .eventTarget)
            // "the killing of Palestinian protesters": the act's victims.
            || (tokens.norm($0).equalsWord("of") && $0 == j + 1)
        }
    }
  }

  /// "condemned the killing of X by Y", "أدان قتل X من قبل Y / على يد Y": the author of an act
  /// named after the verb, after "by", "من قبل" or "على يد" within a few words; in Arabic also
  /// the nisba that follows the act's noun ("أدانت مصر القصف التركي", "الغارات الجوية
  /// الإسرائيلية").
  func eventAuthor(after start: Int, excluding: ExcludedCodes) -> [Int]? {
    let end = min(range.upperBound, start + 10)
    guard
      let act = (start..<min(end, start + 3)).first(where: {
        isMarker($0, .attackNoun) || joinedStance($0)
      }), !joinedStance(act)
    else {
      // "حذر السفير الروسي في واشنطن من تداعيات الضربة الأمريكية": further on, with only places
      // and no clause boundary before it, the act's nisba is still its author.
      guard
        let act = (start..<end).first(where: {
          isMarker($0, .attackNoun) || tokens[$0].kind == .stop || tokens[$0].kind == .comma
            || isMarker($0, .relative) || isMarker($0, .complementizer) || joinedStance($0)
        }), isMarker(act, .attackNoun),
        !mentions.contains(where: {
          $0.tokenStart >= start && $0.tokenEnd <= act && !$0.code.isEmpty
            && !excluding.contains($0.code) && !isLocative($0)
        })
      else { return nil }
      // ("وأدانت فرنسا في مجلس الأمن هجوم الحركة": or its genitive, as right after the verb.)
      return nisbaAuthor(of: act, excluding: excluding)
        ?? genitiveAuthor(of: act, excluding: excluding).map {
          groupForward($0, excluding: excluding)
        }
    }
    for j in start..<end {
      if tokens[j].kind == .stop { break }
      guard let a = agentWords(at: j) else { continue }
      guard let k = firstAfter(a, sameClause: true, maxDistance: 2, excluding: excluding) else {
        break
      }
      return groupForward(k, excluding: excluding)
    }
    // "the killing of three Palestinians in an Israeli raid": the raid's nisba is the author.
    if !isArabic(act),
      let k = englishAttackNisbaAuthor(
        after: act, end: min(range.upperBound, act + 12), excluding: excluding)
    {
      return groupForward(k, excluding: excluding)
    }
    if let k = genitiveAuthor(of: act, excluding: excluding) {
      return groupForward(k, excluding: excluding)
    }
    // "أدانت مصر هجوما شنته إسرائيل على غزة": the subject of the light verb after the act.
    if isArabic(act), let (k, _) = relativeLightVerbSubject(after: act + 1, indefinite: true),
      !excluding.contains(mentions[k].code)
    {
      return groupForward(k, excluding: excluding)
    }
    return nisbaAuthor(of: act, excluding: excluding)
  }

  /// "أدانت مصر قصف إسرائيل لمدرسة في غزة", "استهداف الجيش الإسرائيلي لمدرسة": the actor in
  /// the genitive of an Arabic act noun without article, when a ل-object (the one hit) follows
  /// it, is the act's author. Without the ل the genitive is the victim ("تهجير الفلسطينيين").
  func genitiveAuthor(of act: Int, excluding: ExcludedCodes) -> Int? {
    // "أدانت فرنسا هجوم الحركة": the genitive of an act whose own verb takes no object (named
    // list `agent_genitive`: "هجوم", "غارات", "عدوان") is its author, with no ل-object after it.
    let agentOnly = lexicon.isMarker(tokens, act, .agentGenitive)
    guard isArabic(act), !ArabicClitics.hasArticleReading(tokens.norm(act)),
      let k = mentions.firstIndex(where: {
        // (A name: a nisba right after the noun is its adjective, "حذرت من غزو روسي لليبيا",
        // an act that may not happen; see `nisbaAuthor`.)
        ($0.tokenStart == act + 1 && ($0.form == .name || (agentOnly && $0.form == .anaphor)))
          // ("قصف القوات الروسية لمدينة خاركيف": a definite head and its nisba.)
          || ($0.tokenStart == act + 2 && $0.form == .adjective && isArabic(act + 1)
            && ArabicClitics.hasArticleReading(tokens.norm(act + 1))
            && !isMarker(act + 1, .preposition))
      }),
      // (No preposition on it; the article is part of `proclitic`.)
      ![0x0628, 0x0644, 0x0643].contains(Self.letterAfterConjunction(mentions[k].proclitic)),
      !mentions[k].code.isEmpty,
      !excluding.contains(mentions[k].code)
    else { return nil }
    if agentOnly { return k }
    let after = mentions[k].tokenEnd
    guard after < range.upperBound, isArabic(after),
      tokens.readingPrepositions(after).contains(ReadingPrepositions.lam)
    else { return nil }
    return k
  }

  /// The nisba that describes the definite Arabic act noun at `act`, right after it or after
  /// one more adjective ("القصف التركي", "الغارات الجوية الإسرائيلية"): the act's author. An
  /// indefinite act ("حذرت من غزو روسي") may not have happened; its author is left alone.
  func nisbaAuthor(of act: Int, excluding: ExcludedCodes) -> [Int]? {
    guard isArabic(act), ArabicClitics.hasArticleReading(tokens.norm(act)),
      let k = mentions.firstIndex(where: {
        $0.tokenStart > act && $0.tokenStart <= act + 2 && !$0.code.isEmpty
      }),
      mentions[k].form == .adjective, !excluding.contains(mentions[k].code),
      (act + 1..<mentions[k].tokenStart).allSatisfy({
        tokens[$0].kind == .arabic && !isMarker($0, .preposition) && looksLikeNisba(tokens.norm($0))
      })
    else { return nil }
    return groupForward(k, excluding: excluding)
  }

  /// Where the agent starts when the words at `j` introduce one: "by", "من قبل", "على يد"
  /// (folded: "علي يد"), "برصاص" (by the bullets of), "بنيران" (by the fire of).
  func agentWords(at j: Int) -> Int? {
    if tokens[j].kind == .latin { return tokens.norm(j).equalsWord("by") ? j + 1 : nil }
    guard tokens[j].kind == .arabic, j + 1 < range.upperBound else { return nil }
    let (w, next) = (tokens.norm(j), tokens.norm(j + 1))
    if w.sameBytes("\u{0628}\u{0631}\u{0635}\u{0627}\u{0635}")
      || w.sameBytes("\u{0628}\u{0646}\u{064A}\u{0631}\u{0627}\u{0646}")
    {
      return j + 1
    }
    if w.sameBytes("\u{0645}\u{0646}") && next.sameBytes("\u{0642}\u{0628}\u{0644}")
      || w.sameBytes("\u{0639}\u{0644}\u{064A}") && next.sameBytes("\u{064A}\u{062F}")
    {
      return j + 2
    }
    return nil
  }

  /// "the claim from Berlin", "accusations by Ankara": the author of words rejected or
  /// condemned is the one they are aimed at.
  func isContentSource(_ m: Mention) -> Bool {
    let j = m.tokenStart - 1
    guard j - 1 >= range.lowerBound,
      tokens.norm(j).sameBytes("from") || tokens.norm(j).sameBytes("by")
        || tokens.norm(j).sameBytes("of")
    else {
      return false
    }
    return isMarker(j - 1, .contentNoun)
  }

  /// True when a locative or other non-object preposition (في، من، in, from, ...) governs
  /// the mention: such an actor is a place or a partitive, not the verb's object.
  func isLocative(_ m: Mention) -> Bool {
    if !placeStarts.isEmpty, placeStarts.contains(m.tokenStart) { return false }
    if governmentIn(m) { return false }  // "المجلس العسكري في النيجر"
    var j = m.tokenStart - 1
    while j > range.lowerBound, tokens[j].kind == .other || tokens[j].kind == .quote { j -= 1 }
    // "شمال بغداد", "جنوب لبنان": north of, south of.
    // (English direction adjectives are read by `isOblique`: "attacked northern Ukraine" hits it.)
    // Not after a word of aim ("غارات على جنوب لبنان", "صواريخ باتجاه شمال إسرائيل"): the
    // region is hit. (Right after another actor, "اشتباكات مع الدعم السريع جنوب الخرطوم", it
    // is where.)
    if j >= range.lowerBound, m.form == .name, tokens[j].kind == .arabic, isMarker(j, .direction) {
      return !(j - 1 >= range.lowerBound && isMarker(j - 1, .fireDirection))
    }
    if m.form == .adjective, j >= range.lowerBound, tokens[j].isWord, !isMarker(j, .preposition) {
      j -= 1
    }
    guard j >= range.lowerBound else { return false }
    if isEachOf(j) { return false }  // "كل من X و Y"
    return isMarker(j, .locative)
  }
}

extension SentenceContext {
  /// True when the English "and" at `j` joins a verb in the past tense ("-ed") that is a verb
  /// cue of a relation, or a cue of speech: "welcomed the decision and condemned Hamas", "and
  /// said". What follows is another predicate of the subject. (Not a verb of asking: "condemned
  /// the coup and urged the junta to" is read as one stance on the junta.)
  func joinsEnglishPastVerb(_ j: Int) -> Bool {
    guard tokens[j].kind == .latin, tokens.norm(j).sameBytes("and"), j + 1 < range.upperBound,
      tokens[j + 1].kind == .latin, !tokens[j + 1].capitalized
    else { return false }
    guard tokens[j + 1].lex.may(TokenLex.cue) else { return false }
    let past = tokens.norm(j + 1).hasByteSuffix("ed")
    return lexicon.match(tokens, at: j + 1, limit: min(range.upperBound, j + 4)).contains {
      $0.tokenStart == j + 1
        && ($0.entry.frame == .speech
          || (past && $0.entry.frame == .verb && $0.entry.relation != nil))
    }
  }
}

extension SentenceContext {
  /// True when the English "and" at `j` joins a light verb in the past ("condemned Russia's
  /// strikes and expressed solidarity with Ukraine"): another predicate of the subject, whose
  /// object is its own, even right after a noun cue.
  func joinsEnglishLightVerb(_ j: Int) -> Bool {
    tokens[j].kind == .latin && tokens.norm(j).sameBytes("and") && j + 1 < range.upperBound
      && tokens[j + 1].kind == .latin && tokens.norm(j + 1).hasByteSuffix("ed")
      && isMarker(j + 1, .lightVerb)
  }
}
