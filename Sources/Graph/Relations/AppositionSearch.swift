/// Appositions between a subject and its verb: Arabic title appositions between commas ("العقيد
/// تركي المالكي، المتحدث باسم التحالف العربي،") and English ones ("X, the group's leader,
/// said"): where they close, and the subject they describe.
extension SentenceContext {
  /// The comma closing a title apposition that opens with the comma at `i` ("،
  /// المتحدث باسم التحالف العربي الذي تقوده السعودية،"), or an ally's ("، حليفتا الحكومة
  /// السورية،"): a title or ally word right after it, the closing comma within 16 tokens, no
  /// sentence end, quote or complementizer between, and no title right after it (a list of
  /// office holders goes on: "، ووزير الدفاع").
  func titleAppositionEnd(at i: Int) -> Int? {
    guard i + 1 < range.upperBound, tokens[i].kind == .comma, isArabic(i + 1) else { return nil }
    // (Two tests in turn, not joined by "||": its right side, a closure that read the context,
    // copied it.)
    var opens = isMarker(i + 1, .personHead)
    if !opens { opens = isMarker(i + 1, .ally) }
    guard opens else { return nil }
    var j = i + 2
    while j < min(range.upperBound, i + 16) {
      switch tokens[j].kind {
      case .comma:
        guard j + 1 < range.upperBound, !isMarker(j + 1, .personHead) else { return nil }
        return j
      case .stop, .quote: return nil
      default:
        if isMarker(j, .complementizer) { return nil }
      }
      j += 1
    }
    return nil
  }

  /// Whether the comma at `c` closes a title or ally apposition (`titleAppositionEnd`) that the
  /// last comma before token `i` opened.
  func closesApposition(_ c: Int, openedBefore i: Int) -> Bool {
    // (A loop, not a closure: a closure that read the context copied it, in `groupEnd`'s loop.)
    var o = i - 1
    while o >= max(range.lowerBound, c - 16), tokens[o].kind != .comma { o -= 1 }
    return o >= max(range.lowerBound, c - 16) && titleAppositionEnd(at: o) == c
  }

  /// The comma closing a title apposition right after the VSO subject `subj` or around it:
  /// the verb's object comes after it.
  func appositionClose(_ cue: Lexicon.Match, subject subj: [Int]) -> Int? {
    guard isArabic(cue.tokenStart), let last = subj.last else { return nil }
    if let c = titleAppositionEnd(at: mentions[last].tokenEnd) { return c }
    if let (k, c) = appositionSubject(cue), subj.contains(k) { return c }
    return parentheticalEnd(opening: mentions[last].tokenEnd)
  }

  /// The title apposition of an Arabic VSO subject: the first actor in it and the comma that
  /// closes it. Before the apposition stand at most four words: a name no actor names, or
  /// one that does (then it is the subject: "العقيد الركن تركي المالكي، المتحدث باسم ...").
  func appositionSubject(_ cue: Lexicon.Match) -> (actor: Int, close: Int)? {
    var i = cue.tokenEnd
    var named: Int?  // "العقيد الركن تركي المالكي،": a known name after rank words
    while i < min(range.upperBound, cue.tokenEnd + 5), tokens[i].kind == .arabic,
      !isMarker(i, .preposition), !isMarker(i, .complementizer)
    {
      if let m = mentions.firstIndex(where: { $0.tokenStart == i }) {
        named = m
        i = mentions[m].tokenEnd
        break
      }
      i += 1
    }
    guard i > cue.tokenEnd, let close = titleAppositionEnd(at: i) else { return nil }
    if let named, !mentions[named].code.isEmpty { return (named, close) }
    // "رئيس منظمة ... في لبنان": a place in the title is no affiliation.
    guard let k = mentions.firstIndex(where: { $0.tokenStart > i && $0.tokenStart < close }),
      !mentions[k].code.isEmpty, !isLocative(mentions[k])
    else { return nil }
    return (k, close)
  }

  /// English: when the verb opens its clause (only auxiliaries or adverbs before it) right
  /// after a clause that is an apposition ("X, the group's leader, said"), the subject is the
  /// last actor of the clause before the apposition, or the apposition's own person.
  func subjectBeforeApposition(_ i: Int) -> Int? {
    let c = clauseOf(i)
    guard c >= 1 else { return nil }
    var j = i - 1
    while j >= range.lowerBound, clauseOf(j) == c {
      guard tokens[j].kind == .latin, !tokens[j].capitalized,
        isMarker(j, .auxiliary) || tokens.norm(j).hasByteSuffix("ly")
      else {
        if tokens[j].kind == .comma { break }
        return nil
      }
      j -= 1
    }
    // j is the comma closing the apposition; the apposition is clause c - 1.
    guard j > range.lowerBound, tokens[j].kind == .comma, tokens.norm(j).equalsWord(",") else {
      return nil
    }
    let apposition = c - 1
    let inApposition = mentions.indices.filter { clauseOf(mentions[$0].tokenStart) == apposition }
    let before = mentions.indices.filter {
      mentions[$0].tokenEnd <= j && clauseOf(mentions[$0].tokenStart) == apposition - 1
    }
    // The apposition must follow its head directly: "X, the Y of Z," or "X, General Y,".
    func subjectLike(_ k: Int) -> Bool { !isOblique(at: groupStart(k)) }
    guard apposition >= 1, !before.isEmpty else {
      // "Several Arab states, among them Saudi Arabia and Egypt, condemned": the whole list (its
      // last member: the caller walks the group back).
      return inApposition.first(where: subjectLike).map { groupForward($0).last ?? $0 }
    }
    return before.last(where: subjectLike)
  }

  /// True when a comma or a relative pronoun follows the group ("وحذرت واشنطن، التي ..."): it
  /// is a subject being described, not an object.
  func appositionFollows(_ group: [Int]) -> Bool {
    guard let last = group.last else { return false }
    let j = mentions[last].tokenEnd
    return j < range.upperBound && (tokens[j].kind == .comma || isMarker(j, .relative))
  }
}
