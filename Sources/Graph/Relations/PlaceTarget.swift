/// An attack on a state's places: "شنت الطائرات التركية غارات على الأراضي العراقية", "Russian
/// missiles hit Ukrainian cities", "Turkish jets struck targets in Iraqi territory". The nisba of a
/// place names no actor (`ActorMatcher.dropModifiers`), but when an act of force has no other
/// target, the state whose places it hits is its target. So is a region of a state named right
/// where the object stands ("قصفت إسرائيل جنوب لبنان": `regionObjects`), and the state after
/// "في" of places named as the object ("قصفت إسرائيل مواقع في لبنان").
extension Extractor {
  /// The pairs of strikes `cue` read again with the place nisbas of its sentence (`places`,
  /// `ActorMatcher.placeNisbas`) as mentions: only those whose target is such a place and whose
  /// source is not. (A ban's cue is read so with the nisbas of goods, `goodsNisbas`.)
  func placeTargets(
    _ ctx: SentenceContext, _ cue: Lexicon.Match, places: [Mention], date: String?
  ) -> [Candidate] {
    guard cue.entry.frame == .verb || cue.entry.frame == .noun else { return [] }
    guard !places.isEmpty else { return [] }
    let known = Set(ctx.mentions.map(\.tokenStart))
    let added = places.filter { !known.contains($0.tokenStart) }
    var p = SentenceContext(
      tokens: ctx.tokens, range: ctx.range,
      mentions: (ctx.mentions + added).sorted { $0.tokenStart < $1.tokenStart }, lexicon: lexicon)
    p.gazetteer = ctx.gazetteer
    p.personCodes = ctx.personCodes
    p.placeStarts = Set(places.map(\.tokenStart))
    let found =
      cue.entry.frame == .verb
      ? p.verbRule(cue, speaker: nil, previousSubject: []) : p.nounRule(cue)
    return found.filter { c in
      p.placeStarts.contains(c.target.tokenStart) && !p.placeStarts.contains(c.source.tokenStart)
        // "بدأت السعودية عملية عسكرية في اليمن ... لاستعادة شرعية الرئيس عبد ربه منصور هادي":
        // a state whose own leader or body the sentence names after the act is no place hit
        // (the act may be on its behalf).
        // ("... في إيران، في عملية أسفرت عن مقتل القائد العام للحرس الثوري": not ones the act
        // killed, named after a word whose genitive is a victim, `victim_genitive`.)
        // ("... على العاصمة السورية، منذ سقوط نظام بشار الأسد": not a leader out of office on
        // the report's day.)
        && !ctx.mentions.contains(where: { m in
          m.tokenStart > cue.tokenStart && m.code == c.target.code && m.actor != m.code
            && ctx.gazetteer?.entry(m.actor)?.isValid(on: date) ?? true
            && !(cue.tokenEnd..<m.tokenStart).contains(where: {
              ctx.lexicon.isMarker(ctx.tokens, $0, .victimGenitive)
            })
        })
    }
  }
}

extension SentenceContext {
  /// States named after a direction word where the object of `cue` stands: right after the verb
  /// or noun ("إسرائيل قصفت جنوب لبنان", "شنت غارات شمال العراق") or right after the subject that
  /// follows the verb ("قصفت إسرائيل جنوب لبنان"). `isLocative` reads "جنوب لبنان" as where something happens; when the act of force
  /// has no other target, the region is what it hits. Not after another object ("استهدفوا سفينة
  /// قبالة اليمن": the ship is hit, off Yemen).
  func regionObjects(of cue: Lexicon.Match) -> [Mention] {
    guard cue.entry.frame == .verb || cue.entry.frame == .noun, let gazetteer else { return [] }
    if tokens[cue.tokenStart].kind == .latin { return englishPlaceObject(of: cue, gazetteer) }
    var out: [Mention] = []
    /// Right after the verb or noun, or right after the subject that follows the verb.
    /// ("قصف الطيران الحربي الاسرائيلي جنوب لبنان": a head and its adjective before the
    /// subject's nisba.)
    func objectPlace(_ p: Int) -> Bool {
      p == cue.tokenEnd
        || cue.entry.frame == .verb
          // (By index, in place: `contains(where:)` on the array copied each mention.)
          && mentions.indices.contains(where: { k in
            mentions[k].tokenEnd == p && mentions[k].tokenStart >= cue.tokenEnd
              && mentions[k].tokenStart <= cue.tokenEnd + 2
              && (cue.tokenEnd..<mentions[k].tokenStart).allSatisfy { tokens[$0].kind == .arabic }
          })
    }
    /// The object's place past what a verb may put before it: the projectile it fires, with
    /// its count ("أطلقت مروحية إسرائيلية صاروخا على سيارة في ..."), or a time phrase ("إن
    /// طائرة إسرائيلية أغارت الليلة الماضية على ورشة في ...").
    func objectSlot(_ p: Int) -> Bool {
      if objectPlace(p) { return true }
      guard cue.entry.frame == .verb, p - 1 >= cue.tokenEnd else { return false }
      var q = p - 1
      if isMarker(q, .projectile) || lexicon.isMarker(tokens, q, .gunfire), !inMention(q) {
        if q - 1 >= cue.tokenEnd, isNumber(q - 1) || isMarker(q - 1, .numberWord) { q -= 1 }
        return objectPlace(q)
      }
      if let s = datePhraseStart(endingAt: q), s >= cue.tokenEnd { return objectPlace(s) }
      // ("الليلة الماضية": a bare time phrase of two words.)
      if q - 1 >= cue.tokenEnd, datePhraseEnd(from: q - 1) == p { return objectPlace(q - 1) }
      // ("أغارت طائرة إسرائيلية أمس على ...": an adverb of time.)
      if isMarker(q, .adverb), !inMention(q) { return objectPlace(q) }
      // ("قصفت دبابة إسرائيلية عدة منازل في ...", "عشرات المباني", "أحد المنازل", "عددا من
      // المنازل": a count of the places hit.)
      if !inMention(q), countsPlaces(q) { return objectPlace(q) }
      if q - 1 >= cue.tokenEnd, tokens.norm(q).sameBytes("\u{0645}\u{0646}"),
        isNumber(q - 1) || lexicon.isMarker(tokens, q - 1, .quantityNoun)
      {
        return objectPlace(q - 1)
      }
      return false
    }
    /// Where a noun's own على would stand: right after it, or after one adjective of it ("غارة
    /// جوية على").
    let adjective =
      cue.tokenEnd + 1 < range.upperBound && tokens[cue.tokenEnd].kind == .arabic
      && !inMention(cue.tokenEnd)
      && (looksLikeNisba(tokens.norm(cue.tokenEnd), minimumLetters: 4)
        || lexicon.isMarker(tokens, cue.tokenEnd, .actAdjective))
    let nounEnd = adjective ? cue.tokenEnd + 1 : cue.tokenEnd
    /// A target head at `h` in the object's place; after a noun its على may come first ("غارات
    /// على مواقع في شمال العراق"), and after a verb's subject ("أغارت إسرائيل على قرى في جنوب
    /// لبنان").
    func headedObject(_ h: Int) -> Bool {
      objectSlot(h)
        || (cue.entry.frame == .noun && h - 1 == nounEnd && nounEnd < range.upperBound
          && (isMarker(nounEnd, .eventTarget) || countsPlaces(nounEnd)))
        // ("ضربات صاروخية على تسعة مواقع في باكستان": a count after the على.)
        || (cue.entry.frame == .noun && h - 2 == nounEnd && isMarker(nounEnd, .eventTarget)
          && !inMention(h - 1) && countsPlaces(h - 1))
        || (cue.entry.frame == .verb && h - 1 > cue.tokenEnd && isMarker(h - 1, .eventTarget)
          && objectSlot(h - 1))
    }
    // (The mentions are read by index, in place: `for m in mentions` copied each, three
    // Strings.)
    for k in mentions.indices where mentions[k].form == .name && mentions[k].proclitic.isEmpty {
      let start = mentions[k].tokenStart
      // "قصفت المدفعية الإسرائيلية بلدات في جنوب لبنان", "مواقع في لبنان": the places hit, named
      // by a target head in the object's place, are in the state after "في" (and a direction).
      // ("منشآت نفطية في مدينة جيزان": a place head between.)
      if let h = headOfPlacesIn(start, after: cue), headedObject(h),
        gazetteer.codeKind(mentions[k]) == .state
      {
        out.append(mentions[k])
        continue
      }
      let d = start - 1
      guard d > cue.tokenEnd - 1, tokens[d].kind == .arabic, isMarker(d, .direction),
        gazetteer.codeKind(mentions[k]) == .state
      else { continue }
      // The subject may be a nisba after its head ("هاجمت القوات الروسية شرق أوكرانيا").
      // "استهدفت إسرائيل مواقع عسكرية جنوب سوريا": a target head with its nisbas before the
      // direction.
      if objectPlace(d) || (targetHead(before: d, after: cue).map(headedObject) ?? false) {
        out.append(mentions[k])
      }
    }
    return out
  }

  /// The target head ("مواقع", "منشآت") right before token `f`, or before one or two nisbas
  /// right before it ("مواقع عسكرية", "منشآت نفطية حيوية") that are no actor's; after the cue.
  /// Of heads joined by و, the first.
  func targetHead(before f: Int, after cue: Lexicon.Match) -> Int? {
    // (With its article too: "أحد المنازل في".)
    func head(_ h: Int) -> Bool {
      isMarker(h, .targetHead) || lexicon.isArticleMarker(tokens[h], .targetHead)
    }
    var h = f - 1
    var adjectives = 0
    var owners = 0
    // ("مواقع للمسلحين الأكراد في شمال سوريا": an owner with ل that names no actor, once.)
    while h > cue.tokenEnd, adjectives < 2, tokens[h].kind == .arabic, !head(h), !inMention(h) {
      if looksLikeNisba(tokens.norm(h)) {
        adjectives += 1
      } else if owners == 0, tokens.readingPrepositions(h).contains(ReadingPrepositions.lam) {
        owners += 1
      } else if owners == 0, adjectives == 0, isMarker(h - 1, .targetHead),
        !ArabicClitics.hasArticleReading(tokens.norm(h - 1))
      {
        // ("ورشة حدادة في", "منزل عائلة في": the genitive of a head without the article.)
        owners += 1
      } else {
        break
      }
      h -= 1
    }
    guard h >= cue.tokenEnd, tokens[h].kind == .arabic, head(h) else { return nil }
    // "مواقع عسكرية ومراكز أبحاث في دمشق": a head joined by و to one before it; the first
    // stands where the object does.
    if h > cue.tokenEnd, tokens.norm(h).startsWithLetter(0xD9, 0x88),
      let first = targetHead(before: h, after: cue)
    {
      return first
    }
    return h
  }

  /// Arabic: how many of the tokens in `start..<end` belong to a target head joined by و to
  /// an earlier one ("مواقع عسكرية ومراكز أبحاث تابعة للحكومة السورية": "ومراكز" and its
  /// genitive "أبحاث"). They add no reach to the object: the first head stands where it does.
  func joinedHeadWords(_ start: Int, _ end: Int) -> Int {
    var words = 0
    var seen = false
    var j = start
    while j < end {
      defer { j += 1 }
      guard tokens[j].kind == .arabic, isMarker(j, .targetHead) else { continue }
      if seen, tokens.norm(j).startsWithLetter(0xD9, 0x88) {
        words += 1
        // (The head's genitive or adjective, when it is no actor's and leads nowhere.)
        if j + 1 < end, tokens[j + 1].kind == .arabic, !inMention(j + 1),
          !isMarker(j + 1, .preposition), !lexicon.isMarker(tokens, j + 1, .affiliation)
        {
          words += 1
          j += 1
        }
      }
      seen = true
    }
    return words
  }

  /// "بقصف أحد المنازل في مخيم جباليا", "بقصف منازل في غزة": the state where the places hit by an
  /// act with ب lie (the index of its mention): a target head right after the act (or after a
  /// count of the places), "في", a place head or a direction, and the state's name, the first
  /// actor after the act. Nil when the act is not so followed.
  func placeHitAfterAct(_ cue: Lexicon.Match) -> Int? {
    guard let gazetteer,
      let i = mentions.firstIndex(where: { $0.tokenStart >= cue.tokenEnd }),
      mentions[i].tokenStart - cue.tokenEnd <= 7, mentions[i].form == .name,
      mentions[i].proclitic.isEmpty, gazetteer.codeKind(mentions[i]) == .state
    else { return nil }
    guard let h = headOfPlacesIn(mentions[i].tokenStart, after: cue) else { return nil }
    if h == cue.tokenEnd { return i }
    return h - 1 == cue.tokenEnd && countsPlaces(h - 1) ? i : nil
  }

  /// The target head of places named as lying in the state whose name starts at token `start`:
  /// "مواقع في لبنان", "منازل في جنوب لبنان", "منشآت نفطية في مدينة جيزان" ("في", then a
  /// direction or a place head; the head as `targetHead` finds it), after the cue. Nil when the
  /// name is not so preceded.
  func headOfPlacesIn(_ start: Int, after cue: Lexicon.Match) -> Int? {
    var f = start - 1
    if f > cue.tokenEnd, tokens[f].kind == .arabic, isMarker(f, .direction) { f -= 1 }
    if f > cue.tokenEnd, tokens[f].kind == .arabic,
      lexicon.isWholeWordMarker(tokens, f, .placeHead)
    {
      f -= 1
    }
    guard f > cue.tokenEnd, tokens[f].kind == .arabic,
      tokens.norm(f).sameBytes("\u{0641}\u{064A}")
    else { return nil }
    return targetHead(before: f, after: cue)
  }

  /// A count before the places hit: a number, "عدة" (several), "أحد" or "إحدى" (one of).
  func countsPlaces(_ j: Int) -> Bool {
    isNumber(j) || isOneOf(j) || tokens.norm(j).sameBytes("\u{0639}\u{062F}\u{0647}")
  }

  /// "أحد", "إحدى" (one of): the count before a definite plural of places hit.
  func isOneOf(_ j: Int) -> Bool {
    let w = tokens.norm(j)
    return w.sameBytes("\u{0627}\u{062D}\u{062F}")
      || w.sameBytes("\u{0627}\u{062D}\u{062F}\u{064A}")
  }

  /// "Russian missiles hit a hospital in Kyiv", "Israel struck positions in southern Lebanon",
  /// "hit a military airport near Damascus", "the IRA killed two people in London", "an attack
  /// on a military base outside Bamako": the English object of an act of force, a place or the
  /// people hit (its last word of list `target_head`) named by no actor, stands in the state
  /// named after its "in", "near", "outside" or "across" (and a direction: "killed 30 people
  /// across Gaza").
  /// Nothing when the object names an actor of its own or holds another preposition.
  func englishPlaceObject(of cue: Lexicon.Match, _ gazetteer: Gazetteer) -> [Mention] {
    let c = clauseOf(cue.tokenStart)
    // ("struck the power stations and water infrastructure in Gaza": two heads.)
    let end = min(range.upperBound, cue.tokenEnd + 8)
    guard
      let inAt = (cue.tokenEnd..<end).first(where: {
        tokens[$0].kind == .latin
          && (tokens.norm($0).equalsWord("in") || tokens.norm($0).equalsWord("near")
            || tokens.norm($0).equalsWord("outside") || tokens.norm($0).equalsWord("across"))
      }),
      inAt > cue.tokenEnd,
      // ("captured the town of Avdiivka in eastern Ukraine": a head, "of" and the place's own
      // name, one to three capitalized words no actor names.)
      case let named = namedPlace(before: inAt, from: cue.tokenEnd),
      isMarker(inAt - 1, .targetHead) || named != nil,
      (cue.tokenEnd..<inAt).allSatisfy({ j in
        (tokens[j].kind == .latin || tokens[j].kind == .quote || tokens[j].kind == .number)
          && clauseOf(j) == c
          // ("killed at least 30 people in Gaza": "at" of a number is no place's.)
          && (!isMarker(j, .preposition) || j == named
            || (tokens.norm(j).equalsWord("at") && j + 1 < inAt
              && (tokens.norm(j + 1).equalsWord("least") || tokens.norm(j + 1).equalsWord("most"))))
      }),
      !mentions.contains(where: { $0.tokenStart >= cue.tokenEnd && $0.tokenStart < inAt })
    else { return [] }
    return englishState(after: inAt, gazetteer).map { [$0] } ?? []
  }

  /// The "of" of "the town of Avdiivka" before the English "in" at `inAt`: one to three
  /// capitalized words that no actor names right before `inAt`, "of" before them and a target
  /// head before it, all after `from`. Nil otherwise.
  func namedPlace(before inAt: Int, from: Int) -> Int? {
    var j = inAt - 1
    while j > from, inAt - j <= 3, tokens[j].kind == .latin, tokens[j].capitalized, !inMention(j) {
      j -= 1
    }
    guard j < inAt - 1, j > from, tokens.norm(j).equalsWord("of"), isMarker(j - 1, .targetHead)
    else {
      return nil
    }
    return j
  }

  /// The state named after the English "in", "near", "outside" or "across" at `inAt` (past
  /// "the" and a direction: "in the northern Gaza Strip"); nil when "against" follows it
  /// ("launched airstrikes in northern Iraq against the PKK": the strikes name their target).
  func englishState(after inAt: Int, _ gazetteer: Gazetteer) -> Mention? {
    var p = inAt + 1
    if p < range.upperBound, tokens[p].kind == .latin, tokens.norm(p).equalsWord("the") { p += 1 }
    if p < range.upperBound, tokens[p].kind == .latin, isMarker(p, .direction) { p += 1 }
    guard let m = mentions.first(where: { $0.tokenStart == p }),
      m.form == .name || regionNisba(m),
      gazetteer.codeKind(m) == .state,
      !(m.tokenEnd..<min(range.upperBound, m.tokenEnd + 2)).contains(where: {
        isMarker($0, .against)
      })
    else { return nil }
    return m
  }

  /// "شنت إسرائيل غارات في جنوب لبنان", "عملية عسكرية داخل قطاع غزة", "Israel launched
  /// airstrikes in southern Lebanon": the state where a noun of strikes (named list
  /// `place_strike`; in English the last word of a verb's cue) takes place, which it hits when
  /// it names no other target. Read for a state's strikes only (`Extractor`): a group's attack
  /// in the land it lives in ("شنت حماس هجوما في غزة") is no attack on that land.
  func strikePlaces(of cue: Lexicon.Match) -> [Mention] {
    guard let gazetteer, cue.tokenEnd + 1 < range.upperBound else { return [] }
    if tokens[cue.tokenStart].kind == .latin {
      guard cue.entry.frame == .verb, tokens[cue.tokenEnd].kind == .latin,
        tokens.norm(cue.tokenEnd).equalsWord("in"),
        lexicon.isMarker(tokens, cue.tokenEnd - 1, .placeStrike)
      else { return [] }
      return englishState(after: cue.tokenEnd, gazetteer).map { [$0] } ?? []
    }
    guard cue.entry.frame == .noun, lexicon.isMarker(tokens, cue.tokenStart, .placeStrike) else {
      return []
    }
    // (Past one adjective of the noun: "غارات جوية في".)
    var f = cue.tokenEnd
    if tokens[f].kind == .arabic, !inMention(f), looksLikeNisba(tokens.norm(f), minimumLetters: 4) {
      f += 1
    }
    guard f + 1 < range.upperBound, tokens[f].kind == .arabic,
      tokens.norm(f).sameBytes("\u{0641}\u{064A}")
        || tokens.norm(f).sameBytes("\u{062F}\u{0627}\u{062E}\u{0644}")
    else { return [] }
    var p = f + 1
    if p < range.upperBound, tokens[p].kind == .arabic, isMarker(p, .direction) { p += 1 }
    if p < range.upperBound, tokens[p].kind == .arabic,
      lexicon.isWholeWordMarker(tokens, p, .placeHead)
    {
      p += 1
    }
    guard let m = mentions.first(where: { $0.tokenStart == p }), m.form == .name,
      m.proclitic.isEmpty, gazetteer.codeKind(m) == .state
    else { return [] }
    return [m]
  }

  /// "in Pakistani Kashmir", "in Iraqi Kurdistan": a nisba before a capitalized word that names
  /// no actor and ends its phrase (a region of the nisba's state).
  func regionNisba(_ m: Mention) -> Bool {
    let r = m.tokenEnd
    guard m.form == .adjective, r < range.upperBound, tokens[r].kind == .latin,
      tokens[r].capitalized, !inMention(r)
    else { return false }
    return r + 1 >= range.upperBound || tokens[r + 1].kind != .latin
      || isMarker(r + 1, .preposition)
  }
}
