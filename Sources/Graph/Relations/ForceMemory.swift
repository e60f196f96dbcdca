/// Arabic: the owner of the force a document told last ("طلائع القوة الأوغندية التابعة لبعثة
/// الاتحاد الأفريقي", "لقوة حفظ السلام التابعة للمجموعة الاقتصادية لدول غرب أفريقيا"), so that a
/// later welcome of "the force's arrival" ("ورحب الرئيس الصومالي بوصول القوة") backs it.
struct ForceMemory {
  /// The sentence that named the force.
  var sentence: Sentence
  /// Whose force it is.
  var owner: Argument

  /// The last force named by a singular noun ("قوة", "بعثة", "كتيبة") and the last named by a
  /// plural one ("قوات", "جنود"): "بوصول القوة" is the former's, "بوصول القوات" the latter's,
  /// "بوصول الجنود" the later of the two.
  struct Last {
    var singular: ForceMemory?
    var plural: ForceMemory?

    /// The memory a definite noun `word` names again, if any.
    func named(by word: String) -> ForceMemory? {
      if ForceMemory.singularHeads.contains(word) { return singular }
      if word.sameBytes(ForceMemory.troops) {
        guard let s = singular, let p = plural else { return singular ?? plural }
        return s.sentence.index > p.sentence.index ? s : p
      }
      return plural
    }
  }

  /// How many sentences back the force may be.
  static let window = 4

  /// The nouns of a force, with or without the article or "ل".
  static let heads = ByteWords(
    [
      "قوة", "القوة", "لقوة", "قوات", "القوات", "لقوات", "بعثة", "البعثة", "لبعثة", "كتيبة",
      "الكتيبة", "جنود", "الجنود",
    ].map(Normalizer.normalize))
  /// The singular ones of `heads`.
  static let singularHeads = ByteWords(
    ["قوة", "القوة", "لقوة", "بعثة", "البعثة", "لبعثة", "كتيبة", "الكتيبة"].map(
      Normalizer.normalize))
  /// The force named again by its definite noun alone.
  static let definiteHeads = ByteWords(
    ["القوة", "القوات", "البعثة", "الكتيبة", "الجنود"].map(Normalizer.normalize))
  /// "الجنود", the soldiers of either.
  static let troops = Normalizer.normalize("الجنود")
  /// The nouns of its arrival after "ب" (the object of a verb of welcome).
  static let arrivals = ByteWords(
    ["بوصول", "بانتشار", "بنشر", "بدخول"].map(Normalizer.normalize))
  /// "التابعة ل": belonging to.
  static let belonging = ByteWords(["التابعة", "التابع"].map(Normalizer.normalize))
}

extension SentenceContext {
  /// Arabic: the owner of a force this sentence names, and whether its noun is singular: the
  /// body after "التابعة ل" within four words after a force's noun, first; else a nisba right
  /// after the noun ("القوات الأفريقية"). Nil when none.
  func forceOwner() -> (owner: Int, singular: Bool)? {
    var nisba: (owner: Int, singular: Bool)?
    for k in mentions.indices {
      let start = mentions[k].tokenStart
      guard start - 1 > range.lowerBound, isArabic(start) else { continue }
      let p = start - 1
      if ForceMemory.belonging.contains(tokens.norm(p)),
        mentions[k].proclitic.containsScalar(0x0644),
        let h = (max(range.lowerBound, p - 4)..<p).last(where: {
          ForceMemory.heads.contains(tokens.norm($0))
        })
      {
        return (k, ForceMemory.singularHeads.contains(tokens.norm(h)))
      }
      if mentions[k].form == .adjective, ForceMemory.heads.contains(tokens.norm(p)) {
        nisba = (k, ForceMemory.singularHeads.contains(tokens.norm(p)))
      }
    }
    return nisba
  }

  /// "ورحب الرئيس الصومالي عبد الله يوسف أحمد بوصول القوة": a verb of welcome whose object is the
  /// arrival of a force named by its definite noun alone (no actor right after it) backs the
  /// owner of the force of `forces` that noun names, told in an earlier sentence of the window.
  func welcomedForcePairs(_ cue: Lexicon.Match, _ forces: ForceMemory.Last, sentence: Sentence)
    -> [Candidate]
  {
    guard isArabic(cue.tokenStart), cue.entry.relation == .supports,
      lexicon.isMarker(tokens, cue.tokenStart, .welcomeVerb),
      let (group, after) = subject(of: cue), let first = group.first, let last = group.last
    else { return [] }
    var n = cue.tokenEnd
    if after, mentions.tokenStart(first) - n <= 2 { n = mentions.tokenEnd(last) }
    guard n + 1 < range.upperBound, ForceMemory.arrivals.contains(tokens.norm(n)),
      ForceMemory.definiteHeads.contains(tokens.norm(n + 1)),
      !mentions.contains(where: { $0.tokenStart > n && $0.tokenStart <= n + 3 }),
      let memory = forces.named(by: tokens.norm(n + 1)), memory.sentence.index < sentence.index,
      sentence.index - memory.sentence.index <= ForceMemory.window
    else { return [] }
    return Candidate.reactions(
      of: group.map { Argument(mentions, $0) }, to: [memory.owner], rule: "welcomed-force",
      confidence: 0.7, antecedent: memory.sentence)
  }
}
