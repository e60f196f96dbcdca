/// "سرايا القدس الجناح العسكري لحركة الجهاد الإسلامي", "the Qassam Brigades, the armed wing of
/// Hamas": a wing named with the movement it belongs to. When both name the same actor (the wing
/// rolls up to the movement), the phrase is one mention, so the rules find one subject instead
/// of an apposition they cannot pass.
///
/// The words of the phrase between a wing's name and its movement's are whole words of two lists
/// of markers.json: `wing_head`, the wing ("الجناح", "wing"), and `wing_word`, its adjective
/// and in English the article and "of" ("العسكري", "armed", "the").
extension Extractor {
  /// `ms` with each wing and its movement joined into one mention (see the type's comment).
  /// Mentions are read by index and `ms` is returned as it is when nothing joins: a copied
  /// Mention copies three Strings.
  func mergeWings(_ ms: [Mention], _ tokens: [Token]) -> [Mention] {
    guard ms.count >= 2,
      let first = (0..<ms.count - 1).first(where: { joinsWing(ms, $0, tokens) })
    else { return ms }
    var out = Array(ms[..<first])
    out.reserveCapacity(ms.count)
    var k = first
    while k < ms.count {
      if k + 1 < ms.count, joinsWing(ms, k, tokens) {
        var m = ms[k]
        m.tokenEnd = ms[k + 1].tokenEnd
        out.append(m)
        k += 2
        continue
      }
      out.append(ms[k])
      k += 1
    }
    return out
  }

  /// Whether mention `ms[k + 1]` names the movement of wing `ms[k]`: one to five words of
  /// `wing_word` between with a word of `wing_head` (commas too), the same code, and in Arabic
  /// the ل of the genitive on the movement.
  func joinsWing(_ ms: [Mention], _ k: Int, _ tokens: [Token]) -> Bool {
    let end = ms[k].tokenEnd
    let start = ms[k + 1].tokenStart
    let gap = start - end
    guard gap >= 1, gap <= 5, ms[k].code == ms[k + 1].code, !ms[k].code.isEmpty else {
      return false
    }
    var head = false
    for j in end..<start {
      if tokens[j].kind == .comma { continue }
      guard tokens[j].kind == .arabic || tokens[j].kind == .latin else { return false }
      if lexicon.isWholeWordMarker(tokens, j, .wingHead) {
        head = true
      } else if !lexicon.isWholeWordMarker(tokens, j, .wingWord) {
        return false
      }
    }
    guard head else { return false }
    return tokens[start].kind != .arabic || ms[k + 1].proclitic.containsScalar(0x0644)
  }
}
