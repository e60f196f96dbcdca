/// English nouns of quantity or series that stand with "of" before the noun they count: "a wave
/// of strikes on", "a series of raids against", "hit by a barrage of Russian missiles". Their
/// "of" is no preposition that ends a phrase. The nouns are the list `quantity_noun` of
/// markers.json, read by the rules that call this (`lightVerbSubject`, the agent phrase of
/// `agentRule`).
extension SentenceContext {
  /// Whether token `j` is the "of" of a quantity noun right before it ("a wave of").
  func isQuantityOf(_ j: Int) -> Bool {
    j > range.lowerBound && tokens[j].norm == "of" && tokens[j - 1].kind == .latin
      && lexicon.isMarker(tokens, j - 1, .quantityNoun)
  }
}
