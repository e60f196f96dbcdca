/// The last sentence that named two or more actors, so that a later joint act can refer to them
/// with a plural description: "دعت الولايات المتحدة وبريطانيا وفرنسا وإيطاليا ... وجاء في بيان
/// مشترك لهذه الدول", "Egypt and Jordan ... The two countries signed an agreement".
struct GroupMemory {
  /// The sentence and its mentions.
  var sentence: Sentence
  var mentions: [Mention]

  /// How many sentences back the group may be.
  static let window = 2

  /// Remembers `mentions` when they name two actors or more.
  static func update(_ memory: inout GroupMemory?, _ sentence: Sentence, _ mentions: [Mention]) {
    guard mentions.count >= 2, let first = mentions.first?.code,
      mentions.contains(where: { $0.code != first && !$0.code.isEmpty })
    else { return }
    memory = GroupMemory(sentence: sentence, mentions: mentions)
  }
}

extension SentenceContext {
  /// The plural description of a joint act's participants near `cue` ("هذه الدول", "الدول
  /// الأربع", "البلدين", "the two countries", "both sides"): nil when there is none, else
  /// whether it names exactly two. Lists `plural_anaphor` (dual forms stand alone; other words
  /// need a word of `plural_anaphor_determiner` beside them: "هذه الدول", "the four countries").
  func pluralAnaphor(near cue: Lexicon.Match) -> (dual: Bool, index: Int)? {
    let lo = max(range.lowerBound, cue.tokenStart - 3)
    let hi = min(range.upperBound, cue.tokenEnd + 4)
    // The cue itself ("الزعيمان", "البلدين") is no description of another act's participants.
    for j in lo..<hi
    where clauseOf(j) == clauseOf(cue.tokenStart) && !(cue.tokenStart..<cue.tokenEnd).contains(j) {
      guard tokens[j].isWord, lexicon.isMarker(tokens[j], "plural_anaphor") else { continue }
      let arabic = tokens[j].kind == .arabic
      let n = tokens[j].norm
      // An Arabic dual ("البلدين", "الطرفان") names two by itself.
      if arabic, n.hasSuffix("\u{064A}\u{0646}") || n.hasSuffix("\u{0627}\u{0646}") {
        return (true, j)
      }
      let around = [j - 1, j + 1].filter {
        range.contains($0) && lexicon.isMarker(tokens[$0], "plural_anaphor_determiner")
      }
      guard let d = around.first else { continue }
      let two = ["two", "both"].contains(tokens[d].norm)
      return (two, j)
    }
    return nil
  }

  /// A joint act or a meeting whose participants only a plural description names ("واتفق
  /// البلدان على ..."): the pairs of the last
  /// coordinated group of `memory`'s sentence (for "the two countries", a group of two).
  func pairsFromGroup(_ cue: Lexicon.Match, _ sentence: Sentence, _ memory: GroupMemory?)
    -> [Candidate]
  {
    guard cue.entry.frame == .joint || cue.entry.frame == .meet,
      cue.entry.relation == .negotiatesWith,
      let m = memory, m.sentence.index < sentence.index,
      sentence.index - m.sentence.index <= GroupMemory.window,
      let anaphor = pluralAnaphor(near: cue)
    else { return [] }
    let before = SentenceContext(
      tokens: tokens, range: m.sentence.tokenRange, mentions: m.mentions, lexicon: lexicon)
    var k = before.mentions.count - 1
    while k >= 0 {
      let group = before.groupBackward(k)
      var members: [Int] = []
      for g in group
      where !before.mentions[g].code.isEmpty
        && !members.contains(where: { before.mentions[$0].code == before.mentions[g].code })
      {
        members.append(g)
      }
      if members.count >= 2 {
        guard !anaphor.dual || members.count == 2 else { return [] }
        return before.allPairs(members, rule: "joint-group-anaphor").map {
          var c = $0
          c.antecedent = m.sentence
          return c
        }
      }
      k = (group.first ?? k) - 1
    }
    return []
  }
}
