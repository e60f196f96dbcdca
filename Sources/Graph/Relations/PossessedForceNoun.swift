extension Lexicon {
  /// The third-person pronouns a possessed force noun carries: ه, ها, هم.
  static let ownerEnclitics = ["\u{0647}", "\u{0647}\u{0627}", "\u{0647}\u{0645}"]

  /// The reading of Arabic token `i` that is a force noun with a third-person pronoun ("قواتها",
  /// "مسلحيها", "وعناصره", "منتسبيها"): the forces of the actor the pronoun stands for. Nil for
  /// any other word. Read by `DefiniteAnaphora` (the description "its forces") and by the
  /// reports of a side's own dead (`membersKilled`).
  func possessedForceReading(_ tokens: [Token], _ i: Int) -> ArabicClitics.Reading? {
    guard mayBeMarkerWithoutSuffix(tokens, i, .forceNoun) else { return nil }
    return tokens[i].readings.first { r in
      ArabicClitics.splitEnclitic(r.stem).contains {
        Self.ownerEnclitics.contains($0.enclitic) && isMarker($0.stem, .forceNoun, arabic: true)
      }
    }
  }
}
