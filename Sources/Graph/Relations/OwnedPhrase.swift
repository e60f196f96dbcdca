/// English noun phrases that own the actor named in them: "the ruling against Israel", "its
/// mediation between Israel and Hamas". A verb's stance on the thing ("welcomed", "suspended")
/// is no stance on that actor.
extension SentenceContext {
  /// True when, in `start..<end` (from after a cue to an actor), an English word that is no
  /// preposition, determiner, coordination or actor stands right before "against", and only
  /// determiners and modifiers follow up to the actor. "between" counts only after a verb of
  /// stopping (`cessation`: "suspended its mediation between X and Y"); a deal between X and
  /// Y rejected or welcomed is a stance on both.
  func nounOwnsActor(from start: Int, to end: Int) -> Bool {
    guard end - start >= 2, start > range.lowerBound, tokens[start].kind == .latin else {
      return false
    }
    let stopping = lexicon.isMarker(tokens, start - 1, .cessation)
    guard
      let p = (start + 1..<end).last(where: {
        tokens[$0].kind == .latin
          && (tokens.norm($0).equalsWord("against")
            || (stopping && tokens.norm($0).equalsWord("between")))
      })
    else { return false }
    let noun = p - 1
    guard tokens[noun].kind == .latin, !isMarker(noun, .preposition),
      !isMarker(noun, .determiner), !isMarker(noun, .coordination),
      !inMention(noun)
    else { return false }
    // "against the Kurdish YPG": only words between "against" and the actor.
    return (p + 1..<end).allSatisfy {
      tokens[$0].kind == .latin && !isMarker($0, .preposition) && !isMarker($0, .coordination)
    }
  }

  /// "hailed the ICJ decision against Israel": mention `k`, a name, names who made the noun
  /// right after it, whose "against" is followed by another actor; a stance on the thing is
  /// none on either. Not the actor's own forces or act ("Ethiopian forces against the TPLF",
  /// "the Hamas attack against Israel": a stance on them is one on the actor).
  func modifiesOwningNoun(_ k: Int) -> Bool {
    let noun = mentions[k].tokenEnd
    guard mentions[k].form == .name, noun + 2 < range.upperBound, tokens[noun].kind == .latin,
      !tokens[noun].capitalized, !isMarker(noun, .preposition), !isMarker(noun, .determiner),
      !isMarker(noun, .coordination), !inMention(noun), !isMarker(noun, .forceNoun),
      !isMarker(noun, .anaphoricHead), !isMarker(noun, .attackNoun),
      !isMarker(noun, .eventNoun), !isMarker(noun, .targetHead),
      tokens[noun + 1].kind == .latin, tokens.norm(noun + 1).equalsWord("against")
    else { return false }
    return mentions.contains(where: {
      $0.tokenStart > noun + 1 && $0.tokenStart <= noun + 3 && $0.code != mentions[k].code
    })
  }
}
