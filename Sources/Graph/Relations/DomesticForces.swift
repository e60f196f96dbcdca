/// Forces named without their state: "killing five policemen", "12 soldiers in northeast
/// Nigeria", "قتل ثلاثة من رجال الشرطة", "قوات الأمن". Police, security forces and soldiers
/// with no nisba, name or owner of their own are the state's where they are: the state of a
/// place phrase right after them ("in Kabul", "في العراق"), else the state the document's
/// earlier sentences named most.
///
/// The words are the list `domestic_force` of markers.json, read by name
/// (`Marker.readByName`). Troops are left out: bare "troops" are as often foreign ones.
struct DomesticForces {
  let lexicon: Lexicon
  let gazetteer: Gazetteer

  /// How often the document has named each state so far, and the first mention of each (a
  /// document names few states: arrays searched in order).
  struct Memory {
    private(set) var first: [Mention] = []
    private(set) var counts: [Int] = []
    /// The state whose own army the document named last ("Sudan's army", "the Sudanese army",
    /// "الجيش السوداني"): a bare "army" later is most likely that army. (Not other force
    /// words: "Ukrainian forces ... Pyongyang is sending 10,000 soldiers" are two states'.)
    var forceOwner: Mention?
    /// The state whose government the document named last in English ("Myanmar's military
    /// government", "the Phnom Penh government"): "government forces" later are its forces.
    var governmentOwner: Mention?
    /// The highest count so far.
    private var top = 0
    /// The place of `main` in `first`: the state whose count is `top` when it alone has it
    /// (nil on a tie or before any), kept up to date by `count`, not searched for each sentence.
    private var mainIndex: Int?

    /// The state named more often than any other (nil on a tie or before any).
    var main: Mention? { mainIndex.map { first[$0] } }

    /// `main?.code`, without copying the mention (three Strings) once a sentence.
    var mainCode: String? { mainIndex.map { first[$0].code } }

    /// Counts `mentions[i]`, read in place: only a state's first mention is copied.
    mutating func count(_ mentions: [Mention], _ i: Int) {
      let code = mentions.code(i)
      let k: Int
      if let found = first.firstIndex(where: { $0.code == code }) {
        k = found
        counts[k] += 1
      } else {
        // (Room for a document's states at once, not one more at a time.)
        if first.isEmpty {
          first.reserveCapacity(8)
          counts.reserveCapacity(8)
        }
        k = first.count
        first.append(mentions[i])
        counts.append(1)
      }
      // Only `counts[k]` grew, by one: it now leads alone, ties the leader, or stays below.
      let v = counts[k]
      if v > top {
        top = v
        mainIndex = k
      } else if v == top {
        mainIndex = nil
      }
    }
  }

  /// How far after the force word a place phrase may start.
  static let placeReach = 5

  /// Counts the states of `mentions` (names and nisbas; not descriptions), and notes the last
  /// state named with a force word of its own (`Memory.forceOwner`).
  func learn(_ mentions: [Mention], _ tokens: [Token], range: Range<Int>, into memory: inout Memory)
  {
    // By index: a copied Mention copies three Strings.
    for i in mentions.indices where mentions[i].form == .name || mentions[i].form == .adjective {
      guard gazetteer.codeKind(mentions[i]) == .state else { continue }
      memory.count(mentions, i)
      if ownsForce(mentions, i, tokens, range: range) { memory.forceOwner = mentions[i] }
      if ownsGovernment(mentions, i, tokens, range: range) { memory.governmentOwner = mentions[i] }
    }
  }

  /// English: state mention `i` is followed by "government", right after it or after its "'s"
  /// with at most one lower-case word between ("Myanmar's military government").
  func ownsGovernment(_ mentions: [Mention], _ i: Int, _ tokens: [Token], range: Range<Int>)
    -> Bool
  {
    // Arabic: "حكومة سيراليون", "الحكومة السيراليونية", "لحكومة الرئيس أحمد تيجان كباح": the
    // word of government right before the state, its nisba or its leader (past a title).
    let start = mentions.tokenStart(i)
    if tokens[start].kind == .arabic {
      var g = start - 1
      if g > range.lowerBound, tokens[g].kind == .arabic, lexicon.isMarker(tokens, g, .personHead) {
        g -= 1
      }
      return g >= range.lowerBound && Self.isGovernment(tokens, g)
    }
    var f = mentions.tokenEnd(i)
    guard f < range.upperBound, tokens[f].kind == .latin || tokens[f].kind == .quote else {
      return false
    }
    if f + 1 < range.upperBound, tokens[f].kind == .quote, tokens.norm(f + 1).equalsWord("s") {
      f += 2
      if f + 1 < range.upperBound, tokens[f].kind == .latin, !tokens[f].capitalized,
        !tokens.norm(f).equalsWord("government")
      {
        f += 1
      }
    }
    return f < range.upperBound && tokens[f].kind == .latin
      && tokens.norm(f).equalsWord("government")
  }

  /// "Sudan's army", "the Sudanese army", "الجيش السوداني": state mention `i` names an army
  /// (`isArmy`) as its own (English: right after it, or after its "'s"; Arabic: the word right
  /// before its nisba).
  func ownsForce(_ mentions: [Mention], _ i: Int, _ tokens: [Token], range: Range<Int>) -> Bool {
    let start = mentions.tokenStart(i)
    let end = mentions.tokenEnd(i)
    if tokens[start].kind == .arabic {
      return mentions[i].form == .adjective && start - 1 >= range.lowerBound
        && Self.isArmy(tokens, start - 1)
    }
    var f = end
    if f + 1 < range.upperBound, tokens[f].kind == .quote, tokens.norm(f + 1).equalsWord("s") {
      f += 2
    }
    return f < range.upperBound && Self.isArmy(tokens, f)
  }

  /// Arabic: "الحكومية" (governmental), the second word of "القوات الحكومية".
  static func isGovernmentNisba(_ tokens: [Token], _ j: Int) -> Bool {
    tokens.norm(j).hasByteSuffix("\u{062D}\u{0643}\u{0648}\u{0645}\u{064A}\u{0629}")
      || tokens.norm(j).hasByteSuffix("\u{062D}\u{0643}\u{0648}\u{0645}\u{064A}\u{0647}")
  }

  /// Arabic: "حكومة", with or without the article and a proclitic ("الحكومة", "لحكومة").
  static func isGovernment(_ tokens: [Token], _ j: Int) -> Bool {
    let w = tokens.norm(j)
    return tokens[j].kind == .arabic
      && (w.hasByteSuffix("\u{062D}\u{0643}\u{0648}\u{0645}\u{0629}")
        || w.hasByteSuffix("\u{062D}\u{0643}\u{0648}\u{0645}\u{0647}"))
  }

  /// "army", "military", "الجيش" (with a proclitic: "وللجيش"): a state's army, the force word a
  /// bare mention of which `Memory.forceOwner` resolves.
  static func isArmy(_ tokens: [Token], _ j: Int) -> Bool {
    let w = tokens.norm(j)
    if tokens[j].kind == .latin { return w.equalsWord("army") || w.equalsWord("military") }
    return tokens[j].kind == .arabic && w.hasByteSuffix("\u{0627}\u{0644}\u{062C}\u{064A}\u{0634}")
  }

  /// `mentions` with a mention added (in order) for each bare force word of the sentence.
  func resolve(
    _ tokens: [Token], range: Range<Int>, mentions: [Mention], memory: Memory
  ) -> [Mention] {
    var added: [Mention] = []
    // (The list read once, not on every word.)
    let force = Marker.NamedList.domesticForce
    let forceBit = force.bit
    var next = range.lowerBound
    while true {
      // (The words that cannot be in the list skipped in one scan.)
      let j = tokens.nextIndex(from: next, to: range.upperBound) {
        !$0.lex.isAnalyzed || $0.lex.namedMarkers & forceBit != 0
      }
      guard j < range.upperBound else { break }
      next = j + 1
      guard lexicon.isMarker(tokens, j, force) else { continue }
      // "security forces", "قوات الأمن": the second word is the list's; the phrase is the force.
      let start = lexicon.isMarker(tokens, j, .domesticForceSecond) ? j - 1 : j
      guard start >= range.lowerBound,
        start == j || lexicon.isMarker(tokens, start, .domesticForceFirst),
        !mentions.contains(where: { $0.tokenStart <= j && start < $0.tokenEnd }),
        !hasNisba(tokens[j].kind == .arabic, start: start, end: j + 1, mentions: mentions),
        !owned(tokens, j, range: range), !named(tokens, j, range: range),
        !sent(tokens, start, range: range),
        // "قال وزير الدفاع الإسرائيلي إن الجيش سيواصل عملياته ضد حماس في غزة": past an act,
        // a place is the act's; a state named before in the sentence owns the force then.
        case let loose = place(tokens, after: j, range: range, mentions: mentions),
        // "قال وزير الدفاع الإسرائيلي إن الجيش سيواصل ضرب ...": right after the complementizer
        // of a statement, the speaker's state owns the force.
        case let spoken =
          start > range.lowerBound && lexicon.isMarker(tokens, start - 1, .complementizer),
        let state = loose == nil
          ? (spoken ? stateBefore(tokens, j, range: range, mentions: mentions) : nil)
            ?? placeOfSentence(tokens, before: start, range: range, mentions: mentions)
            ?? (Self.isArmy(tokens, j) ? memory.forceOwner : nil)
            // "government forces", "government troops": the government's named before.
            // ("القوات الحكومية": Arabic has the word second.)
            ?? (start < j
              && (tokens[start].kind == .latin && tokens.norm(start).equalsWord("government")
                || tokens[j].kind == .arabic && Self.isGovernmentNisba(tokens, j))
              ? memory.governmentOwner ?? memory.forceOwner : nil) ?? memory.main
          : place(tokens, after: j, range: range, mentions: mentions, strict: true)
            ?? stateBefore(tokens, j, range: range, mentions: mentions) ?? loose
      else { continue }
      var m = state
      m.tokenStart = start
      m.tokenEnd = j + 1
      m.form = .anaphor
      m.proclitic = proclitic(tokens[j])
      added.append(m)
    }
    guard !added.isEmpty else { return mentions }
    return (mentions + added).sorted { $0.tokenStart < $1.tokenStart }
  }

  /// English: "accuse Moscow of sending soldiers and weapons across the border": forces that
  /// a verb of sending or deploying has for its object (a number or one word of quantity may
  /// come between) are the sender's, not the state's where they are.
  func sent(_ tokens: [Token], _ start: Int, range: Range<Int>) -> Bool {
    guard tokens.kind(start) == .latin else { return false }
    var v = start - 1
    if v > range.lowerBound,
      tokens.kind(v) == .number || Self.quantityWords.contains(tokens.norm(v))
    {
      v -= 1
    }
    return v >= range.lowerBound && tokens.kind(v) == .latin
      && Self.sendingVerbs.contains(tokens.norm(v))
  }

  /// The English verbs of sending forces.
  static let sendingVerbs: Set<String> = [
    "send", "sends", "sent", "sending", "deploy", "deploys", "deployed", "deploying",
    "dispatch", "dispatches", "dispatched", "dispatching",
  ]
  /// Words of quantity between a verb of sending and the forces ("sending more troops").
  static let quantityWords: Set<String> = ["more", "additional", "extra", "fresh", "thousands"]

  /// True when the force word at `j` has an owner of its own: a possessive ("its soldiers",
  /// "Egypt's army"), "of"/"ل" after it, or an Arabic suffix ("جنودها").
  func owned(_ tokens: [Token], _ j: Int, range: Range<Int>) -> Bool {
    let t = tokens[j]
    if t.kind == .arabic {
      // "جندي من حلف شمال الأطلسي": "من" after it names whose the soldier is.
      return t.lex.enclitic != 0 && !lexicon.isMarker(t, .domesticForce)
        || (j + 1 < range.upperBound && tokens[j + 1].kind == .arabic
          && (tokens.readingPrepositions(j + 1).contains(ReadingPrepositions.lam)
            || tokens.norm(j + 1).sameBytes("\u{0645}\u{0646}")))
    }
    if j > range.lowerBound {
      let before = tokens[j - 1]
      if ["its", "their", "his", "her", "our", "s"].contains(before.norm) || before.kind == .quote {
        return true
      }
    }
    return j + 1 < range.upperBound
      && (tokens.norm(j + 1).equalsWord("of") || tokens.norm(j + 1).equalsWord("from"))
  }

  /// True when an actor names the force's owner beside it: a nisba or name before it in
  /// English ("Nigerian soldiers", "Hamas police"), after it in Arabic ("الجنود الأتراك").
  func hasNisba(_ arabic: Bool, start: Int, end: Int, mentions: [Mention]) -> Bool {
    mentions.contains { arabic ? $0.tokenStart == end : $0.tokenEnd == start }
  }

  /// True when the force word is part of a name: English words in capitals ("the Free Syrian
  /// Army"), an Arabic word with the article after it ("الجيش الحر").
  func named(_ tokens: [Token], _ j: Int, range: Range<Int>) -> Bool {
    let t = tokens[j]
    if t.kind == .latin { return t.capitalized && j > range.lowerBound && tokens[j - 1].isWord }
    guard j + 1 < range.upperBound, tokens[j + 1].kind == .arabic else { return false }
    return tokens.norm(j + 1).hasBytePrefix("\u{0627}\u{0644}")
      && !lexicon.isMarker(tokens, j + 1, .preposition)
      && !lexicon.isMarker(tokens, j + 1, .domesticForceSecond)
  }

  /// The state of a place phrase right after the force word: "in"/"في", up to two words
  /// ("northeast", "southern"), then a state ("Nigeria", "Kabul", "العراق").
  func place(
    _ tokens: [Token], after j: Int, range: Range<Int>, mentions: [Mention], strict: Bool = false
  ) -> Mention? {
    let end = min(range.upperBound, j + Self.placeReach + 1)
    guard
      let p = (j + 1..<end).first(where: {
        lexicon.isMarker(tokens, $0, .locative)
          || (tokens[$0].kind == .arabic && tokens.norm($0).sameBytes("\u{0641}\u{064A}"))
      }),
      // Strict: the place of the force, with no cue word or actor between (past them it may be
      // the place of an act the force does).
      !strict
        || !(j + 1..<p).contains(where: { k in
          tokens[k].lex.may(TokenLex.cue)
            || SentenceContext.inMention(k, mentions)
        }),
      let m = mentions.first(where: {
        $0.tokenStart > p && $0.tokenStart <= p + 3 && gazetteer.codeKind($0) == .state
      }),
      (p + 1..<m.tokenStart).allSatisfy({
        tokens[$0].isWord && !lexicon.isMarker(tokens, $0, .preposition)
      })
    else { return nil }
    return m
  }

  /// The last state named before token `j` in the sentence, not after a preposition.
  func stateBefore(_ tokens: [Token], _ j: Int, range: Range<Int>, mentions: [Mention])
    -> Mention?
  {
    mentions.last(where: {
      $0.tokenEnd <= j && range.contains($0.tokenStart) && $0.form != .anaphor
        && gazetteer.codeKind($0) == .state
        && !($0.tokenStart > range.lowerBound
          && lexicon.isMarker(tokens, $0.tokenStart - 1, .preposition))
    })
  }

  /// "تواصلت الاشتباكات في الخرطوم، حيث قصف الطيران التابع للجيش": the state of the place
  /// phrases ("في", "in" before a state's name) that are the only actors named before token
  /// `start` in the sentence. Nil when another actor is named there ("قصفت إسرائيل مواقع في
  /// لبنان، وقال الجيش": the army may be the one who struck) or the places are in two states.
  func placeOfSentence(_ tokens: [Token], before start: Int, range: Range<Int>, mentions: [Mention])
    -> Mention?
  {
    // (By index, the mentions read in place: a copied Mention copies three Strings.)
    var found: Int?
    for k in mentions.indices
    where mentions[k].tokenEnd <= start && range.contains(mentions[k].tokenStart) {
      // ("في الخرطوم وأم درمان": a place joined by و to the one before.)
      let joined = found.map {
        mentions[$0].tokenEnd == mentions[k].tokenStart
          && mentions[k].proclitic.startsWithLetter(0xD9, 0x88)
      }
      let p = mentions[k].tokenStart - 1
      guard p >= range.lowerBound, mentions[k].form == .name,
        gazetteer.codeKind(mentions[k]) == .state,
        joined == true || lexicon.isMarker(tokens, p, .locative)
          || (tokens[p].kind == .arabic && tokens.norm(p).sameBytes("\u{0641}\u{064A}")),
        found.map({ mentions[$0].code == mentions[k].code }) ?? true
      else { return nil }
      found = k
    }
    return found.map { mentions[$0] }
  }

  /// The proclitic of the reading of `t` that is a force word ("لقوات" -> "ل").
  func proclitic(_ t: Token) -> String {
    guard t.kind == .arabic, let list = lexicon.markers["domestic_force_ar"] else { return "" }
    return t.readings.first { list.contains(FoldedKey($0.stem)) }?.proclitic ?? ""
  }
}
