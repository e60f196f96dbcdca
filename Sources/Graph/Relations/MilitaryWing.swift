/// "سرايا القدس الجناح العسكري لحركة الجهاد الإسلامي", "the Qassam Brigades, the armed wing of
/// Hamas": a wing named with the movement it belongs to. When both name the same actor (the wing
/// rolls up to the movement), the phrase is one mention, so the rules find one subject instead
/// of an apposition they cannot pass.
extension Extractor {
  /// Words of the phrase between a wing's name and its movement's (folded): the wing, its
  /// adjective, and in English the comma, article and "of".
  static let wingHeads: Set<String> = Set(
    ["الجناح", "جناح", "الذراع", "ذراع", "wing", "arm"].map { Normalizer.normalize($0) })
  static let wingWords: Set<String> = Set(
    [
      "العسكري", "العسكرية", "المسلح", "المسلحة", "السياسي", "السياسية", "armed", "military",
      "political", "the", "its", "of",
    ].map { Normalizer.normalize($0) })

  /// `ms` with each wing and its movement joined into one mention (see the type's comment).
  func mergeWings(_ ms: [Mention], _ tokens: [Token]) -> [Mention] {
    guard ms.count >= 2 else { return ms }
    var out: [Mention] = []
    out.reserveCapacity(ms.count)
    var k = 0
    while k < ms.count {
      if k + 1 < ms.count, joinsWing(ms[k], ms[k + 1], tokens) {
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

  /// Whether mention `b` names the movement of wing `a`: the same code, one to five words of
  /// `wingWords` between with a word of `wingHeads`, and in Arabic the ل of the genitive on `b`.
  func joinsWing(_ a: Mention, _ b: Mention, _ tokens: [Token]) -> Bool {
    let gap = b.tokenStart - a.tokenEnd
    guard gap >= 1, gap <= 5, a.code == b.code, !a.code.isEmpty else { return false }
    var head = false
    for j in a.tokenEnd..<b.tokenStart {
      if tokens[j].kind == .comma { continue }
      let w = tokens.norm(j)
      if Self.wingHeads.contains(w) {
        head = true
      } else if !Self.wingWords.contains(w) {
        return false
      }
    }
    guard head else { return false }
    return tokens[b.tokenStart].kind != .arabic || b.proclitic.containsScalar(0x0644)
  }
}
