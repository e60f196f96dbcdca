/// English nouns of quantity or series that stand with "of" before the noun they count: "a wave
/// of strikes on", "a series of raids against", "hit by a barrage of Russian missiles". Their
/// "of" is no preposition that ends a phrase. A list local to the rules that read it
/// (`SentenceContext.lightVerbSubject`, the agent phrase of `agentRule`).
enum QuantityNouns {
  /// The nouns, folded.
  static let words: Set<String> = [
    "wave", "waves", "series", "barrage", "barrages", "salvo", "salvos", "volley", "volleys",
    "spate", "string", "round", "rounds", "flurry", "hail", "swarm", "swarms", "number",
    "batch", "batches", "package", "packages", "dozens", "hundreds", "thousands", "scores",
    "couple",
  ]

  /// Whether token `j` is the "of" of a quantity noun right before it ("a wave of").
  static func isQuantityOf(_ tokens: [Token], _ j: Int, from lowerBound: Int) -> Bool {
    j > lowerBound && tokens[j].norm == "of" && tokens[j - 1].kind == .latin
      && words.contains(tokens[j - 1].norm)
  }
}
