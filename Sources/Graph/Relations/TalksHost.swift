/// The host of talks named after their noun: "في ختام محادثات استضافتها الصين", "بعد مفاوضات
/// غير مباشرة استضافتها الدوحة", "talks hosted by China". The host meets each party of the
/// talks (the parties the cue found, or those the sentence's talks named before it).
extension SentenceContext {
  /// The host's mention after the talks noun of `cue`: Arabic "استضافها"/"استضافتها"/
  /// "تستضيفها" (list `hosting_relative`) right after the noun or one or two of its adjectives,
  /// the host right after the verb; English "hosted by X". Nil when there is none.
  func talksHost(after cue: Lexicon.Match) -> Int? {
    guard cue.entry.relation == .negotiatesWith, cue.entry.frame == .joint else { return nil }
    var j = cue.tokenEnd
    if isArabic(cue.tokenStart) {
      var skipped = 0
      while j < range.upperBound, skipped < 2, tokens[j].kind == .arabic, !inMention(j),
        !lexicon.isMarker(tokens, j, .hostingRelative)
      {
        j += 1
        skipped += 1
      }
      guard j + 1 < range.upperBound, tokens[j].kind == .arabic,
        lexicon.isMarker(tokens, j, .hostingRelative)
      else { return nil }
      return mentions.firstIndex(where: { $0.tokenStart == j + 1 })
    }
    guard j + 2 < range.upperBound, tokens[j].kind == .latin,
      tokens.norm(j).equalsWord("hosted"), tokens.norm(j + 1).equalsWord("by")
    else { return nil }
    return mentions.firstIndex(where: { $0.tokenStart == j + 2 })
  }

  /// The host (mention `h`) meets each party of the talks: the actors of `found` (the cue's
  /// own pairs), else the actors of the talks this sentence told before (`earlier`, codes),
  /// else the parties of the meeting `remembered` when sentence `sentence` comes right after it.
  func hostPairs(
    host h: Int, _ found: [Candidate], earlier: [String], remembered: MeetingMemory?,
    sentence: Int
  ) -> [Candidate] {
    var parties: [Argument] = []
    for c in found {
      for a in [c.source, c.target] where !parties.contains(where: { $0.code == a.code }) {
        parties.append(a)
      }
    }
    if parties.isEmpty {
      for code in earlier where !parties.contains(where: { $0.code == code }) {
        if let k = mentions.firstIndex(where: { $0.code == code }) {
          parties.append(Argument(mentions, k))
        }
      }
    }
    let host = Argument(mentions, h)
    // "توصلت إسرائيل وحماس إلى اتفاق. وجاء الإعلان بعد مفاوضات استضافتها الدوحة": with no
    // party in this sentence, the parties of the talks the sentence right before told.
    if parties.isEmpty, let m = remembered, m.sentence.index == sentence - 1 {
      return m.parties.filter { $0.code != host.code }.map {
        Candidate(
          source: host, target: $0, rule: "talks-host", confidence: 0.7, antecedent: m.sentence)
      }
    }
    return parties.filter { $0.code != host.code }.map {
      Candidate(source: host, target: $0, rule: "talks-host", confidence: 0.7)
    }
  }
}
