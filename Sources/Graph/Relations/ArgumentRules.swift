/// The argument rules: for a cue and its frame, which mentions are source and target. This
/// file holds the pairing helpers; the rules are in VerbRules, NounRules, FrameRules and
/// JointRules, and the searches they share in SubjectSearch and ObjectSearch.
extension SentenceContext {
  func pairs(_ sources: [Int], _ targets: [Int], rule: String, confidence: Double = 1.0)
    -> [Candidate]
  {
    var out: [Candidate] = []
    for s in sources {
      for t in targets where mentions[s].code != mentions[t].code {
        // (Room for all the pairs at the first: appended one at a time, the list was made
        // again as it grew.)
        if out.isEmpty { out.reserveCapacity(sources.count * targets.count) }
        out.append(
          Candidate(
            source: Argument(mentions, s), target: Argument(mentions, t), rule: rule,
            confidence: confidence))
      }
    }
    return out
  }

  /// `pairs([group[a]], [group[b]], rule:)` for every two mentions of `group` in order, into
  /// one list (no lists made for each pair).
  func allPairs(_ group: [Int], rule: String) -> [Candidate] {
    var out: [Candidate] = []
    for a in group.indices {
      for b in group.indices where b > a {
        let (s, t) = (group[a], group[b])
        guard mentions[s].code != mentions[t].code else { continue }
        if out.isEmpty { out.reserveCapacity(group.count * (group.count - 1) / 2) }
        out.append(
          Candidate(
            source: Argument(mentions, s), target: Argument(mentions, t), rule: rule,
            confidence: 1.0))
      }
    }
    return out
  }

  /// The codes of the mentions of `group`, to leave out of a search (`excluding:`): a list, as
  /// the searches only ask whether a code is in it (a group is a few mentions long).
  func codes(_ group: [Int]) -> [String] {
    group.map { mentions[$0].code }
  }

  /// Whether a mention of `group` has `code`: `codes(group).contains(code)`, with no set made.
  func groupHas(_ group: [Int], code: String) -> Bool {
    group.contains { mentions[$0].code == code }
  }
}
