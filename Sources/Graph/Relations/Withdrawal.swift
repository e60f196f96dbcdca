/// Leaving a joint act: "انسحبت الولايات المتحدة من الاتفاق النووي مع إيران", "the US withdrawal
/// from the Iran nuclear deal", "Washington pulled out of the accord": the one who leaves opposes
/// the other party, like a refusal ("رفض التفاوض مع X"). So does the one who ends an
/// agreement ("Niger revoked its military accord with the US", `Withdrawal.ending`: the lists
/// `ending` and `agreement_noun`).
///
/// The words of leaving are the list `withdrawal` of markers.json, read by name
/// (`Marker.readByName`): the check runs only for joint cues after "من"/"from"/"out of".
enum Withdrawal {
  /// The most words between "من"/"from" and the joint noun ("from the Iran nuclear deal").
  static let modifierReach = 3

  /// The token of "من"/"from"/"of" (after "out") that opens the phrase of the joint noun at
  /// `cue`, when a word of leaving governs it: right before it, or before the actor that leaves
  /// ("انسحبت الولايات المتحدة من", "انسحاب بلاده من"). Nil otherwise.
  static func preposition(
    _ tokens: [Token], _ range: Range<Int>, cueStart: Int, lexicon: Lexicon,
    isMention: (Int) -> Bool
  ) -> (from: Int, word: Int)? {
    // "from", then up to `modifierReach` words of the noun's phrase.
    var f = cueStart - 1
    while f >= range.lowerBound, cueStart - f <= modifierReach + 1, !isFrom(tokens, f, range) {
      // ("withdrew from the town under a deal with Kinshasa": "under" opens the deal's phrase.)
      guard tokens[f].isWord, !lexicon.isMarker(tokens, f, .preposition) || isMention(f),
        tokens[f].kind != .latin || !tokens.norm(f).sameBytes("under")
      else {
        return nil
      }
      f -= 1
    }
    guard f >= range.lowerBound, isFrom(tokens, f, range) else { return nil }
    // The word of leaving, before "from" ("out of": before "out"), past the actor that leaves.
    var w = f - 1
    if tokens.norm(f).equalsWord("of") { w -= 1 }
    var passed = 0
    // "withdrew the US from": the actor that leaves, its article too, may come between.
    while w >= range.lowerBound, isMention(w) || tokens.norm(w).equalsWord("the"), passed < 6 {
      w -= 1
      passed += 1
    }
    guard w >= range.lowerBound, lexicon.isMarker(tokens, w, .withdrawal) else { return nil }
    return (f, w)
  }

  /// The word that ends an agreement (list `ending`: "revoked", "tore" of "tore up", "Mali tore
  /// up the peace deal", "India suspended the Indus Waters Treaty with Pakistan", "أعلنت الهند
  /// تعليق معاهدة مياه السند مع باكستان") that governs the agreement noun at `cue` (the cue's last
  /// word is in the list `agreement_noun`: not talks, meetings or a mediation, "suspended talks
  /// with" may still be talks) across at most `modifierReach` words of its phrase (articles,
  /// possessives, adjectives, a year, an actor: "scrapped its 2015 defence pact with", "tore up
  /// the Iran nuclear deal", "تعليق العمل بمعاهدة"). Nil otherwise, and after a preposition
  /// ("the war ended in a deal with").
  static func ending(
    _ tokens: [Token], _ range: Range<Int>, cue: Lexicon.Match, lexicon: Lexicon,
    isMention: (Int) -> Bool
  ) -> Int? {
    // (Not an agreement "between" others: "Egypt scrapped the agreement between Turkey and
    // Libya" leaves their act as it is, as a refusal of it does.)
    guard lexicon.isMarker(tokens, cue.tokenEnd - 1, .agreementNoun),
      cue.tokenEnd >= range.upperBound
        || (!tokens.norm(cue.tokenEnd).sameBytes("between")
          && !tokens.norm(cue.tokenEnd).sameBytes("\u{0628}\u{064A}\u{0646}"))
    else { return nil }
    var w = cue.tokenStart - 1
    while w >= range.lowerBound, cue.tokenStart - w <= modifierReach + 2 {
      if lexicon.isMarker(tokens, w, .ending) { return w }
      // "tore up", "ripped up": the particle.
      let particle = tokens.norm(w).sameBytes("up") && w > range.lowerBound
      guard
        particle || tokens[w].kind == .number || isMention(w)
          || (tokens[w].isWord && !lexicon.isMarker(tokens, w, .preposition)
            && !lexicon.isMarker(tokens, w, .coordination))
      else { return nil }
      w -= 1
    }
    return nil
  }

  /// "من", "from", or the "of" of "out of".
  static func isFrom(_ tokens: [Token], _ j: Int, _ range: Range<Int>) -> Bool {
    let n = tokens.norm(j)
    if tokens[j].kind == .arabic { return n.sameBytes("\u{0645}\u{0646}") }
    return n.sameBytes("from")
      || (n.sameBytes("of") && j > range.lowerBound && tokens.norm(j - 1).sameBytes("out"))
  }
}

extension SentenceContext {
  /// The mention that leaves the joint act at `cue` (see `Withdrawal`): the actor between the
  /// word of leaving and "from", else the subject or possessor right before the word.
  func withdrawer(from cue: Lexicon.Match) -> Int? {
    guard cue.entry.frame == .joint, cue.entry.relation == .negotiatesWith else { return nil }
    // The mentions alone captured (see `SentenceContext.inMention(_:_:)`).
    let ms = mentions
    let isMention = { (j: Int) in Self.inMention(j, ms) }
    guard
      let p = Withdrawal.preposition(
        tokens, range, cueStart: cue.tokenStart, lexicon: lexicon, isMention: isMention)
    else {
      // "Chad ended its defence pact with France": ending an agreement leaves it; the one who
      // ends it is the verb's subject.
      // An Arabic verb or verbal noun has its subject right after it ("ألغت الهند معاهدة",
      // "تعليق موسكو معاهدة").
      return Withdrawal.ending(tokens, range, cue: cue, lexicon: lexicon, isMention: isMention)
        .flatMap { w in
          (tokens[w].kind == .arabic
            ? mentions.firstIndex { $0.tokenStart == w + 1 && $0.tokenEnd <= cue.tokenStart }
            : nil) ?? nearestBefore(w, sameClause: true, subjectsOnly: true, maxDistance: 4)
        }
    }
    if let k = mentions.firstIndex(where: { $0.tokenStart > p.word && $0.tokenEnd <= p.from }) {
      return k
    }
    return nearestBefore(p.word, sameClause: true, subjectsOnly: true, maxDistance: 4)
  }

  /// The other party of a joint act that `w` leaves, when the joint rules found none: an actor
  /// inside the noun's phrase ("the Iran nuclear deal"), a nisba after the noun ("الاتفاق
  /// النووي الإيراني") or the actor after "مع"/"with".
  func withdrawalPairs(_ cue: Lexicon.Match, withdrawer w: Int) -> [Candidate] {
    let leaving = mentions[w].code
    let inPhrase = mentions.indices.first {
      $0 != w && mentions[$0].tokenEnd <= cue.tokenStart
        && cue.tokenStart - mentions[$0].tokenEnd <= Withdrawal.modifierReach
        && mentions[$0].tokenStart > mentions[w].tokenEnd && mentions[$0].code != leaving
    }
    let after = (cue.tokenEnd..<min(range.upperBound, cue.tokenEnd + 3)).first {
      isMarker($0, .with)
    }.flatMap { firstAfter($0 + 1, sameClause: true, maxDistance: 2, excluding: [leaving]) }
    let adjacent = firstAfter(cue.tokenEnd, sameClause: true, maxDistance: 1, excluding: [leaving])
      .flatMap { mentions[$0].form == .adjective ? $0 : nil }
    guard let t = inPhrase ?? after ?? adjacent else { return [] }
    return pairs([w], [t], rule: "withdrawal")
  }
}
