/// English possessors that only place an actor: "Yemen's Houthi movement", "Sudan's RSF",
/// "Lebanon's Hezbollah". The possessor is no party of its own: "a ceasefire between the United
/// States and Yemen's Houthi movement" is one between the US and the Houthis.
extension Extractor {
  /// `ms` without each English mention that is followed by "'s" and, right after it, a mention
  /// of another code. `ms` is returned as it is when there is none.
  func dropPlacingPossessors(_ ms: [Mention], _ tokens: [Token]) -> [Mention] {
    guard ms.count >= 2,
      let first = (0..<ms.count - 1).first(where: { placesPossessed(ms, $0, tokens) })
    else { return ms }
    var out = Array(ms[..<first])
    out.reserveCapacity(ms.count)
    for k in first..<ms.count where !(k + 1 < ms.count && placesPossessed(ms, k, tokens)) {
      out.append(ms[k])
    }
    return out
  }

  /// Whether `ms[k]` is an English name followed by "'s" (or "’s") and then, at once, the
  /// mention `ms[k + 1]` of another actor's code.
  func placesPossessed(_ ms: [Mention], _ k: Int, _ tokens: [Token]) -> Bool {
    let end = ms[k].tokenEnd
    guard ms[k].form == .name, end + 2 == ms[k + 1].tokenStart, end + 1 < tokens.count,
      tokens[end].kind == .quote, tokens[ms[k].tokenStart].kind == .latin,
      tokens.norm(end + 1) == "s", tokens[end + 2].kind == .latin,
      !ms[k].code.isEmpty, !ms[k + 1].code.isEmpty, ms[k].code != ms[k + 1].code
    else { return false }
    return true
  }
}
