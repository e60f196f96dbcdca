/// A strike told as the answer to an actor's attack ("struck more than 60 targets across Yemen
/// in retaliation for Houthi attacks", "شنت إسرائيل غارات على جنوب لبنان ردا على هجمات حزب
/// الله"): whoever strikes strikes that actor too, and that actor had struck them.
extension SentenceContext {
  /// For the pairs `found` of a strike cue: each source strikes the author of the attack that
  /// a word of retaliation after the cue (list `retaliation`, within fourteen tokens in its
  /// sentence, then "for"/"to" or "على") names. The author is a name or nisba right before the
  /// attack noun (one modifier between: "Houthi rocket attacks"), or right after it (an Arabic
  /// genitive or nisba, "by" in English; the noun within four words: "a wave of US air
  /// strikes"). The author also strikes each source (rule `retaliation-answered`), unless a pair
  /// says so already. Empty when there is none.
  func retaliationTargets(_ cue: Lexicon.Match, _ found: [Candidate]) -> [Candidate] {
    guard !found.isEmpty else { return [] }
    let end = min(range.upperBound, cue.tokenEnd + 14)
    var g = cue.tokenEnd
    while g < end, !(tokens[g].isWord && lexicon.isMarker(tokens, g, .retaliation)) { g += 1 }
    guard g + 2 < range.upperBound, g < end else { return [] }
    var j = g + 1
    let arabic = isArabic(g)
    if arabic {
      guard tokens.norm(j).sameBytes("\u{0639}\u{0644}\u{064A}") else { return [] }  // على
      j += 1
    } else {
      guard tokens.norm(j).equalsWord("for") || tokens.norm(j).equalsWord("to") else { return [] }
      j += 1
      if j < range.upperBound, isMarker(j, .determiner) { j += 1 }
    }
    // The attack noun within four words ("a wave of US air strikes").
    var noun: Int?
    for q in j..<min(range.upperBound, j + 5) where lexicon.isMarker(tokens, q, .attackNoun) {
      noun = q
      break
    }
    guard let a = noun else { return [] }
    var author: Int?
    // Before it: "Houthi attacks", "the Hamas attack", "Hezbollah rocket attacks".
    if !arabic, let k = mentions.lastIndex(where: { $0.tokenEnd <= a }),
      mentions.tokenStart(k) >= j, a - mentions.tokenEnd(k) <= 1
    {
      author = k
    }
    // After it: "هجمات حزب الله", "الهجوم الإيراني", "a drone attack by Iran-backed militias".
    if author == nil, a + 1 < range.upperBound {
      let at = !arabic && tokens.norm(a + 1).equalsWord("by") ? a + 2 : a + 1
      if let k = mentions.firstIndex(where: { $0.tokenStart == at }),
        arabic || at == a + 2 || mentions.form(k) == .adjective
      {
        author = k
      }
    }
    // ("by Iran-backed militias": the backer is no author.)
    guard let k = author,
      mentions.tokenEnd(k) >= range.upperBound || tokens.kind(mentions.tokenEnd(k)) != .quote
        || !tokens.norm(mentions.tokenEnd(k)).sameBytes("-")
    else { return [] }
    let targets = arabic ? groupForward(k) : groupBackward(k)
    var out: [Candidate] = []
    for c in found where !c.source.code.isEmpty {
      for t in targets
      where mentions.code(t) != c.source.code && !mentions.code(t).isEmpty
        && !out.contains(where: {
          $0.source.code == c.source.code && $0.target.code == mentions.code(t)
        })
        && !found.contains(where: {
          $0.source.code == c.source.code && $0.target.code == mentions.code(t)
        })
      {
        out.append(
          Candidate(
            source: c.source, target: Argument(mentions, t), rule: "retaliation-target",
            confidence: 0.7, antecedent: c.antecedent))
      }
      // The attack answered was made on the one who answers it (or on what is theirs:
      // "ردا على الغارات الإسرائيلية على جنوب لبنان").
      for t in targets
      where mentions.code(t) != c.source.code && !mentions.code(t).isEmpty
        && !out.contains(where: {
          $0.source.code == mentions.code(t) && $0.target.code == c.source.code
        })
        && !found.contains(where: {
          $0.source.code == mentions.code(t) && $0.target.code == c.source.code
        })
      {
        out.append(
          Candidate(
            source: Argument(mentions, t), target: c.source, rule: "retaliation-answered",
            confidence: 0.7, antecedent: c.antecedent))
      }
    }
    return out
  }
}
