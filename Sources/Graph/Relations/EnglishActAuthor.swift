/// English: the author of an act named by its victims, told by the nisba of the attack that
/// carried it out: "condemned the killing of three Palestinians in an Israeli raid" (Israel).
extension SentenceContext {
  /// The mention of the nisba in "in a(n) <nisba> [word] <attack noun>" after the act noun at
  /// `act`, before `end`, a stop or a comma; nil when none, or when its code is excluded.
  func englishAttackNisbaAuthor(after act: Int, end: Int, excluding: ExcludedCodes) -> Int? {
    var j = act + 1
    while j + 3 < end, tokens[j].kind != .stop, tokens[j].kind != .comma {
      if tokens[j].kind == .latin, tokens.norm(j).equalsWord("in"),
        tokens.norm(j + 1).equalsWord("a") || tokens.norm(j + 1).equalsWord("an"),
        let k = mentions.firstIndex(where: { $0.tokenStart == j + 2 }),
        mentions[k].form == .adjective, !excluding.contains(mentions[k].code)
      {
        let h = mentions[k].tokenEnd
        if h < end,
          isMarker(h, .attackNoun)
            || (h + 1 < end && tokens[h].kind == .latin && !tokens[h].capitalized
              && isMarker(h + 1, .attackNoun))
        {
          return k
        }
      }
      j += 1
    }
    return nil
  }
}
