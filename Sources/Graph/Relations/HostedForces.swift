/// A target that hosts another actor's forces: "Iran fired missiles at the Al Udeid air base in
/// Qatar, which hosts US forces", "قاعدة عين الأسد التي تستضيف قوات أمريكية": the attack hits
/// the forces' state as well.
extension SentenceContext {
  /// The pairs of the strike's sources with the actor whose forces the relative clause after the
  /// strike's target says the place hosts (", which hosts US forces", "التي تستضيف قوات
  /// أمريكية"); empty when the clause is not there.
  func hostedForcesPairs(_ cue: Lexicon.Match, _ found: [Candidate]) -> [Candidate] {
    guard cue.entry.relation == .strikes, let first = found.first,
      found.allSatisfy({ $0.antecedent == nil })
    else { return [] }
    let from = max(cue.tokenEnd, first.target.tokenEnd)
    let end = min(range.upperBound, from + 14)
    guard let r = (from..<end).first(where: { hostsWord($0) }) else { return [] }
    // The actor whose forces are hosted: a nisba or name, then a force noun (or the force noun,
    // then the nisba, in Arabic); "the" may stand before them.
    guard
      let k = mentions.firstIndex(where: {
        $0.tokenStart > r && $0.tokenStart <= r + 2
      }),
      case let before = r + 1..<mentions.tokenStart(k),
      before.allSatisfy({ isMarker($0, .forceNoun) || isThe($0) }),
      before.contains(where: { isMarker($0, .forceNoun) })
        || (mentions.tokenEnd(k) < range.upperBound && isMarker(mentions.tokenEnd(k), .forceNoun))
    else { return [] }
    let hosted = Argument(mentions, k)
    return found.compactMap { c in
      guard c.source.code != hosted.code, c.target.code != hosted.code else { return nil }
      return Candidate(
        source: c.source, target: hosted, rule: "hosted-forces", confidence: c.confidence)
    }
  }

  /// "تستضيف" and "يستضيف", folded.
  static let hostsAr = Normalizer.normalize("\u{062A}\u{0633}\u{062A}\u{0636}\u{064A}\u{0641}")
  static let hostsArMasculine = Normalizer.normalize(
    "\u{064A}\u{0633}\u{062A}\u{0636}\u{064A}\u{0641}")

  /// The verb of a relative clause of hosting at `j`: English "hosts"/"houses" after ", which",
  /// Arabic "تستضيف"/"يستضيف" after "التي"/"الذي".
  private func hostsWord(_ j: Int) -> Bool {
    guard j > range.lowerBound + 1 else { return false }
    switch tokens.kind(j) {
    case .latin:
      let w = tokens.norm(j)
      guard
        w.equalsWord("hosts") || w.equalsWord("houses") || w.equalsWord("hosted")
          || w.equalsWord("housed")
      else { return false }
      return tokens.norm(j - 1).equalsWord("which") && tokens.kind(j - 2) == .comma
    case .arabic:
      let w = tokens.norm(j)
      guard w.sameBytes(Self.hostsAr) || w.sameBytes(Self.hostsArMasculine) else { return false }
      return isMarker(j - 1, .relative)
    default:
      return false
    }
  }
}
