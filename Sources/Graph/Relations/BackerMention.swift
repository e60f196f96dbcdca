/// English backers named in a compound before their head noun ("Iran-backed militias",
/// "Turkish-backed Syrian National Army"): the backer is never an argument of a cue before it;
/// the head is, when it is named.
extension SentenceContext {
  /// The token after the compound ("-backed", "-supported", ..., lexicon forms that start
  /// with a hyphen) right after English mention `k`; nil when none follows it.
  func backedFrom(_ k: Int) -> Int? {
    let end = mentions[k].tokenEnd
    guard tokens[mentions[k].tokenStart].kind == .latin, end + 1 < range.upperBound,
      tokens[end].kind == .quote, tokens.norm(end).equalsWord("-")
    else { return nil }
    return lexicon.match(tokens, at: end, limit: min(range.upperBound, end + 3))
      .first(where: { $0.entry.isCompound })?.tokenEnd
  }

  /// The mention the compound ending before token `after` qualifies: an actor's name within two
  /// lower-case words ("Iran-backed Houthi rebels"; a nisba with its own name after it,
  /// "Iran-backed Lebanese group Hezbollah", gives the name). Nil when the head is unnamed.
  func backedHead(after: Int) -> Int? {
    func plainWords(_ from: Int, _ to: Int) -> Bool {
      to >= from && to - from <= 2
        && (from..<to).allSatisfy {
          tokens[$0].kind == .latin && !tokens[$0].capitalized && !tokens[$0].lex.may(TokenLex.cue)
            && !isMarker($0, .preposition) && !isMarker($0, .coordination)
        }
    }
    guard let n = mentions.firstIndex(where: { $0.tokenStart >= after }),
      plainWords(after, mentions[n].tokenStart)
    else { return nil }
    if mentions[n].form == .adjective, n + 1 < mentions.count, mentions[n + 1].form == .name,
      plainWords(mentions[n].tokenEnd, mentions[n + 1].tokenStart)
    {
      return n + 1
    }
    return n
  }
}

/// English go-betweens named in a compound before the joint act ("Israel and Syria held
/// US-brokered talks"): not a party to the act.
extension SentenceContext {
  /// Whether English mention `k` stands right before a hyphen and a participle in -ed
  /// ("US-brokered", "Qatari-mediated").
  func isHyphenedModifier(_ k: Int) -> Bool {
    let end = mentions[k].tokenEnd
    return tokens[mentions[k].tokenStart].kind == .latin && end + 1 < range.upperBound
      && tokens[end].kind == .quote && tokens.norm(end).equalsWord("-")
      && tokens[end + 1].kind == .latin
      && tokens.norm(end + 1).hasByteSuffix("ed")
  }

  /// For English mention `k` right before a hyphen and a participle in -ed ("US-brokered",
  /// "Qatari-mediated"), the subject before it (within four words, no obliques); nil when `k`
  /// is no such modifier or no subject stands before it.
  func hyphenedModifier(_ k: Int) -> Int? {
    guard isHyphenedModifier(k) else { return nil }
    return nearestBefore(
      mentions[k].tokenStart, sameClause: true, subjectsOnly: true, maxDistance: 4)
  }
}
