/// English possessors that only place an actor: "Yemen's Houthi movement", "Sudan's RSF",
/// "Lebanon's Hezbollah". The possessor is no party of its own: "a ceasefire between the United
/// States and Yemen's Houthi movement" is one between the US and the Houthis.
extension Extractor {
  /// `ms` without each English mention that is followed by "'s" and, right after it, a mention
  /// of another code. `ms` is returned as it is when there is none. (Static, with plain loops:
  /// it runs on every sentence, and a closure over the extractor copied it.)
  static func dropPlacingPossessors(_ ms: [Mention], _ tokens: [Token]) -> [Mention] {
    var first = 0
    while first + 1 < ms.count, !placesPossessed(ms, first, tokens) { first += 1 }
    guard first + 1 < ms.count else { return ms }
    var out = Array(ms[..<first])
    out.reserveCapacity(ms.count)
    for k in first..<ms.count where !(k + 1 < ms.count && placesPossessed(ms, k, tokens)) {
      out.append(ms[k])
    }
    return out
  }

  /// Whether some mention of `ms` `placesPossessed` the next: without one, neither
  /// `dropPlacingPossessors` nor `dropForeignOrgans` drops anything.
  static func hasPlacingPossessor(_ ms: [Mention], _ tokens: [Token]) -> Bool {
    var k = 0
    while k + 1 < ms.count {
      if placesPossessed(ms, k, tokens) { return true }
      k += 1
    }
    return false
  }

  /// Whether `ms[k]` is an English name followed by "'s" (or "’s") and then, at once, the
  /// mention `ms[k + 1]` of another actor's code. (The mentions are read in place.)
  static func placesPossessed(_ ms: [Mention], _ k: Int, _ tokens: [Token]) -> Bool {
    let end = ms.tokenEnd(k)
    guard ms.form(k) == .name, end + 2 == ms.tokenStart(k + 1), end + 1 < tokens.count,
      tokens.kind(end) == .quote, tokens.kind(ms.tokenStart(k)) == .latin,
      tokens.norm(end + 1).equalsWord("s"), tokens.kind(end + 2) == .latin
    else { return false }
    let a = ms.code(k)
    let b = ms.code(k + 1)
    return !a.isEmpty && !b.isEmpty && a != b
  }
}

/// English state organs named by a generic name after another state's possessive: "Pakistan's
/// Foreign Office" is Pakistan's, not the British office the gazetteer knows by that name.
extension Extractor {
  /// `ms` without each mention of a state's organ (gazetteer kind `government`, rolling up to a
  /// state) that follows another state's "'s" at once; the possessor names the actor.
  func dropForeignOrgans(_ ms: [Mention], _ tokens: [Token]) -> [Mention] {
    let g = matcher.gazetteer
    var drop: [Int] = []
    for k in ms.indices.dropLast() where Self.placesPossessed(ms, k, tokens) {
      if g.codeKind(ms[k]) == .state, g.actorKind(ms[k + 1]) == .government,
        g.codeKind(ms[k + 1]) == .state
      {
        drop.append(k + 1)
      }
    }
    guard !drop.isEmpty else { return ms }
    return ms.indices.filter { !drop.contains($0) }.map { ms[$0] }
  }
}
