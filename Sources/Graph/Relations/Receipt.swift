/// Support received: "تتلقى حركة حماس دعما ماليا من إيران", "Hamas receives financial support
/// from Iran": the giver, after "من"/"from", supports the receiver, the subject of the verb of
/// receiving (`receipt` markers); so does one who gives weapons ("تلقى الجيش السوداني أسلحة من
/// إيران") or whose nisba follows the aid ("تلقت أوكرانيا دفعة من المساعدات الأمريكية").
extension SentenceContext {
  /// The pair of a support cue in the clause of a verb of receiving (at most six tokens before
  /// it), if the giver is named right after "من"/"from" within the four tokens after the cue and
  /// the receiver around the verb.
  func receivedSupport(_ cue: Lexicon.Match) -> [Candidate]? {
    guard cue.entry.relation == .supports else { return nil }
    let clause = clauseOf(cue.tokenStart)
    // "تلقى الجيش السوداني أسلحة من إيران": the verb of receiving is itself the cue (a line
    // that needs a weapon), and the weapon, after the receiver, is what is received.
    let weapon = Marker.NamedList.weapon
    let isVerb =
      weapon.bit != 0 && cue.entry.needsNamed == weapon.bit && isMarker(cue.tokenStart, .receipt)
    var received = cue.tokenStart..<cue.tokenEnd
    let r: Int
    if isVerb {
      guard
        let w = (cue.tokenEnd..<min(range.upperBound, cue.tokenEnd + 6)).first(where: {
          lexicon.isMarker(tokens, $0, weapon) && !inMention($0)
        }), clauseOf(w) == clause
      else { return [] }
      r = cue.tokenStart
      received = w..<(w + 1)
    } else {
      let lo = max(range.lowerBound, cue.tokenStart - 6)
      guard
        let v = lastMarker(.receipt, inClause: clause, lo..<cue.tokenStart)
      else { return nil }
      r = v
    }
    // The giver: right after "من"/"from" within the four tokens after what is received, or a
    // nisba right after it ("دفعة جديدة من المساعدات الأمريكية", "أسلحة روسية").
    let after = received.upperBound
    let f = (after..<min(range.upperBound, after + 4)).first(where: {
      isMarker($0, .agentPreposition) && !tokens.norm($0).equalsWord("by")
    })
    let giver =
      f.flatMap { firstAfter($0 + 1, sameClause: true, maxDistance: 1) }
      ?? (isArabic(received.lowerBound)
        ? nisbaGiver(after: after)
          ?? (isVerb || !cue.enclitic.isEmpty ? nil : genitiveGiver(after: after))
        : nil)
    guard let giver else { return isVerb ? [] : nil }
    // The receiver: the subject after the verb (VSO), or the one before it.
    let receiver =
      mentions.indices.first(where: {
        mentions[$0].tokenStart > r && mentions[$0].tokenEnd <= received.lowerBound
          && !isOblique(at: $0)
      })
      ?? nearestBefore(r, sameClause: true, subjectsOnly: true, maxDistance: 4)
    guard let t = receiver, mentions[t].code != mentions[giver].code else { return [] }
    return pairs(groupForward(giver), [t], rule: "received-from")
  }

  /// Arabic: the genitive right after the support received, "حظي إنسولسا بتأييد البرازيل
  /// والأرجنتين", "نالت الحكومة دعم تركيا".
  private func genitiveGiver(after: Int) -> Int? {
    guard after < range.upperBound, isArabic(after),
      let k = mentions.firstIndex(where: { $0.tokenStart == after }),
      mentions[k].proclitic.isEmpty, !mentions[k].code.isEmpty
    else { return nil }
    return k
  }

  /// The nisba of what is received, right after it or after one or two adjectives ("طائرات
  /// مسيرة إيرانية", "مساعدات عسكرية أمريكية"): the giver.
  private func nisbaGiver(after: Int) -> Int? {
    guard
      let k = mentions.firstIndex(where: {
        $0.tokenStart >= after && $0.tokenStart <= after + 2
      }), mentions[k].form == .adjective, !mentions[k].code.isEmpty
    else { return nil }
    let between = after..<mentions[k].tokenStart
    guard
      between.allSatisfy({
        tokens[$0].kind == .arabic && !isMarker($0, .preposition)
          && !isMarker($0, .coordination)
      })
    else { return nil }
    return k
  }
}
