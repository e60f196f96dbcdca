/// Accusations rejected or denied: "ونفت كيغالي هذه الاتهامات", "رفضت إيران الاتهامات
/// الأمريكية", "Iran denied accusations by Washington that it armed the Houthis". The one who
/// denies opposes the author of the accusations (named after their noun, or the accuser the
/// sentence before told: `ActMemory`); an actor named in their content is no object of the
/// denial.
extension SentenceContext {
  /// The accusation noun (list `accusation_noun`) that opens the object at `from`, after a
  /// determiner of `told_determiner` ("هذه الاتهامات", "the allegations") or none; nil when the
  /// object is something else.
  func accusationObject(at from: Int) -> Int? {
    var n = from
    guard n < range.upperBound, tokens[n].isWord, !inMention(n) else { return nil }
    if lexicon.isWholeWordMarker(tokens, n, .toldDeterminer) { n += 1 }
    guard n < range.upperBound, tokens[n].isWord, !inMention(n),
      lexicon.isMarker(tokens, n, .accusationNoun)
    else { return nil }
    return n
  }

  /// The author of the accusations whose noun is at `n`: an actor right after it ("الاتهامات
  /// الأمريكية", "اتهامات واشنطن"), or after English "by" or "from" ("accusations by
  /// Kinshasa"); nil when none is named there.
  func accusationAuthor(after n: Int, excluding: ExcludedCodes) -> Int? {
    var j = n + 1
    // ("the claims made by Israel": a participle before "by".)
    if j + 1 < range.upperBound, tokens[j].kind == .latin, !tokens[j].capitalized,
      tokens.norm(j).hasByteSuffix("ed") || tokens.norm(j).hasByteSuffix("de"),
      tokens.norm(j + 1).equalsWord("by")
    {
      j += 1
    }
    if j < range.upperBound, tokens[j].kind == .latin,
      tokens.norm(j).equalsWord("by") || tokens.norm(j).equalsWord("from")
        || tokens.norm(j).equalsWord("of")
    {
      j += 1
    }
    // ("اتهامات الحكومة السودانية": the head noun of a nisba, no actor itself.)
    if j + 1 < range.upperBound, tokens[j].kind == .arabic, !inMention(j),
      let m = mentions.first(where: { $0.tokenStart == j + 1 }), m.form == .adjective
    {
      j += 1
    }
    guard let a = mentions.firstIndex(where: { $0.tokenStart == j }),
      !excluding.contains(mentions[a].code)
    else { return nil }
    return a
  }

  /// The accusation noun of a denial or refusal whose content holds the cue: "نفت إيران
  /// الاتهامات بتزويد الحوثيين", "denied accusations by Washington that it armed the Houthis"
  /// (the verb of `denial` or `refusal`, its VSO subject, the noun; the cue at most six words
  /// after the noun with no comma between); nil otherwise.
  func deniedAccusation(before cue: Lexicon.Match) -> Int? {
    let lo = max(range.lowerBound, cue.tokenStart - 10)
    for j in lo..<cue.tokenStart
    where tokens[j].isWord && (isMarker(j, .denial) || isMarker(j, .refusal)) {
      var k = j + 1
      if let m = mentions.first(where: { $0.tokenStart == k }) { k = m.tokenEnd }
      guard let n = accusationObject(at: k), n < cue.tokenStart, cue.tokenStart - n <= 6,
        !(n..<cue.tokenStart).contains(where: { tokens[$0].kind == .comma })
      else { continue }
      return n
    }
    return nil
  }

  /// "اتهم المجلس العسكري فرنسا بالسعي إلى التدخل، وهو ما نفته باريس", "اتهامات نفتها طهران":
  /// an Arabic verb of denial with a pronoun, after "ما", a relative or a noun of accusation,
  /// denies what the sentence's accusation told: its subject opposes the accusers (`memory`,
  /// of this sentence). None when the subject is one of them.
  func relativeDenialPairs(_ cue: Lexicon.Match, _ sentence: Sentence, _ memory: ActMemory?)
    -> [Candidate]
  {
    guard let memory, memory.sentence.index == sentence.index, !memory.accusers.isEmpty
    else { return [] }
    if !isArabic(cue.tokenStart) { return englishRelativeDenialPairs(cue, memory) }
    guard isMarker(cue.tokenStart, .denial),
      cue.tokenStart > range.lowerBound, tokens[cue.tokenStart - 1].kind == .arabic
    else { return [] }
    let before = cue.tokenStart - 1
    guard
      tokens.norm(before).sameBytes("\u{0645}\u{0627}") || isMarker(before, .relative)
        || lexicon.isMarker(tokens, before, .accusationNoun),
      let (group, after) = subject(of: cue), after, let s = group.first,
      // ("فتتهمها الحكومة بتلقي إمدادات، وتتحدث تقارير عن دعم تقدمه لها مجموعة فاغنر، وهو ما
      // تنفيه المجموعة": one named after the sentence's first act, but never as the object of
      // an accusation, denies what was said of it there.)
      !namedOutsideAccusation(mentions[s].code, from: memory.cueStart, to: cue.tokenStart)
    else { return [] }
    return reactionPairs(subject: s, accusation: true, memory)
  }
}

extension SentenceContext {
  /// Whether actor `code` is named between tokens `from` and `to`, and never within five words
  /// after a word of accusation (list `accusation`): what a later denial of it answers is
  /// then no accusation ("وتتحدث تقارير عن دعم تقدمه لها مجموعة فاغنر").
  func namedOutsideAccusation(_ code: String, from: Int, to: Int) -> Bool {
    var named = false
    for m in mentions where m.code == code && m.tokenStart > from && m.tokenStart < to {
      named = true
      if (max(range.lowerBound, m.tokenStart - 5)..<m.tokenStart).contains(where: {
        lexicon.isMarker(tokens, $0, .accusation)
      }) {
        return false
      }
    }
    return named
  }
}

extension SentenceContext {
  /// English: "Islamabad accuses Kabul of harbouring the TTP, a charge the Taliban deny", "...,
  /// which Rwanda denies": a verb of opposition (denying, dismissing, rejecting) whose subject
  /// follows a noun of accusation (list `accusation_noun`, "charge") or "which" after a comma,
  /// with no object of its own, denies the sentence's accusation: its subject opposes the
  /// accusers (`memory`, of this sentence).
  func englishRelativeDenialPairs(_ cue: Lexicon.Match, _ memory: ActMemory) -> [Candidate] {
    guard let first = englishRelativeDenier(cue) else { return [] }
    return reactionPairs(subject: first, accusation: true, memory)
  }

  /// The subject of an English relative denial (`englishRelativeDenialPairs`), its first
  /// mention; nil when the cue is none.
  func englishRelativeDenier(_ cue: Lexicon.Match) -> Int? {
    guard tokens.kind(cue.tokenStart) == .latin, cue.entry.relation == .opposes,
      cue.entry.frame == .verb,
      let k = mentions.lastIndex(where: { $0.tokenEnd == cue.tokenStart })
    else { return nil }
    let first = groupStart(k)
    var j = mentions.tokenStart(first) - 1
    if j > range.lowerBound, isThe(j) { j -= 1 }
    guard j > range.lowerBound, tokens.kind(j) == .latin,
      lexicon.isMarker(tokens, j, .accusationNoun) || tokens.norm(j).equalsWord("charge")
        || tokens.norm(j).equalsWord("claim") || tokens.norm(j).equalsWord("which")
    else { return nil }
    var c = j - 1
    if c > range.lowerBound, !tokens.norm(j).equalsWord("which"),
      tokens.norm(c).equalsWord("a") || tokens.norm(c).equalsWord("an")
    {
      c -= 1
    }
    guard c >= range.lowerBound, tokens.kind(c) == .comma else { return nil }
    return first
  }
}

extension SentenceContext {
  /// "Estonia accused the Kremlin of the attacks, while Moscow denied any involvement", "ونفت
  /// موسكو أي صلة لها": a verb of denial whose object is "any" and a noun of involvement
  /// (list `involvement_noun`: role, link, involvement; دور، صلة، علاقة، تورط) denies an accusation
  /// told before it in its sentence or in the one or two before: its subject opposes the
  /// accusers. Only accusers: "Militants attacked the embassy. Pakistan denied any role" names
  /// no accuser, and the denier does not oppose the attackers.
  func involvementDenialPairs(_ cue: Lexicon.Match, _ sentence: Sentence, _ memory: ActMemory?)
    -> [Candidate]
  {
    guard let memory, !memory.accusers.isEmpty, cue.entry.frame == .verb,
      isMarker(cue.tokenStart, .denial),
      case let gap = sentence.index - memory.sentence.index,
      gap == 1 || gap == 2 || (gap == 0 && memory.cueStart < cue.tokenStart),
      let (group, after) = subject(of: cue), let last = group.last
    else { return [] }
    let any = after ? mentions.tokenEnd(last) : cue.tokenEnd
    guard any + 1 < range.upperBound, tokens[any].isWord, tokens[any + 1].isWord,
      !inMention(any + 1), Self.anyWords.contains(FoldedKey(tokens.norm(any))),
      lexicon.isMarker(tokens, any + 1, Marker.NamedList.involvementNoun)
    else { return [] }
    return group.flatMap { reactionPairs(subject: $0, accusation: true, memory) }
  }

  /// "any", "أي" (folded).
  static let anyWords: Set<FoldedKey> = Set(
    ["any", "\u{0623}\u{064A}"].map { FoldedKey(Normalizer.normalize($0)) })
}
