extension SentenceContext {
  /// Whether the sentence is about sport: a word of the list `sport_word` ("المنتخب",
  /// "مباراة", "football"), whose teams bear states' names ("هزم المنتخب السعودي نظيره
  /// الأرجنتيني").
  var tellsSport: Bool {
    lexicon.containsWholeWordMarker(tokens, range, .sportWord)
  }
}
