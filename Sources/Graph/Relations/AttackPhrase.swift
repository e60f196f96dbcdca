/// An English act of force named by a noun whose author is its modifier or possessor, as the
/// subject of a verb of force: "An IRA bomb in central London killed two people", "a Taliban
/// suicide attack on a NATO convoy killed four soldiers", "ETA's car bomb in Madrid wounded 12
/// people", "the Houthi missile that hit Eilat". The author is the verb's subject, not an actor
/// named in the noun's own phrase after it ("an al-Shabaab attack on an African Union base ...
/// killed dozens of Ugandan soldiers": al-Shabaab killed them); with no other target, the state
/// named first in the noun's own phrase ("in central London", "on northern Israel", "outside
/// the German consulate") is the one hit.
extension SentenceContext {
  /// The phrase of an attack noun before an English verb of force: the mention of its author
  /// and the noun's token. The author opens the phrase (at the sentence's start or after a
  /// determiner), may carry a possessive "'s" and up to three modifier words before the noun (a
  /// word of `attack_noun`, `projectile` or `force_noun`: "A PKK suicide bomber in Ankara
  /// targeted a military convoy"); between the noun and the verb only its own phrase
  /// (a preposition first) or a relative pronoun, in the verb's clause.
  func attackPhrase(before cue: Lexicon.Match) -> (author: Int, head: Int)? {
    guard cue.entry.relation == .strikes, cue.entry.frame == .verb, !isArabic(cue.tokenStart)
    else { return nil }
    let c = clauseOf(cue.tokenStart)
    for k in mentions.indices where mentions[k].tokenEnd < cue.tokenStart {
      let start = mentions[k].tokenStart
      guard cue.tokenStart - start <= 18, clauseOf(start) == c,
        start == range.lowerBound || isMarker(start - 1, .determiner)
      else { continue }
      var j = mentions[k].tokenEnd
      // "ETA's car bomb": the possessive mark.
      if j + 1 < cue.tokenStart, tokens[j].kind == .quote, tokens.norm(j + 1).equalsWord("s") {
        j += 2
      }
      // Up to three modifiers ("suicide", "car", "truck"), then the noun.
      var head: Int?
      var p = j
      while p < min(cue.tokenStart, j + 4) {
        if isMarker(p, .attackNoun) || isMarker(p, .projectile) || isMarker(p, .forceNoun) {
          // The last of a run: "rocket barrage", "drone attack", "missile strike".
          while p + 1 < cue.tokenStart, isMarker(p + 1, .attackNoun) || isMarker(p + 1, .projectile)
          {
            p += 1
          }
          head = p
          break
        }
        guard tokens[p].kind == .latin, !tokens[p].capitalized, !inMention(p),
          !isMarker(p, .preposition), !isMarker(p, .determiner), !isMarker(p, .relative)
        else { break }
        p += 1
      }
      guard let h = head else { continue }
      // Right before the verb, its phrase ("on a NATO convoy", "in Madrid") or "that".
      let next = h + 1
      guard
        next == cue.tokenStart
          || (isMarker(next, .preposition) || isMarker(next, .locative)
            || isMarker(next, .relative))
      else { return nil }
      guard (next..<cue.tokenStart).allSatisfy({ clauseOf($0) == c }) else { return nil }
      // A verb of its own in the phrase ("attack on X that prompted Y to strike"): only a
      // relative pronoun right before the verb.
      if let r = (next..<cue.tokenStart).first(where: { isMarker($0, .relative) }),
        r != cue.tokenStart - 1
      {
        return nil
      }
      return (k, h)
    }
    return nil
  }

  /// "An IRA bomb in central London killed two people", "a Hezbollah rocket barrage on
  /// northern Israel wounded three": the state the act named by the attack phrase hit or took
  /// place in (the first actor of the noun's own phrase, a name or a place nisba of `places`,
  /// "outside the German consulate"), when the verb hits no actor. The phrase's author
  /// strikes it.
  func attackPhrasePlace(_ cue: Lexicon.Match, places: [Mention]) -> [Candidate] {
    guard let gazetteer, let (k, h) = attackPhrase(before: cue) else { return [] }
    // No actor after the verb in its clause: the people hit are named by no actor.
    let c = clauseOf(cue.tokenStart)
    if mentions.contains(where: {
      $0.tokenStart >= cue.tokenEnd && $0.tokenStart < range.upperBound
        && clauseOf($0.tokenStart) == c
    }) {
      return []
    }
    // The noun's own phrase: "in", "at", "near", "outside", "on" or "against" right after it,
    // then the first actor within six words ("at a police academy in Bogota"), a state ("a
    // Taliban attack on a NATO convoy in Kabul" hit the convoy, no state).
    let at = h + 1
    guard at < cue.tokenStart,
      ["in", "at", "near", "outside", "on", "against"].contains(tokens.norm(at))
    else { return [] }
    let reach = min(cue.tokenStart, at + 7)
    let named = mentions.first(where: { $0.tokenStart > at && $0.tokenStart < reach })
    let place = places.first(where: { $0.tokenStart > at && $0.tokenStart < reach })
    guard
      let m = [named, place].compactMap({ $0 }).min(by: { $0.tokenStart < $1.tokenStart }),
      m.tokenEnd <= cue.tokenStart, gazetteer.codeKind(m) == .state,
      m.code != mentions[k].code,
      // "near the Burkinabe town of Djibo" is in the state; "near Syria" may be outside it.
      !tokens.norm(at).equalsWord("near") || m.tokenStart > at + 1,
      (at + 1..<m.tokenStart).allSatisfy({
        tokens[$0].kind == .latin
          && (!isMarker($0, .preposition) || ["in", "near", "of"].contains(tokens.norm($0)))
      })
    else { return [] }
    return [
      Candidate(
        source: Argument(mentions, k), target: Argument(m), rule: "attack-phrase-place",
        confidence: 0.9)
    ]
  }
}
