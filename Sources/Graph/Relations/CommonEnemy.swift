/// English fighting next to an ally against a third actor: "Eritrean troops fought alongside
/// Ethiopian forces against the TPLF". Both the fighter and its ally strike that actor and
/// oppose it (the support of the ally is the cue's own relation).
extension SentenceContext {
  /// Strikes and opposes from `subject` and `allies` to the actor after "against" within four
  /// words after the allies; empty when the cue is no English "alongside"/"side by side with"
  /// support, or no actor follows "against".
  func commonEnemyPairs(_ cue: Lexicon.Match, subject: [Int], allies: [Int]) -> [Candidate] {
    let last = cue.tokenEnd - 1
    guard cue.entry.relation == .supports, tokens[cue.tokenStart].kind == .latin,
      tokens.norm(last).equalsWord("alongside")
        || (tokens.norm(last).equalsWord("with") && last - 1 > cue.tokenStart
          && tokens.norm(last - 1).equalsWord("side")),
      let end = allies.map({ mentions[$0].tokenEnd }).max()
    else { return [] }
    let c = clauseOf(cue.tokenStart)
    var j = end
    while j < min(range.upperBound, end + 4) {
      guard clauseOf(j) == c, tokens[j].kind == .latin, !isMarker(j, .coordination) else {
        return []
      }
      if isMarker(j, .against) { break }
      j += 1
    }
    let codes = self.codes(subject + allies)
    guard j < min(range.upperBound, end + 4),
      let e = firstAfter(j + 1, sameClause: true, maxDistance: 3, excluding: codes)
    else { return [] }
    let enemy = groupForward(e, excluding: codes)
    return
      (pairs(subject, enemy, rule: "verb-common-enemy")
      + pairs(allies, enemy, rule: "verb-common-enemy")).flatMap { c -> [Candidate] in
        var strike = c
        strike.relation = .strikes
        var stance = c
        stance.relation = .opposes
        return [strike, stance]
      }
  }
}
