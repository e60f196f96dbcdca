/// English: the head nouns an actor's name or nisba owns, "Myanmar's military junta", "Sudan's army",
/// "the Myanmar junta": a later "the junta" or "the military" refers back to the actor
/// (`DefiniteAnaphora.learn`).
extension DefiniteAnaphora {
  /// The tokens of heads of `anaphoric_head` after an English mention (token `i` is right after
  /// it): right after it, or after its possessive "'s" with at most one lower-case word between
  /// ("military"); two heads in a row are both ("military junta").
  func englishOwnedHeads(_ tokens: [Token], after i: Int, range: Range<Int>) -> [Int] {
    guard i < range.upperBound, tokens[i].kind == .quote || tokens[i].kind == .latin else {
      return []
    }
    var k = i
    if tokens[i].kind == .quote {
      guard i + 2 < range.upperBound, tokens[i + 1].kind == .latin,
        tokens.norm(i + 1).equalsWord("s")
      else { return [] }
      k = i + 2
      // ("Mali's military-led government": a hyphenated modifier is one word.)
      if head(tokens, k) == nil, k + 3 < range.upperBound, tokens[k].kind == .latin,
        !tokens[k].capitalized, tokens[k + 1].kind == .quote, tokens.norm(k + 1).sameBytes("-"),
        tokens[k + 2].kind == .latin
      {
        k += 3
      } else if head(tokens, k) == nil, k + 1 < range.upperBound, tokens[k].kind == .latin,
        !tokens[k].capitalized, !lexicon.isMarker(tokens, k, .preposition)
      {
        k += 1
      }
    }
    guard tokens[k].kind == .latin, head(tokens, k) != nil else { return [] }
    if k + 1 < range.upperBound, tokens[k + 1].kind == .latin, head(tokens, k + 1) != nil {
      return [k, k + 1]
    }
    return [k]
  }
}
