/// English officers of a body named by their title: "NATO Secretary General Mark Rutte", "UN
/// envoy X", "IAEA chief Rafael Grossi". The person named right after an organisation and the
/// words of its title speaks for the body, not for the state of the person's other offices; a
/// later mention of the name in the same document does too ("Rutte said ...").
extension ActorMatcher {
  /// Last words of a title (folded) that make the person after a body its officer.
  /// ("ambassador" is not one: "the UN ambassador" is a state's at the body.)
  static let bodyTitleWords: Set<String> = [
    "chief", "head", "envoy", "spokesman", "spokeswoman", "spokesperson", "commissioner",
    "chairman", "chairwoman", "chairperson", "chair", "general", "secretary-general",
    "president", "representative", "director", "director-general", "commander", "coordinator",
    "rapporteur", "prosecutor", "secretary",
  ]

  /// Reads `found` (one sentence's mentions, in order) again: an English person after a body
  /// and its title becomes the person's office at the body (a namesake entry that rolls up to
  /// it), or the body itself when the person's only office is a state's; `offices` (the
  /// document's, by the person's display name) keeps what the titles gave, for the later
  /// mentions of the name without one.
  func applyBodyOffices(
    _ found: inout [Mention], _ tokens: [Token], offices: inout [String: Mention]
  ) {
    var k = 0
    while k < found.count {
      defer { k += 1 }
      let e = Int(found[k].actorEntry)
      guard found[k].form == .name, e >= 0, e < gazetteer.entries.count,
        tokens[found[k].tokenStart].kind == .latin, gazetteer.entries[e].kind == .person
      else { continue }
      let name = gazetteer.entries[e].name
      if k > 0, let r = bodyOffice(found, body: k - 1, person: k, tokens) {
        found[k] = r
        offices[name] = r
      } else if let r = offices[name], r.actorEntry != found[k].actorEntry, r.actorEntry >= 0 {
        found[k] = known(
          Mention(
            tokenStart: found[k].tokenStart, tokenEnd: found[k].tokenEnd, code: r.code,
            actor: r.actor, form: .name, proclitic: found[k].proclitic),
          entry: Int(r.actorEntry))
      }
    }
  }

  /// The person `found[p]` as the officer of the body `found[b]` named right before it with
  /// one to four words of a title between, the last one of `bodyTitleWords`. Nil when the
  /// mentions are not so built, when a state is named right before the body ("Russia's UN
  /// envoy", "Russian UN envoy": the state's officer), or when the person already speaks for
  /// the body or for an actor that is not a state.
  private func bodyOffice(_ found: [Mention], body b: Int, person p: Int, _ tokens: [Token])
    -> Mention?
  {
    let m = found[p]
    let body = found[b]
    let gap = m.tokenStart - body.tokenEnd
    guard gap >= 1, gap <= 4, body.form == .name, body.codeEntry >= 0,
      Int(body.codeEntry) < gazetteer.entries.count,
      gazetteer.entries[Int(body.codeEntry)].kind == .organisation, body.code != m.code,
      Self.bodyTitleWords.contains(tokens.norm(m.tokenStart - 1).lowercased())
    else { return nil }
    for j in body.tokenEnd..<m.tokenStart
    where tokens[j].kind != .latin || phraseOpeners.contains(FoldedKey(tokens.norm(j))) {
      return nil
    }
    if b > 0 {
      let q = found[b - 1].tokenEnd
      if q == body.tokenStart
        || (q + 2 == body.tokenStart && tokens[q].kind == .quote
          && tokens.norm(q + 1).equalsWord("s"))
      {
        return nil
      }
    }
    let e = Int(m.actorEntry)
    if e < namesakes.count, let alt = namesakes[e].first(where: { rollUps[$0] == body.code }) {
      return known(
        Mention(
          tokenStart: m.tokenStart, tokenEnd: m.tokenEnd, code: rollUps[alt],
          actor: gazetteer.entries[alt].code, form: .name, proclitic: m.proclitic),
        entry: alt)
    }
    guard m.codeEntry >= 0, Int(m.codeEntry) < gazetteer.entries.count,
      gazetteer.entries[Int(m.codeEntry)].kind == .state
    else { return nil }
    let c = Int(body.codeEntry)
    return known(
      Mention(
        tokenStart: m.tokenStart, tokenEnd: m.tokenEnd, code: body.code,
        actor: gazetteer.entries[c].code, form: .name, proclitic: m.proclitic),
      entry: c)
  }
}
