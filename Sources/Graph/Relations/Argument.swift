/// One side of a relation as the rules found it: the actor and the words that named it.
struct Argument: Hashable {
  var code: String
  var actor: String
  var tokenStart: Int
  var tokenEnd: Int

  init(_ m: Mention) {
    code = m.code
    actor = m.actor
    tokenStart = m.tokenStart
    tokenEnd = m.tokenEnd
  }

  /// `Argument(mentions[k])`, the mention read in place: passed on, it was copied first (three
  /// Strings and more) and destroyed after.
  init(_ mentions: [Mention], _ k: Int) {
    (code, actor, tokenStart, tokenEnd) = mentions.withUnsafeBufferPointer { b in
      precondition(k >= 0 && k < b.count, "Index out of range")
      return (b[k].code, b[k].actor, b[k].tokenStart, b[k].tokenEnd)
    }
  }

  init(code: String, actor: String, tokenStart: Int, tokenEnd: Int) {
    self.code = code
    self.actor = actor
    self.tokenStart = tokenStart
    self.tokenEnd = tokenEnd
  }
}

/// A source/target pair proposed by an argument rule, with the rule's name.
struct Candidate {
  var source: Argument
  var target: Argument
  var rule: String
  var confidence: Double
  /// The earlier sentence that named one side (`AttackMemory`); the evidence then runs from it.
  var antecedent: Sentence? = nil
  /// The relation when the rule states it rather than the cue ("received German tanks" is
  /// support, though "received" is a cue of meeting).
  var relation: RelationType? = nil
}

extension Candidate {
  /// Each of `sources` reacting to each of `targets`, the actors of an act or decision an earlier
  /// sentence (`antecedent`) told: one candidate a pair of codes, none for a source that is one
  /// of the targets (`decisionReactionPairs`, the verdicts on a decision or an act, the lead's
  /// act).
  static func reactions(
    of sources: [Argument], to targets: [Argument], rule: String, confidence: Double,
    antecedent: Sentence
  ) -> [Candidate] {
    var out: [Candidate] = []
    for source in sources where !targets.contains(where: { $0.code == source.code }) {
      for t in targets
      where !out.contains(where: { $0.source.code == source.code && $0.target.code == t.code }) {
        out.append(
          Candidate(
            source: source, target: t, rule: rule, confidence: confidence,
            antecedent: antecedent))
      }
    }
    return out
  }
}

extension Optional where Wrapped == Argument {
  /// Whether there is an argument, read by the case alone: `x != nil` here compared the two
  /// optionals as a tuple, copied and then destroyed through its type's metadata.
  @inline(__always)
  var isSome: Bool {
    if case .some = self { return true }
    return false
  }
}

extension Extractor {
  /// The sources a coordinated verb after the cue shares: the first candidate's source, and the
  /// sources of the other candidates aimed at the same target ("ودانت السعودية والإمارات ومصر
  /// الغارة": the whole coordinated subject), each code once.
  static func sharedSources(_ candidates: [Candidate]) -> [Argument] {
    guard let first = candidates.first else { return [] }
    var out = [first.source]
    for c in candidates.dropFirst()
    where c.target.code == first.target.code && !out.contains(where: { $0.code == c.source.code }) {
      out.append(c.source)
    }
    return out
  }
}
