/// The last attack a document told, so that a later sentence can name it without its actors:
/// "X condemned the attack" (X opposes its agent), "Y claimed responsibility for the attack"
/// (Y strikes its target).
struct AttackMemory {
  /// The sentence that told the attack.
  var sentence: Sentence
  /// Its agent and target, where that sentence named them.
  var source: Argument?
  var target: Argument?
  /// The other agents of the same attack ("U.S. and British warplanes struck ..."), each of
  /// whom a reaction to it concerns too.
  var partners: [Argument] = []

  /// Whether the act told was a storming ("اقتحم", "اقتحام", "stormed"): a reaction to "the
  /// storming" (`SentenceContext.namesStorming`) concerns no other act.
  var storming = false

  /// The last sentence that named the attack again by a bare noun and nothing else ("وتأتي
  /// الغارات بعد أيام من ..."), -1 for none: the attack stays the topic from there.
  var namedAgain = -1

  /// The agent and its partners.
  var agents: [Argument] { (source.map { [$0] } ?? []) + partners }

  /// How many sentences sentence `index` comes after the attack was told or last named again.
  func gap(at index: Int) -> Int { index - max(sentence.index, namedAgain) }

  /// Whether sentence `index` may still name the attack again: it comes after the attack,
  /// within `window` of it or of its last naming.
  func mayBeNamedAgain(in index: Int) -> Bool {
    sentence.index < index && gap(at: index) <= Self.window
  }

  /// Notes that sentence `index` names the attack again when the noun cue at token `start` is a
  /// bare attack noun that names the told act ("وتأتي الغارات بعد أيام من ...").
  mutating func noteNamedAgain(at start: Int, in ctx: SentenceContext, sentence index: Int) {
    guard mayBeNamedAgain(in: index), ctx.isMarker(start, .attackNoun),
      ctx.namesToldAct(start, told: target?.code)
    else { return }
    namedAgain = index
  }

  /// How many sentences back an attack may be named again by a bare noun.
  static let window = 2

  /// Whether this attack, told within `window` sentences before sentence `index`, stays the
  /// one remembered over the strike `c` that cue `cue` tells there:
  /// - clashes, each side striking the other ("... killed in clashes with the rebels. France
  ///   and Britain condemned the offensive.");
  /// - an attack answered ("in what Tehran called a response to American strikes", "ردا على
  ///   الغارة الإسرائيلية"): background to the one told first; and the answer itself
  ///   ("South Korea returned fire"), which later reactions are not about;
  /// - the one hit bringing down the attacker's craft ("Pakistani air defences had shot down
  ///   five Indian aircraft"): a defence against this attack.
  func staysOver(
    _ c: Candidate, told cue: Lexicon.Match, in ctx: SentenceContext, sentence index: Int
  ) -> Bool {
    guard index - sentence.index <= Self.window else { return false }
    if c.rule.hasSuffixBytesFirst("mutual") || c.rule == "joint-with" { return true }
    if ctx.answersAttack(cue) || ctx.isAnswerCue(cue) { return true }
    guard source?.code == c.target.code, target?.code == c.source.code else { return false }
    for j in cue.tokenStart..<cue.tokenEnd
    where ctx.lexicon.isMarker(ctx.tokens, j, .projectileStop) {
      return true
    }
    return false
  }
  /// How many sentences back an attack may be condemned by a bare noun, when no attack was
  /// told since ("Israel struck Hamas leaders in Doha. ... Saudi Arabia and Egypt also
  /// condemned the strike", four sentences on).
  static let condemnationWindow = 5
}

extension SentenceContext {
  /// The named side of an attack cue whose rule found no pair: the victim of an English passive
  /// ("six NATO soldiers were killed"), else a verb's object (or the state of the places or
  /// people it hits, `regionObjects`) or the subject before it. Nothing
  /// for a definite noun ("the attack", "الهجوم"), which names an attack told before, nor for an
  /// Arabic subject after the verb and a number, the victims of a passive ("قتل عشرة جنود أتراك").
  /// (`found`: the subject the verb frame found for the cue, if it looked.)
  func partialAttack(_ cue: Lexicon.Match, found: FoundSubject? = nil) -> (
    source: Argument?, target: Argument?
  ) {
    let arabic = isArabic(cue.tokenStart)
    if arabic
      ? cue.proclitic.hasByteSuffix(ArabicClitics.article) : isDeterminedNounPastModifiers(cue)
    {
      return (nil, nil)
    }
    if !arabic, cue.entry.frame == .verb, isEnglishPassive(cue) {
      let t = nearestBefore(cue.tokenStart, sameClause: true, subjectsOnly: true, maxDistance: 8)
      // ("Houthi spokesman Yahya Saree said five fighters had been killed": the speaker is no
      // victim; the passive's subject stands after the verb of saying.)
      guard let k = t,
        !(mentions[k].tokenEnd..<cue.tokenStart).contains(where: {
          tokens[$0].kind == .latin
            && lexicon.match(tokens, at: $0, limit: $0 + 1).contains { $0.entry.frame == .speech }
        })
      else { return (nil, nil) }
      return (nil, Argument(mentions, k))
    }
    guard cue.entry.frame == .verb else { return (nil, nil) }
    var source: Argument?
    let s = found?.subject(of: cue) ?? subject(of: cue)
    // "called the raid a terrorist massacre": a label, no act told.
    if let s, namesAct(subject: s, cue) { return (nil, nil) }
    if let s, !(arabic && s.after && countsVictims(cue)), let k = s.group.first,
      !relativeOfOtherNoun(subject: s, cue)
    {
      source = Argument(mentions, k)
    }
    // The object comes after a VSO subject.
    var target = object(after: cue.tokenEnd, excluding: source.map { [$0.code] } ?? [])?
      .first.map { Argument(mentions, $0) }
    // "A suicide bomber killed 20 people in Kabul": the state of the places or people hit.
    if target == nil, let place = regionObjects(of: cue).first, place.code != source?.code {
      target = Argument(place)
    }
    return (source, target)
  }

  /// English: whether a verb of naming (list `naming_verb`) stands between the subject found
  /// before the cue and the cue, at most eight tokens before it: "Bereket Simon called the raid
  /// a terrorist massacre" (the cue read as a verb), where the subject names the act and did
  /// not commit it.
  func namesAct(subject s: (group: [Int], after: Bool), _ cue: Lexicon.Match) -> Bool {
    guard !s.after, let last = s.group.last, !isArabic(cue.tokenStart) else { return false }
    let from = max(mentions.tokenEnd(last), cue.tokenStart - 8)
    guard from < cue.tokenStart else { return false }
    return (from..<cue.tokenStart).contains {
      tokens[$0].kind == .latin && lexicon.isMarker(tokens, $0, .namingVerb)
    }
  }

  /// Whether a relative pronoun between the subject found before the cue and the cue opens a
  /// clause on another noun: "Kurti accused Serbia of backing a group of gunmen who stormed a
  /// village" (the gunmen storm, not Kurti). Not when the relative follows the subject at once
  /// (or after a comma): "the RSF, which attacked".
  func relativeOfOtherNoun(subject s: (group: [Int], after: Bool), _ cue: Lexicon.Match) -> Bool {
    guard !s.after, let last = s.group.last else { return false }
    let end = mentions.tokenEnd(last)
    guard end < cue.tokenStart,
      let r = (end..<cue.tokenStart).last(where: { isMarker($0, .relative) })
    else { return false }
    return !(r == end || (r == end + 1 && tokens[end].kind == .comma))
  }

  /// English: a determiner right before the cue makes it a noun naming a known event.
  func isDeterminedNoun(_ cue: Lexicon.Match) -> Bool {
    cue.tokenStart > range.lowerBound && isMarker(cue.tokenStart - 1, .determiner)
  }

  /// English: a determiner before the cue, or one before a quoted modifier ("the “cowardly”
  /// attack"; three tokens at most between, a quote among them): a noun naming a known event.
  func isDeterminedNounPastModifiers(_ cue: Lexicon.Match) -> Bool {
    if isDeterminedNoun(cue) { return true }
    var j = cue.tokenStart - 1
    var quoted = false
    while j > range.lowerBound, cue.tokenStart - j <= 3,
      tokens[j].kind == .quote
        || (tokens[j].kind == .latin && !tokens[j].capitalized && !isMarker(j, .determiner)
          && !isMarker(j, .preposition))
    {
      if tokens[j].kind == .quote { quoted = true }
      j -= 1
    }
    return quoted && j >= range.lowerBound && tokens[j].kind == .latin
      && isMarker(j, .determiner)
  }

  /// Whether the object of the cue is a bare attack noun ("condemned the attack", "ندد
  /// بالهجوم"): an attack or event noun within three words, with no actor named before it.
  /// The verb's subject (`subject`, mention indices) may stand between in VSO order; the three
  /// words count from its end ("وأدانت وزارة الخارجية الأردنية الهجوم"), past a place or time
  /// phrase set off by commas ("وأدانت الأردن، في بيان، الهجوم").
  func objectIsBareAttack(_ cue: Lexicon.Match, subject: [Int]) -> Bool {
    var from = cue.tokenEnd
    for i in subject where mentions[i].tokenStart >= cue.tokenEnd {
      from = max(from, mentions[i].tokenEnd)
    }
    if from < range.upperBound, let close = parentheticalEnd(opening: from) { from = close + 1 }
    // "ودانت قطر بأشد العبارات ما وصفته بالاعتداء الإجرامي": "in the strongest terms" and "what
    // it described as" stand before the noun.
    if from + 1 < range.upperBound, isArabic(from),
      tokens.norm(from).sameBytes("\u{0628}\u{0627}\u{0634}\u{062F}")
    {
      from += 2
    }
    if from + 1 < range.upperBound, isArabic(from), isArabic(from + 1),
      tokens.norm(from).sameBytes("\u{0645}\u{0627}"),
      tokens.norm(from + 1).hasBytePrefix("\u{0648}\u{0635}\u{0641}")
    {
      from += 2
    }
    // (Quotation marks take no word's place: "condemned the “cowardly” attack".)
    var end = min(range.upperBound, from + 3)
    var q = from
    while q < end {
      if tokens[q].kind == .quote { end = min(range.upperBound, end + 1) }
      q += 1
    }
    guard from < end,
      let k = (from..<end).first(where: { j in
        [Marker.attackNoun, .eventNoun].contains {
          isMarker(j, $0) || (isArabic(j) && lexicon.isArticleMarker(tokens[j], $0))
        }
      })
    else { return false }
    // ("محذرة من أن الهجمات على المدنيين قد ترقى": after a complementizer the noun is the
    // subject of what is said, no object of the cue.)
    if (from..<k).contains(where: { isMarker($0, .complementizer) }) { return false }
    // An actor before the noun or right after it names another event ("the Turkish attack",
    // "the attack by X", "الهجوم التركي"); one after "on"/"على" is the attack's target.
    let after = min(range.upperBound, k + 3)
    return !mentions.indices.contains { i in
      !subject.contains(i) && mentions[i].tokenStart >= cue.tokenEnd
        && mentions[i].tokenStart < after
        // (An actor between the cue and the noun has no "on" after the noun before it; nor,
        // in English, "of" right after it: "condemned the shelling of Kharkiv".)
        && !(mentions[i].tokenStart > k + 1
          && (k + 1..<mentions[i].tokenStart).contains {
            isMarker($0, .eventTarget)
              || ($0 == k + 1 && tokens.kind($0) == .latin && tokens.norm($0).equalsWord("of"))
          })
    }
  }

  /// Who holds the stance the noun cue names, for a reaction to an act told before: the
  /// subject of a light verb right before it ("أعلن حلف شمال الأطلسي دعمه", "NATO voiced its
  /// support for"), the whole coordinated subject; nil when there is none.
  func stanceNounHolders(_ cue: Lexicon.Match) -> [Int]? {
    let k =
      isArabic(cue.tokenStart)
      ? arabicLightVerbSubject(before: cue.tokenStart)
      : lightVerbSubject(before: cue.tokenStart)
        ?? coordinatedLightVerbSubject(before: cue.tokenStart)
    return k.map { groupStart($0) == $0 ? groupForward($0) : groupBackward($0) }
  }

  /// Whether the bare attack noun after cue `cue` names a target of its own that the sentence
  /// `told` named away from the remembered attack's target `target`: "ودانت الولايات المتحدة
  /// الهجوم على الشركة" after "شنت طائرات تركية غارات على أهداف لحزب العمال ... بعد ساعات من
  /// هجوم مسلح استهدف مقر شركة ..." condemns the attack on the company, not the strikes. The
  /// target is the word after "على"/"on" (its article, or "the", passed over), found again in
  /// `told` more than four tokens from `target`. False when the word is not found there.
  func namesOtherTarget(_ cue: Lexicon.Match, told: Sentence, target: Argument?) -> Bool {
    guard let target else { return false }
    let end = min(range.upperBound, cue.tokenEnd + 8)
    guard
      let k = (cue.tokenEnd..<end).first(where: { j in
        isMarker(j, .attackNoun) || (isArabic(j) && lexicon.isArticleMarker(tokens[j], .attackNoun))
      }),
      k + 2 < range.upperBound, isMarker(k + 1, .eventTarget)
    else { return false }
    var w = k + 2
    if tokens.kind(w) == .latin, tokens.norm(w).equalsWord("the"), w + 1 < range.upperBound {
      w += 1
    }
    guard tokens.kind(w) == .arabic || tokens.kind(w) == .latin, !inMention(w) else {
      return false
    }
    let word = Self.withoutArticle(tokens.norm(w))
    guard word.utf8.count >= 3,
      let p = told.tokenRange.first(where: {
        tokens.kind($0) == tokens.kind(w) && Self.withoutArticle(tokens.norm($0)) == word
      })
    else { return false }
    return abs(target.tokenStart - p) > 4
  }

  /// The codes of the place nisbas in `places` that an attack noun within eight words after
  /// `cue` names as its target, right after its على/ضد/"on" or one word later ("بالاعتداء على
  /// الأراضي السودانية").
  func attackedPlaces(after cue: Lexicon.Match, places: [Mention]) -> [String] {
    let end = min(range.upperBound, cue.tokenEnd + 8)
    guard
      let k = (cue.tokenEnd..<end).first(where: { j in
        isMarker(j, .attackNoun) || (isArabic(j) && lexicon.isArticleMarker(tokens[j], .attackNoun))
      }),
      k + 2 < range.upperBound, isMarker(k + 1, .eventTarget)
    else { return [] }
    return places.filter { $0.tokenStart >= k + 2 && $0.tokenStart <= k + 3 }.map(\.code)
  }

  /// The folded word without a leading Arabic article "ال" (English words as they are).
  static func withoutArticle(_ w: String) -> Substring {
    w.hasPrefix("\u{0627}\u{0644}") && w.count > 4 ? w.dropFirst(2) : Substring(w)
  }

  /// Whether the attack noun cue names an attack told before: "the attack on", "this cowardly
  /// attack on", "الهجوم على", "هذا الهجوم على". A determiner within three words before the noun
  /// (no actor between) or the Arabic article; not "an attack" (a new one), nor a noun with its
  /// own agent right after it ("الهجوم التركي"). The determiners are the whole words of the list
  /// `told_determiner` of markers.json ("the", "this", ...; Arabic "هذا", "هذه" right before).
  func namesToldAttack(_ cue: Lexicon.Match) -> Bool {
    let start = cue.tokenStart
    if !isMarker(cue.tokenEnd - 1, .eventTarget),
      mentions.contains(where: { $0.tokenStart == cue.tokenEnd })
    {
      return false
    }
    if isArabic(start) {
      if ArabicClitics.hasArticleReading(tokens.norm(start)) { return true }
      return start > range.lowerBound
        && tokens[start - 1].kind == .arabic
        && lexicon.isWholeWordMarker(tokens, start - 1, .toldDeterminer)
    }
    let lo = max(range.lowerBound, start - 3)
    guard
      let d = (lo..<start).last(where: { j in
        tokens[j].kind != .arabic && lexicon.isWholeWordMarker(tokens, j, .toldDeterminer)
      })
    else { return false }
    return !mentions.contains { $0.tokenEnd > d && $0.tokenStart < start }
      && (d + 1..<start).allSatisfy { tokens[$0].kind == .latin && !tokens[$0].capitalized }
  }

  /// English: "called it a flagrant violation", "branded it “an act of war”": "it" right after
  /// a verb of naming (list `naming_verb`) and right before the verdict at `cue` (a quote may
  /// stand between).
  func pronounNamesAct(before cue: Lexicon.Match) -> Bool {
    var it = cue.tokenStart - 1
    if it > range.lowerBound, tokens[it].kind == .quote { it -= 1 }
    return it - 1 >= range.lowerBound && tokens[it].kind == .latin
      && tokens.norm(it).equalsWord("it") && tokens[it - 1].kind == .latin
      && lexicon.isMarker(tokens, it - 1, .namingVerb)
  }

  /// English: a determiner of `told_determiner` right before the act noun at `act` or before
  /// one lower-case word before it ("the strikes", "this brutal attack").
  func hasToldDeterminer(_ act: Int) -> Bool {
    let lo = max(range.lowerBound, act - 2)
    guard
      let d = (lo..<act).last(where: {
        tokens[$0].kind == .latin && lexicon.isWholeWordMarker(tokens, $0, .toldDeterminer)
      })
    else { return false }
    return (d + 1..<act).allSatisfy({ tokens[$0].kind == .latin && !tokens[$0].capitalized })
  }

  /// Whether the pronoun of `pronounNamesAct` stands for the attack told before: the act noun
  /// last named in the sentence before the verdict names it again (`namesToldAct`), or with no
  /// act noun there, the attack was told in the sentence before (`previous`).
  func pronounStandsForToldAct(before cue: Lexicon.Match, told: String?, previous: Bool) -> Bool {
    guard
      let act = (range.lowerBound..<cue.tokenStart).last(where: { isMarker($0, .attackNoun) })
    else { return previous }
    // ("condemned the strike, and Guterres called it": the clause ends after the noun.)
    if act + 1 < cue.tokenStart, tokens[act + 1].kind == .comma, !isArabic(act) {
      return hasToldDeterminer(act)
    }
    return namesToldAct(act, told: told)
  }

  /// Whether the act noun at `act`, judged by a verdict, names an attack told before: the
  /// Arabic article ("إن الغارات انتهاك"), or in English a determiner of `told_determiner`
  /// right before it or before one lower-case word ("the strikes", "this brutal attack"); and
  /// no actor within three words after it but the target `told` (one named with another
  /// target is another attack: "إن الغارات على لبنان"), and no agent phrase after it.
  func namesToldAct(_ act: Int, told: String?) -> Bool {
    if isArabic(act) {
      guard ArabicClitics.hasArticleReading(tokens.norm(act)) else { return false }
    } else if !hasToldDeterminer(act) {
      return false
    }
    let after = min(range.upperBound, act + 4)
    // "the attack on Kyiv by Ukraine": an agent phrase names the act's own author.
    return !mentions.contains { $0.tokenStart > act && $0.tokenStart < after && $0.code != told }
      && !(act + 1..<min(range.upperBound, act + 10)).contains {
        clauseOf($0) == clauseOf(act) && agentWords(at: $0) != nil
      }
  }

  /// The target of an attack noun named again: the actor right after "on"/"against"/"على"/"ضد"
  /// that follows the noun (the English cue holds its preposition), or the object of a verb of
  /// force the noun is the subject of. Mention indices, or nil.
  func toldAttackTarget(_ cue: Lexicon.Match, excluding: ExcludedCodes) -> [Int]? {
    // "الغارات استهدفت مواقع لحزب الله", "the strikes hit Hezbollah positions": the noun is
    // the subject of a verb of force right after it, whose object is the target.
    if cue.tokenEnd < range.upperBound,
      let v = lexicon.match(tokens, at: cue.tokenEnd, limit: range.upperBound).first(where: {
        $0.tokenStart == cue.tokenEnd && $0.entry.frame == .verb && $0.entry.relation == .strikes
      })
    {
      return object(after: v.tokenEnd, excluding: excluding)
    }
    // "واستهدفت الضربات مقرات للحزب الديمقراطي الكردستاني الإيراني": in Arabic the verb of
    // force may come first (VSO); its object follows the noun.
    if isArabic(cue.tokenStart), cue.tokenStart > range.lowerBound,
      ArabicClitics.hasArticleReading(tokens.norm(cue.tokenStart)),
      tokens[cue.tokenStart - 1].lex.may(TokenLex.cue),
      lexicon.match(tokens, at: cue.tokenStart - 1, limit: cue.tokenStart).contains(where: {
        $0.tokenEnd == cue.tokenStart && $0.entry.frame == .verb && $0.entry.relation == .strikes
      })
    {
      return object(after: cue.tokenEnd, excluding: excluding)
    }
    let on: Int
    if isMarker(cue.tokenEnd - 1, .eventTarget), cue.tokenEnd - cue.tokenStart >= 2 {
      on = cue.tokenEnd - 1
    } else if cue.tokenEnd < range.upperBound, isMarker(cue.tokenEnd, .eventTarget) {
      on = cue.tokenEnd
    } else {
      return nil
    }
    guard let t = firstAfter(on + 1, sameClause: true, maxDistance: 3),
      !excluding.contains(mentions[t].code),
      // "the attack on Gaza by Israel": the sentence names the agent.
      !(on + 1..<min(range.upperBound, on + 10)).contains(where: {
        clauseOf($0) == clauseOf(on) && agentWords(at: $0) != nil
      })
    else { return nil }
    return groupForward(t, excluding: excluding)
  }

  /// English: whether the cue is itself an answer to an attack, a verb of force made one by a
  /// word of `answer_word` ("returned fire", "hit back"): the attack answered stays the one
  /// a later reaction is about.
  func isAnswerCue(_ cue: Lexicon.Match) -> Bool {
    tokens.kind(cue.tokenStart) == .latin
      && (lexicon.isMarker(tokens, cue.tokenStart, .answerWord)
        || lexicon.isMarker(tokens, cue.tokenEnd - 1, .answerWord))
  }

  /// Whether the attack of the cue is background to another told in its sentence: one it
  /// answers (`answeredAttack`) or one of a written date (`datedAttack`).
  func answersAttack(_ cue: Lexicon.Match) -> Bool {
    datedAttack(cue) || answeredAttack(cue)
  }

  /// English: an attack noun with a written date right before it ("the October 2023 attack on
  /// Israel", "its October 7 attack"): an attack of the past, background to the one told.
  func datedAttack(_ cue: Lexicon.Match) -> Bool {
    tokens.kind(cue.tokenStart) == .latin && writtenDateLength(endingBefore: cue.tokenStart) == 2
  }

  /// English: how many tokens of a written date end right before token `i`: 2 for a month and
  /// a number ("October 7", "October 2023", "7 October"), 1 for a number alone ("its 2022
  /// invasion"), 0 for none.
  func writtenDateLength(endingBefore i: Int) -> Int {
    let j = i - 1
    guard j - 1 > range.lowerBound else { return 0 }
    if tokens.kind(j) == .number {
      return tokens.kind(j - 1) == .latin && tokens[j - 1].capitalized
        && DateText.monthNumber(tokens.norm(j - 1)) != nil ? 2 : 1
    }
    return tokens.kind(j) == .latin && tokens[j].capitalized
      && DateText.monthNumber(tokens.norm(j)) != nil && tokens.kind(j - 1) == .number ? 2 : 0
  }

  /// Whether a word of retaliation (named list `retaliation`: "response", "retaliation",
  /// "ردا", "انتقاما") stands within five tokens before the cue: the attack is the one answered.
  func answeredAttack(_ cue: Lexicon.Match) -> Bool {
    (max(range.lowerBound, cue.tokenStart - 5)..<cue.tokenStart).contains {
      lexicon.isMarker(tokens, $0, .retaliation)
    }
  }

  /// The actor whose own men an attack noun after "في"/"in" or "during" killed or wounded:
  /// the victims (a force noun with a pronoun, "من عناصره", or "its"/"their" before one) stand
  /// within eight tokens before, after "مقتل"/"مصرع"/"إصابة" or before "killed"/"wounded"; the
  /// owner is the subject right before them ("أعلن حزب الله مقتل ...", "Hezbollah said ...").
  func casualtyOwner(_ cue: Lexicon.Match) -> Argument? {
    var p = cue.tokenStart - 1
    let arabic = isArabic(cue.tokenStart)
    if !arabic, p > range.lowerBound, isMarker(p, .determiner) { p -= 1 }
    guard p > range.lowerBound else { return nil }
    if arabic {
      guard tokens[p].kind == .arabic, tokens.norm(p).sameBytes("\u{0641}\u{064A}") else {
        return nil
      }
    } else {
      guard tokens[p].kind == .latin,
        tokens.norm(p).equalsWord("in") || tokens.norm(p).equalsWord("during")
      else {
        return nil
      }
    }
    let lo = max(range.lowerBound, p - 8)
    let victims: Int?
    let death: Int?
    if arabic {
      victims = (lo..<p).last(where: { j in
        isArabic(j)
          && ArabicClitics.splitEnclitic(tokens.norm(j)).contains {
            !$0.enclitic.isEmpty && lexicon.isMarker($0.stem, .forceNoun, arabic: true)
          }
      })
      death = victims.flatMap { v in
        (lo..<v).last(where: { j in
          isArabic(j)
            && [
              "\u{0645}\u{0642}\u{062A}\u{0644}", "\u{0645}\u{0635}\u{0631}\u{0639}",
              "\u{0627}\u{0635}\u{0627}\u{0628}\u{0647}",
            ].contains(tokens.norm(j))
        })
      }
    } else {
      victims = (lo..<p).last(where: { j in
        tokens[j].kind == .latin
          && (tokens.norm(j).equalsWord("its") || tokens.norm(j).equalsWord("their"))
          && j + 1 < p && isMarker(j + 1, .forceNoun)
      })
      death = victims.flatMap { v in
        (v + 1..<p).first(where: {
          ["killed", "wounded", "injured", "died"].contains(tokens.norm($0))
        })
      }
    }
    guard let v = victims, let d = death,
      let k = nearestBefore(min(v, d), sameClause: false, subjectsOnly: true, maxDistance: 8),
      !mentions.contains(where: {
        $0.tokenStart >= mentions[k].tokenEnd && $0.tokenStart < p && !$0.code.isEmpty
          && $0.code != mentions[k].code
      })
    else { return nil }
    return Argument(mentions, k)
  }

  /// Whether the attack noun cue is claimed ("claimed responsibility for the attack", "أعلن
  /// مسؤوليته عن الهجوم", "تبنى الهجوم", "claimed the attack", "carried out the bombing").
  func isClaimedAttack(_ cue: Lexicon.Match) -> Bool {
    let lo = max(range.lowerBound, cue.tokenStart - 8)
    let c = clauseOf(cue.tokenStart)
    return lastMarker(.responsibility, inClause: c, lo..<cue.tokenStart) != nil
      || claimsToldAttack(cue)
  }

  /// Whether the cue is an English claim ("claimed responsibility"), which tells no attack.
  func isClaimCue(_ cue: Lexicon.Match) -> Bool {
    isClaimCue(cue.tokenStart, cue.tokenEnd)
  }

  /// `isClaimCue` for the cue on tokens `start..<end` (a cue read in place, not copied).
  func isClaimCue(_ start: Int, _ end: Int) -> Bool {
    !isArabic(start) && (start..<end).contains { isMarker($0, .responsibility) }
  }

  /// "The Taliban claimed responsibility.", "... claimed responsibility for it": a claim cue
  /// that names no attack and ends its clause; the attack is the one told before.
  func isBareClaim(_ cue: Lexicon.Match) -> Bool {
    isClaimCue(cue)
      && (cue.tokenEnd >= range.upperBound || tokens[cue.tokenEnd].kind == .stop
        || tokens[cue.tokenEnd].kind == .comma)
  }

  /// The subject of a bare claim, right before it in its clause.
  func bareClaimant(_ cue: Lexicon.Match) -> Argument? {
    nearestBefore(cue.tokenStart, sameClause: true, subjectsOnly: true, maxDistance: 3).map {
      Argument(mentions, $0)
    }
  }

  /// The claimant of a claimed attack noun: the subject of the light verb before it.
  func claimant(_ cue: Lexicon.Match) -> Argument? {
    let k =
      isArabic(cue.tokenStart)
      ? arabicLightVerbSubject(before: cue.tokenStart) : lightVerbSubject(before: cue.tokenStart)
    return k.map { Argument(mentions, $0) }
  }
}

extension SentenceContext {
  /// "بعد غارة إسرائيلية استهدفت قادة من حماس في الدوحة، ودانت الرياض وإسلام آباد الهجوم":
  /// a verb of opposition or welcome in a later clause of the sentence that told the attack
  /// `m` (its agent named in an earlier clause) reacts to it as to one told before. Arabic
  /// only: in English the act of an earlier clause was as often one charged ("Chadian
  /// authorities charged the group with kidnapping, and Paris ... condemned the operation").
  func reactsInLaterClause(_ cue: Lexicon.Match, to m: AttackMemory) -> Bool {
    guard isArabic(cue.tokenStart), cue.entry.frame == .verb,
      cue.entry.relation == .opposes || cue.entry.relation == .supports,
      let agent = m.source, agent.tokenEnd <= cue.tokenStart,
      range.contains(agent.tokenStart)
    else { return false }
    return clauseOf(agent.tokenStart) < clauseOf(cue.tokenStart)
  }
}

extension Extractor {
  /// "France and Britain condemned the offensive", "Belarus hailed the offensive": each subject
  /// in `group` (mention indices) but the agent itself reacts to the agent of the attack told in
  /// `told` (the relation is the cue's; `rule` names the reaction).
  private func reactors(
    _ ctx: SentenceContext, _ group: [Int], of agents: [Argument], told: Sentence,
    rule: String = "condemned-event"
  ) -> [Candidate] {
    var out: [Candidate] = []
    for agent in agents {
      for k in group where ctx.mentions.code(k) != agent.code {
        out.append(
          Candidate(
            source: Argument(ctx.mentions, k), target: agent, rule: rule, confidence: 0.7,
            antecedent: told))
      }
    }
    return out
  }

  /// Pairs for a cue whose own sentence lacks one side, taken from the last attack told within
  /// `AttackMemory.window` sentences: a condemnation of the bare attack opposes its agent; a claim
  /// of it strikes its target; the pairs carry the earlier sentence as `antecedent`. Empty when
  /// neither applies.
  func pairsFromMemory(
    _ ctx: SentenceContext, _ cue: Lexicon.Match, _ sentence: Sentence, _ memory: AttackMemory?,
    speaker: Argument?
  ) -> [Candidate] {
    guard let m = memory, m.gap(at: sentence.index) <= AttackMemory.condemnationWindow else {
      return []
    }
    // (Tested apart, not after "||", whose right side copied the context.)
    if m.sentence.index >= sentence.index {
      guard m.sentence.index == sentence.index, ctx.reactsInLaterClause(cue, to: m) else {
        return []
      }
    }
    let near = sentence.index - m.sentence.index <= AttackMemory.window
    // "وقالت هيئة الحشد الشعبي إن عددا من منتسبيها قتلوا في القصف": the agents of the attack
    // told before struck the one whose members died in it.
    // (As far back as a condemnation reaches: the report of the dead may come late.)
    if m.source != nil, let s = ctx.membersKilled(in: cue) {
      let struck = Argument(ctx.mentions, s)
      return m.agents.filter { $0.code != struck.code }.map {
        Candidate(
          source: $0, target: struck, rule: "members-killed", confidence: 0.7,
          antecedent: m.sentence)
      }
    }
    // "the operation was coordinated with the government of Somalia": an English act of talks
    // or coordination whose subject is the attack told before, named again by its noun, is its
    // agents' with the actor after "with".
    if near, cue.entry.relation == .negotiatesWith, !ctx.isArabic(cue.tokenStart),
      ctx.isMarker(cue.tokenEnd - 1, .with), m.source != nil,
      let act = (max(ctx.range.lowerBound, cue.tokenStart - 4)..<cue.tokenStart).last(where: {
        ctx.isMarker($0, .eventNoun) || ctx.isMarker($0, .attackNoun)
      }),
      ctx.namesToldAct(act, told: m.target?.code),
      !ctx.mentions.contains(where: { $0.tokenStart > act && $0.tokenStart < cue.tokenStart }),
      let y = ctx.firstAfter(cue.tokenEnd, sameClause: true, maxDistance: 4)
    {
      let agents = m.agents
      return ctx.groupForward(y, excluding: ExcludedCodes(agents.map(\.code))).flatMap { k in
        agents.map { a in
          Candidate(
            source: a, target: Argument(ctx.mentions, k), rule: "coordinated-event",
            confidence: 0.7, antecedent: m.sentence)
        }
      }
    }
    // "وقالت الحكومة اللبنانية إن الغارات انتهاك لسيادتها", "Russia said the strikes were a
    // violation of international law": a verdict on the attack told before judges its agent.
    // ("Pakistan called the strikes "a violation of its sovereignty"": the subject of a verb
    // of naming speaks.)
    if near, cue.entry.frame == .verdict, let agent = m.source,
      let speaker = speaker ?? ctx.namingSubject(before: cue.tokenStart),
      speaker.code != agent.code,
      !ctx.hasPronounSubject(cue), let act = ctx.judgedAct(before: cue),
      ctx.namesToldAct(act, told: m.target?.code),
      ctx.actAuthor(act, excluding: [speaker.code]) == nil
    {
      return m.agents.filter { $0.code != speaker.code }.map {
        Candidate(
          source: speaker, target: $0, rule: "judged-event", confidence: 0.7,
          antecedent: m.sentence)
      }
    }
    // "UN Secretary-General Antonio Guterres called it a flagrant violation of Qatar's
    // sovereignty": "it" after a verb of naming stands for the attack told in the sentence
    // before, or for the act this one named again before it ("Turkey also condemned the
    // strike, and Guterres called it ...").
    if cue.entry.frame == .verdict, let agent = m.source, ctx.pronounNamesAct(before: cue),
      let speaker = speaker ?? ctx.namingSubject(before: cue.tokenStart),
      speaker.code != agent.code,
      ctx.pronounStandsForToldAct(
        before: cue, told: m.target?.code, previous: sentence.index - m.sentence.index == 1)
    {
      return m.agents.filter { $0.code != speaker.code }.map {
        Candidate(
          source: speaker, target: $0, rule: "judged-event", confidence: 0.7,
          antecedent: m.sentence)
      }
    }
    // "وقال بايدن إن الضربات نُفذت بدعم من أستراليا وكندا", "the strikes were carried out with
    // the support of Britain": the attack told before, named again as done with backing; the
    // backers after the agent cue support its agent.
    if near, cue.entry.relation == .supports, cue.entry.frame == .agent, m.source != nil,
      let act = ctx.judgedAct(before: cue), ctx.namesToldAct(act, told: m.target?.code),
      !ctx.mentions.contains(where: { $0.tokenStart > act && $0.tokenEnd <= cue.tokenStart }),
      let b = ctx.firstAfter(cue.tokenEnd, sameClause: true, maxDistance: 1)
    {
      // ("الولايات المتحدة وبريطانيا ... بدعم من أستراليا": each agent of the attack.)
      let agents = m.agents
      return ctx.groupForward(b, excluding: ExcludedCodes(agents.map(\.code))).flatMap { k in
        agents.map { a in
          Candidate(
            source: Argument(ctx.mentions, k), target: a, rule: "backed-event",
            confidence: 0.7, antecedent: m.sentence)
        }
      }
    }
    // "ودانت الخارجية السورية الغارات، ... كما دانتها السعودية وقطر": a pronoun on the verb
    // stands for the attack noun named before it in the sentence; every subject opposes the
    // attack's agent.
    if cue.entry.relation == .opposes, cue.entry.frame == .verb, let agent = m.source,
      ctx.isArabic(cue.tokenStart), !cue.enclitic.isEmpty,
      let (group, after) = ctx.subject(of: cue), after,
      let act = (ctx.range.lowerBound..<cue.tokenStart).last(where: {
        ctx.isMarker($0, .attackNoun)
      }),
      ctx.namesToldAct(act, told: m.target?.code),
      !ctx.mentions.contains(where: {
        $0.tokenStart > act && $0.tokenStart < cue.tokenStart && $0.code == agent.code
      })
    {
      return reactors(ctx, group, of: m.agents, told: m.sentence)
    }
    // "ودانت السعودية الاعتداءات الإسرائيلية على إيران. كما دانتها سلطنة عمان": with no
    // attack noun before it in its own sentence, the pronoun stands for the attack the
    // sentence right before told.
    if cue.entry.relation == .opposes, cue.entry.frame == .verb, let agent = m.source,
      ctx.isArabic(cue.tokenStart),
      cue.enclitic.sameBytes("\u{0647}\u{0627}") || cue.enclitic.sameBytes("\u{0647}"),
      sentence.index - m.sentence.index == 1,
      ctx.firstMarker(.attackNoun, in: ctx.range.lowerBound..<cue.tokenStart) == nil,
      let (group, after) = ctx.subject(of: cue), after,
      !group.contains(where: { ctx.mentions.code($0) == agent.code })
    {
      return reactors(ctx, group, of: m.agents, told: m.sentence)
    }
    // ("ونفت حكومة إقليم كردستان وجود ...، ودانت الهجوم": past a comma, a verb with و and no
    // subject of its own shares the subject of the verb that opens the sentence.)
    if cue.entry.relation == .opposes, cue.entry.frame == .verb, let agent = m.source,
      let group = ctx.subject(of: cue)?.group ?? ctx.sharedSubject(cue),
      let s = group.first,
      ctx.objectIsBareAttack(cue, subject: group),
      !ctx.namesOtherTarget(cue, told: m.sentence, target: m.target)
    {
      guard ctx.mentions[s].code != agent.code else { return [] }
      // (A storming condemned is one told as a storming.)
      if !m.storming, ctx.namesStorming(after: cue) { return [] }
      return reactors(ctx, group, of: m.agents, told: m.sentence)
    }
    // "Belarus hailed the offensive", "ورحبت الولايات المتحدة بالغارات": praise of the attack
    // told before supports its agent.
    if near, cue.entry.relation == .supports, cue.entry.frame == .verb, m.source != nil,
      let group = ctx.subject(of: cue)?.group,
      ctx.objectIsBareAttack(cue, subject: group),
      !ctx.namesOtherTarget(cue, told: m.sentence, target: m.target)
    {
      if !m.storming, ctx.namesStorming(after: cue) { return [] }
      return reactors(ctx, group, of: m.agents, told: m.sentence, rule: "praised-event")
    }
    // "وأعلن حلف شمال الأطلسي دعمه الكامل للضربات", "NATO voiced its full support for the
    // strikes": a noun of support or opposition after a light verb, whose object is the bare
    // attack told before, judges its agent (as far back as a condemnation reaches).
    if cue.entry.frame == .noun, m.source != nil,
      cue.entry.relation == .supports || cue.entry.relation == .opposes,
      let group = ctx.stanceNounHolders(cue),
      ctx.objectIsBareAttack(cue, subject: group),
      // (The act itself, named again: "رفضها دخول قوات", "رفضها استهداف المنشآت" name others.)
      let act = (cue.tokenEnd..<min(ctx.range.upperBound, cue.tokenEnd + 3)).first(where: {
        ctx.isMarker($0, .attackNoun)
      }),
      ctx.namesToldAct(act, told: m.target?.code),
      !ctx.namesOtherTarget(cue, told: m.sentence, target: m.target)
    {
      return reactors(
        ctx, group, of: m.agents, told: m.sentence,
        rule: cue.entry.relation == .supports ? "praised-event" : "condemned-event")
    }
    // "The United States condemned the attack on American and Afghan soldiers": the attack
    // told before, named again with its target; its agent strikes that target.
    if near, cue.entry.relation == .strikes, cue.entry.frame == .noun, let agent = m.source,
      ctx.namesToldAttack(cue), let targets = ctx.toldAttackTarget(cue, excluding: [agent.code])
    {
      return targets.map { t in
        Candidate(
          source: agent, target: Argument(ctx.mentions, t), rule: "told-attack-target",
          confidence: 0.7, antecedent: m.sentence)
      }
    }
    // "وأعلن حزب الله مقتل ثلاثة من عناصره في الغارة", "Hezbollah said three of its fighters
    // were killed in the strike": the one whose men the attack told before killed was hit by
    // its agent.
    if cue.entry.relation == .strikes, let agent = m.source, ctx.namesToldAttack(cue),
      let owner = ctx.casualtyOwner(cue), owner.code != agent.code
    {
      return [
        Candidate(
          source: agent, target: owner, rule: "casualties-in-event", confidence: 0.7,
          antecedent: m.sentence)
      ]
    }
    if near, cue.entry.relation == .strikes, let victim = m.target,
      let src = ctx.isClaimedAttack(cue)
        ? ctx.claimant(cue) : ctx.isBareClaim(cue) ? ctx.bareClaimant(cue) : nil,
      src.code != victim.code
    {
      return [
        Candidate(
          source: src, target: victim, rule: "claimed-event", confidence: 0.7,
          antecedent: m.sentence)
      ]
    }
    return []
  }
}

extension SentenceContext {
  /// Whether token `j` is a word of storming: an Arabic word with the letters ق ت ح of the
  /// root ق ح م after its infix ("اقتحم", "الاقتحام", "المقتحمة"), an English one from "storm".
  func isStormingWord(_ j: Int) -> Bool {
    switch tokens[j].kind {
    case .arabic: return tokens.norm(j).hasByteInfix("\u{0642}\u{062A}\u{062D}")
    case .latin: return tokens.norm(j).hasBytePrefix("storm")
    default: return false
    }
  }

  /// Whether a word of `cue` is one of storming (`isStormingWord`).
  func isStorming(_ cue: Lexicon.Match) -> Bool {
    for j in cue.tokenStart..<cue.tokenEnd where isStormingWord(j) { return true }
    return false
  }

  /// Whether the bare act a reaction names right after `cue` is a storming ("ودان الأردن ومصر
  /// الاقتحام", "condemned the storming"): it concerns only an act told as one, not the last
  /// attack whatever it was ("تصدوا للقوات المقتحمة وفجروا عبوات" is the defenders' act).
  func namesStorming(after cue: Lexicon.Match) -> Bool {
    for j in cue.tokenEnd..<min(range.upperBound, cue.tokenEnd + 4) where isStormingWord(j) {
      return true
    }
    return false
  }
}
