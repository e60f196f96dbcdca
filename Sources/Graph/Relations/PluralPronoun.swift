/// Plural pronouns ("they", "their forces") that name every actor of a list.
extension DefiniteAnaphora.Memory {
  /// The actors named in one English list with `named[a]` ("Egypt and Jordan", "France,
  /// Britain and Germany": names joined by commas and "and" alone), `named[a]` among them,
  /// each code once, or the list a plural pronoun stored at `a` named; empty when it was named
  /// alone.
  func coordinated(with a: Int32, _ tokens: [Token]) -> [DefiniteAnaphora.Antecedent] {
    guard a >= 0, Int(a) < named.count else { return [] }
    if let list = lists[a] { return list }
    func joined(_ k: Int) -> Bool {
      let (x, y) = (named[k], named[k + 1])
      guard x.sentence == y.sentence, x.end < y.start, y.start - x.end <= 2 else { return false }
      return (x.end..<y.start).allSatisfy {
        tokens[$0].kind == .comma && tokens.norm($0).sameBytes(",")
          || tokens[$0].kind == .latin && tokens.norm($0).equalsWord("and")
      }
    }
    // Whether "and" joins named[k] to the next ("Cuba and Bolivia").
    func byAnd(_ k: Int) -> Bool {
      (named[k].end..<named[k + 1].start).contains {
        tokens[$0].kind == .latin && tokens.norm($0).equalsWord("and")
      }
    }
    // A list ends at its "and": "Cuba and Bolivia, Maduro's leftist allies" lists two; the
    // name after the comma opens an aside.
    var lo = Int(a)
    var later = false
    while lo > 0, joined(lo - 1), !(later && byAnd(lo - 1)) {
      later = true
      lo -= 1
    }
    var hi = Int(a)
    var closed = (lo..<Int(a)).contains(where: byAnd)
    while !closed, hi + 1 < named.count, joined(hi) {
      closed = byAnd(hi)
      hi += 1
    }
    guard hi > lo else { return [] }
    var out: [DefiniteAnaphora.Antecedent] = []
    for k in lo...hi where !out.contains(where: { $0.code == named[k].code }) {
      out.append(named[k])
    }
    return out.count >= 2 ? out : []
  }

  /// `candidates` with a plural pronoun's partners added: each candidate whose source or
  /// target is a pronoun with partners ("they", `partners`) once more for each partner, named
  /// by the same words.
  func withPartners(_ candidates: [Candidate]) -> [Candidate] {
    var out = candidates
    // The side at `side` named again by each partner, the other side not one of them.
    func repeated(
      _ c: Candidate, _ side: WritableKeyPath<Candidate, Argument>,
      other: KeyPath<Candidate, Argument>
    ) {
      guard let others = partners[c[keyPath: side].tokenStart] else { return }
      for o in others where o.code != c[keyPath: other].code {
        var d = c
        d[keyPath: side].code = o.code
        d[keyPath: side].actor = o.actor
        out.append(d)
      }
    }
    for c in candidates {
      repeated(c, \.source, other: \.target)
      repeated(c, \.target, other: \.source)
    }
    return out
  }
}
