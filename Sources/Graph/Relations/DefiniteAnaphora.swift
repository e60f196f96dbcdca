/// Resolves definite descriptions to the actor they refer back to, within a document:
/// - a head noun that named an actor earlier ("حكومة الوفاق" ... "الحكومة", "the Saudi-led
///   coalition" ... "the coalition", "الجيش الأمريكي" ... "الجيش") resolves to that actor;
/// - a description of an armed group ("the rebels", "the militants", "الجماعة المسلحة")
///   resolves to the group named last (gazetteer kinds `armed-group` and `party`).
///
/// Heads are the words of markers `anaphoric_head`; group descriptions those of
/// `group_anaphor`. Only descriptions that stand alone are read: "the group of seven", "the
/// government of Egypt" or "الحركة الإسلامية" name something else and are left alone.
struct DefiniteAnaphora {
  let gazetteer: Gazetteer
  let lexicon: Lexicon
  /// How many sentences back a group antecedent may be (0 = the same sentence only).
  var groupWindow = 3
  /// How many sentences back a head-noun antecedent may be.
  var headWindow = 10
  /// Marker lists looked up once, to skip words cheaply (`Lexicon.mayBeMarker`).
  let groupBits: MarkerBits
  let headBits: MarkerBits
  let forceBits: MarkerBits

  init(gazetteer: Gazetteer, lexicon: Lexicon) {
    self.gazetteer = gazetteer
    self.lexicon = lexicon
    groupBits = lexicon.markerBits("group_anaphor")
    headBits = lexicon.markerBits("anaphoric_head")
    forceBits = lexicon.markerBits("force_noun")
  }

  /// An actor a description can refer back to.
  struct Antecedent {
    var code: String
    var actor: String
    var sentence: Int
  }

  /// What the document has named so far.
  struct Memory {
    /// By folded head word ("حكومه", "coalition").
    var heads: [String: Antecedent] = [:]
    /// The armed group or party named last.
    var group: Antecedent?
    /// The actor named last.
    var last: Antecedent?
    /// The person, and the actor that is not a person, named last.
    var lastPerson: Antecedent?
    var lastOther: Antecedent?
  }

  /// True when `code` can be the antecedent of a group description.
  func isGroup(_ code: String) -> Bool {
    guard let kind = gazetteer.entry(code)?.kind else { return false }
    return kind == .armedGroup || kind == .party
  }

  /// `mentions` with every description in `range` added (resolved, or dropped when nothing
  /// fits), in order; `memory` learns the actors named in the sentence.
  func resolve(
    _ tokens: [Token], range: Range<Int>, sentence: Int, mentions: [Mention],
    memory: inout Memory
  ) -> [Mention] {
    var out: [Mention] = []
    var next = 0
    var i = range.lowerBound
    func take(upTo position: Int) {
      while next < mentions.count && mentions[next].tokenStart < position {
        let m = mentions[next]
        learn(m, tokens, range: range, sentence: sentence, memory: &memory)
        out.append(m)
        next += 1
      }
    }
    while i < range.upperBound {
      take(upTo: i + 1)
      if let d = description(tokens, at: i, range: range, mentions: mentions) {
        let found: Antecedent?
        if d.possessed {
          // "قواتها", "its forces": the actor named just before.
          found = memory.last.flatMap { sentence - $0.sentence <= 1 ? $0 : nil }
        } else if d.pronoun {
          // "He condemned ...": the person (he, she), group (they) or other actor (it) named
          // last, in this sentence or the one before.
          let a =
            ["he", "she"].contains(d.head)
            ? memory.lastPerson : d.head == "they" ? memory.group : memory.lastOther
          found = a.flatMap { sentence - $0.sentence <= 1 ? $0 : nil }
        } else if let a = memory.heads[d.head], sentence - a.sentence <= headWindow {
          found = a
        } else if d.group, let a = memory.group, sentence - a.sentence <= groupWindow {
          found = a
        } else {
          found = nil
        }
        // A word inside a named mention is no anaphor: "رئيس تركيHe" is one person mention
        // with the "He" in it, and an overlapping pronoun mention crashed the argument rules
        // (found by Fuzz/Targets/text.swift).
        if let a = found,
          !mentions.contains(where: {
            $0.tokenStart < d.span.upperBound && d.span.lowerBound < $0.tokenEnd
          })
        {
          out.append(
            Mention(
              tokenStart: d.span.lowerBound, tokenEnd: d.span.upperBound, code: a.code,
              actor: a.actor, form: .anaphor, proclitic: d.proclitic))
        }
        i = d.span.upperBound
      } else {
        i += 1
      }
    }
    take(upTo: Int.max)
    return out
  }

  /// Records the head nouns of a mention: the words of its name ("حكومة الوفاق"), or the noun
  /// a nisba qualifies ("الحكومة السورية", "the Syrian government").
  func learn(
    _ m: Mention, _ tokens: [Token], range: Range<Int>, sentence: Int, memory: inout Memory
  ) {
    guard !m.code.isEmpty, m.form != .anaphor, m.form != .deictic else { return }
    let a = Antecedent(code: m.code, actor: m.actor, sentence: sentence)
    if isGroup(m.code) { memory.group = a }
    // "وسعت إسرائيل حربها على لبنان ... قواتها": an actor after a preposition is no
    // possessor of what follows.
    let before = m.tokenStart - 1
    let oblique =
      m.proclitic.contains("\u{0628}") || m.proclitic.contains("\u{0644}")
      || (range.contains(before) && lexicon.isMarker(tokens[before], "preposition"))
    if !oblique { memory.last = a }
    if m.actor != m.code, gazetteer.entry(m.actor)?.kind == .person || m.actor.hasPrefix("PER_") {
      memory.lastPerson = a
    } else {
      memory.lastOther = a
    }
    var positions = Array(m.tokenStart..<m.tokenEnd)
    if m.form == .adjective {
      let arabic = tokens[m.tokenStart].kind == .arabic
      let k = arabic ? m.tokenStart - 1 : m.tokenEnd
      if range.contains(k) { positions.append(k) }
    }
    for k in positions {
      if let h = head(tokens[k]) { memory.heads[h] = a }
    }
  }

  /// The folded head word of a token if it is an anaphoric head ("الحكومة" -> "حكومه").
  func head(_ t: Token) -> String? {
    switch t.kind {
    case .arabic:
      guard lexicon.mayBeMarker(t, headBits, anyReading: true) else { return nil }
      return t.articleReadings.first { lexicon.isMarker($0.stem, "anaphoric_head_ar") }?.stem
    case .latin:
      return lexicon.isMarker(t.norm, "anaphoric_head_en") ? t.norm : nil
    default:
      return nil
    }
  }

  /// A description found in text.
  struct Description {
    var span: Range<Int>
    var head: String
    /// A group description ("the rebels"): may refer to the last group named.
    var group: Bool
    var proclitic: String
    /// Forces with a possessive pronoun ("قواتها", "its troops"): the actor named last.
    var possessed = false
    /// An English subject pronoun (he, she, it, they).
    var pronoun = false
  }

  static let pronouns = ["he", "she", "it", "they"]
  static let possessives = ["its", "their", "his", "her"]

  /// The description starting at token `i`, if there is one.
  func description(_ tokens: [Token], at i: Int, range: Range<Int>, mentions: [Mention])
    -> Description?
  {
    func inMention(_ k: Int) -> Bool {
      mentions.contains { $0.tokenStart <= k && k < $0.tokenEnd }
    }
    // Most Arabic words start no description: a bit test skips them before any string work.
    if tokens[i].kind == .arabic, !lexicon.mayBeMarkerWithoutSuffix(tokens[i], forceBits),
      !lexicon.mayBeMarker(tokens[i], groupBits, anyReading: false),
      !lexicon.mayBeMarker(tokens[i], headBits, anyReading: false)
    {
      return nil
    }
    let t = tokens[i]
    switch t.kind {
    case .latin where Self.pronouns.contains(t.norm):
      // "it is possible", "it was reported": no actor.
      if t.norm == "it", i + 1 < range.upperBound,
        lexicon.isMarker(tokens[i + 1], "expletive_follower")
      {
        return nil
      }
      return Description(
        span: i..<(i + 1), head: t.norm, group: false, proclitic: "", pronoun: true)
    case .latin where Self.possessives.contains(t.norm):
      // "its forces", "their fighters"
      guard i + 1 < range.upperBound, tokens[i + 1].kind == .latin, !inMention(i + 1),
        lexicon.isMarker(tokens[i + 1], "force_noun")
      else { return nil }
      return Description(
        span: i..<(i + 2), head: tokens[i + 1].norm, group: false, proclitic: "", possessed: true)
    case .arabic where !inMention(i):
      // "قواتها", "مسلحيها", "وعناصره"
      if lexicon.mayBeMarkerWithoutSuffix(t, forceBits),
        let r = t.readings.first(where: { r in
          ArabicClitics.splitEnclitic(r.stem).contains {
            ["\u{0647}", "\u{0647}\u{0627}", "\u{0647}\u{0645}"].contains($0.enclitic)
              && lexicon.isMarker($0.stem, "force_noun_ar")
          }
        })
      {
        return Description(
          span: i..<(i + 1), head: r.stem, group: false, proclitic: r.proclitic, possessed: true)
      }
      return arabicDescription(tokens, at: i, range: range, mentions: mentions)
    case .latin:
      // "the rebels", not "The Rebels" (a name) nor "the group of seven".
      guard t.norm == "the", i + 1 < range.upperBound else { return nil }
      let h = tokens[i + 1]
      guard h.kind == .latin, !h.capitalized, !inMention(i + 1) else { return nil }
      let group = lexicon.isMarker(h, "group_anaphor")
      guard group || lexicon.isMarker(h.norm, "anaphoric_head_en") else { return nil }
      if i + 2 < range.upperBound {
        let after = tokens[i + 2]
        if after.kind == .latin && (after.norm == "of" || after.capitalized) { return nil }
        if inMention(i + 2) { return nil }
      }
      return Description(span: i..<(i + 2), head: h.norm, group: group, proclitic: "")
    default:
      return nil
    }
  }

  /// "الحركة", "والجماعة": the article is required; a bare "حركة" heads a name.
  func arabicDescription(_ tokens: [Token], at i: Int, range: Range<Int>, mentions: [Mention])
    -> Description?
  {
    func inMention(_ k: Int) -> Bool {
      mentions.contains { $0.tokenStart <= k && k < $0.tokenEnd }
    }
    let t = tokens[i]
    guard
      lexicon.mayBeMarker(t, groupBits, anyReading: false)
        || lexicon.mayBeMarker(t, headBits, anyReading: false),
      !inMention(i),
      let r = t.articleReadings.first(where: {
        $0.proclitic.hasSuffix(ArabicClitics.article)
          && (lexicon.isMarker($0.stem, "group_anaphor_ar")
            || lexicon.isMarker($0.stem, "anaphoric_head_ar"))
      })
    else { return nil }
    if i + 1 < range.upperBound, tokens[i + 1].kind == .arabic,
      inMention(i + 1)
        || tokens[i + 1].articleReadings.contains(where: {
          $0.proclitic.hasSuffix(ArabicClitics.article)
            && !lexicon.isMarker($0.stem, "group_anaphor_ar")
            && !lexicon.isMarker(tokens[i + 1], "group_anaphor_modifier")
        })
    {
      return nil  // "الحركة الإسلامية", "الحكومة الليبية": a name or another actor
    }
    return Description(
      span: i..<(i + 1), head: r.stem, group: lexicon.isMarker(r.stem, "group_anaphor_ar"),
      proclitic: r.proclitic)
  }
}
