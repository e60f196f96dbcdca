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

  /// The codes of the mentions of `group`, to leave out of a search (`excluding:`): read from
  /// the mentions when a search asks whether a code is in them (a group is a few mentions long),
  /// with no list of codes made.
  func codes(_ group: [Int]) -> ExcludedCodes {
    ExcludedCodes(mentions, group)
  }

  /// Whether a mention of `group` has `code`: `codes(group).contains(code)`, with no set made.
  func groupHas(_ group: [Int], code: String) -> Bool {
    group.contains { mentions[$0].code == code }
  }
}

/// The codes a search leaves out (`excluding:`): those of a group of mentions, read from the
/// mentions when asked (`codes(_:)` made a list of Strings for every search, about 6,000 lists
/// per 2 MB), and any others given as a list (`[speaker.code]`).
struct ExcludedCodes: ExpressibleByArrayLiteral {
  /// The mentions `group` indexes, as they were when the codes were asked for.
  private var mentions: [Mention] = []
  private var group: [Int] = []
  private var others: [String] = []

  init(arrayLiteral elements: String...) { others = elements }
  init(_ codes: [String]) { others = codes }
  init(_ mentions: [Mention], _ group: [Int]) {
    self.mentions = mentions
    self.group = group
  }

  var isEmpty: Bool { group.isEmpty && others.isEmpty }

  /// Whether `code` is one of the codes.
  func contains(_ code: String) -> Bool {
    let inGroup = mentions.withUnsafeBufferPointer { ms in
      for k in group {
        precondition(k >= 0 && k < ms.count, "Index out of range")
        if ms.baseAddress.unsafelyUnwrapped[k].code == code { return true }
      }
      return false
    }
    return inGroup || others.contains(code)
  }

  /// The codes as a list, the group's first (in its order), then the others.
  var list: [String] { group.map { mentions[$0].code } + others }

  static func + (a: ExcludedCodes, b: ExcludedCodes) -> ExcludedCodes {
    var r = a
    r.others += b.list
    return r
  }
}
