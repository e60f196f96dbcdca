/// A state's opposition named without its state: "Maduro accused the opposition of plotting a
/// coup", "Venezuela's government and the opposition resumed talks", "the Syrian army shelled
/// rebel-held Idlib". The bare word names no actor (it is an ambiguous form), but where one
/// state the sentence names, and no other, has an opposition the word can name, it is that
/// state's: the gazetteer entry whose `home` is the state and whose `ambiguous_names` hold the
/// word ("opposition", "rebels"; "rebel" of "rebel-held" counts as "rebels"). "Venezuela's
/// government and the opposition held talks in Mexico": Mexico has none. (`ActorMatcher`
/// reads "the opposition" by its `home` too, also from the document's main state; this reads
/// the sentence's states wherever they stand, and the bare words without "the".)
///
/// The other way round, a bare "government" or "regime" in a sentence that names one state's
/// opposition is that state's ("Syrian rebels shelled government-held Aleppo").
///
/// English only; a word with an owner ("its rebels", "Syria's rebels"), a word before a
/// patron noun ("opposition supporters"), a word of its own phrase ("opposition to the deal", "opposition from") or a word in capitals (a party's name,
/// "the Opposition Alliance") is left alone.
struct StateOpposition {
  let gazetteer: Gazetteer
  let lexicon: Lexicon
  /// The entries `opposition(among:word:)` may find, in order: those of no state with a home
  /// and ambiguous names (listed once: the search read every entry of the gazetteer).
  let homed: [Int]

  init(gazetteer: Gazetteer, lexicon: Lexicon) {
    self.gazetteer = gazetteer
    self.lexicon = lexicon
    let entries = gazetteer.entries
    var homed: [Int] = []
    for i in entries.indices
    where entries[i].kind != .state && entries[i].home != nil
      && !(entries[i].ambiguousNames ?? []).isEmpty
    {
      homed.append(i)
    }
    self.homed = homed
  }

  /// `mentions` with a mention added (in order) for each bare opposition word of the sentence,
  /// then for each bare government word (`governments`).
  func resolve(_ tokens: [Token], range: Range<Int>, mentions: [Mention]) -> [Mention] {
    // One pass over the sentence's bits first: most sentences have neither kind of word.
    let either = Marker.NamedList.oppositionWord.bit | Marker.NamedList.governmentWord.bit
    guard
      tokens.nextIndex(
        from: range.lowerBound, to: range.upperBound,
        where: {
          $0.kind == .latin && (!$0.lex.isAnalyzed || $0.lex.namedMarkers & either != 0)
        }) < range.upperBound
    else { return mentions }
    return governments(
      tokens, range: range, mentions: oppositions(tokens, range: range, mentions: mentions))
  }

  /// `mentions` with a mention added (in order) for each bare opposition word of the sentence.
  func oppositions(_ tokens: [Token], range: Range<Int>, mentions: [Mention]) -> [Mention] {
    guard
      let j0 = range.first(where: {
        tokens[$0].kind == .latin && lexicon.isMarker(tokens, $0, .oppositionWord)
      })
    else { return mentions }
    // The states the sentence names (persons roll up to theirs), in order, once each.
    // (The mentions read in place, their kinds by the entries they know.)
    var states: [String] = []
    for k in mentions.indices
    where gazetteer.codeKind(mentions[k]) == .state && !states.contains(mentions[k].code) {
      states.append(mentions[k].code)
    }
    guard !states.isEmpty else { return mentions }
    var added: [Mention] = []
    for j in j0..<range.upperBound
    where tokens[j].kind == .latin && !tokens[j].capitalized
      && lexicon.isMarker(tokens, j, .oppositionWord)
    {
      guard !mentions.contains(where: { $0.tokenStart <= j && j < $0.tokenEnd }),
        !owned(tokens, j, range: range),
        // "attacked opposition supporters": the word before a patron noun is the patron's.
        !(j + 1 < range.upperBound && tokens[j + 1].kind == .latin
          && lexicon.match(tokens, at: j + 1, limit: range.upperBound).contains {
            $0.entry.frame == .patron
          }),
        let code = opposition(among: states, word: tokens.norm(j))
      else { continue }
      added.append(
        Mention(
          tokenStart: j, tokenEnd: j + 1, code: code, actor: code, form: .anaphor, proclitic: ""))
    }
    guard !added.isEmpty else { return mentions }
    return (mentions + added).sorted { $0.tokenStart < $1.tokenStart }
  }

  /// "Syrian rebels shelled government-held Aleppo", "Syrian rebels and government forces
  /// clashed near Aleppo": a bare "government" or "regime" in a sentence that names the
  /// opposition of one state (and no other's) is that state's. Not after a name or a nisba
  /// ("the Turkish government"), a possessive or a hyphen ("pro-government militias").
  func governments(_ tokens: [Token], range: Range<Int>, mentions: [Mention]) -> [Mention] {
    guard
      let j0 = range.first(where: {
        tokens[$0].kind == .latin && lexicon.isMarker(tokens, $0, .governmentWord)
      })
    else { return mentions }
    var owner: String?
    for k in mentions.indices {
      guard let s = state(ofOpposition: mentions[k]) else { continue }
      if let t = owner, t != s { return mentions }
      owner = s
    }
    guard let state = owner else { return mentions }
    var added: [Mention] = []
    for j in j0..<range.upperBound
    where tokens[j].kind == .latin && !tokens[j].capitalized
      && lexicon.isMarker(tokens, j, .governmentWord)
    {
      guard !mentions.contains(where: { $0.tokenStart <= j && j <= $0.tokenEnd }),
        !owned(tokens, j, range: range)
      else { continue }
      added.append(
        Mention(
          tokenStart: j, tokenEnd: j + 1, code: state, actor: state, form: .anaphor, proclitic: ""
        ))
    }
    guard !added.isEmpty else { return mentions }
    return (mentions + added).sorted { $0.tokenStart < $1.tokenStart }
  }

  /// The state whose opposition `m` names (an entry with a `home` whose ambiguous names hold
  /// "opposition" or "rebels"), if it is one. (The entry is read in place: a copy of it copies
  /// all its names.)
  func state(ofOpposition m: Mention) -> String? {
    guard let i = gazetteer.codeIndex(m), let home = gazetteer.entries[i].home,
      (gazetteer.entries[i].ambiguousNames ?? []).contains(where: {
        // Only a name of 10 or 6 bytes lower-cases to one of them (no other scalar lower-cases
        // to their letters): most names are not lower-cased (some 4,000 instructions an
        // Arabic name).
        let n = $0.utf8.count
        guard n == 10 || n == 6 else { return false }
        let w = $0.lowercased()
        return w.sameBytes("opposition") || w.sameBytes("rebels")
      })
    else { return nil }
    return home
  }

  /// The opposition entry that `word` may name of the one state among `states` that has one
  /// (nil when none or several do).
  func opposition(among states: [String], word: String) -> String? {
    let plural = word == "rebel" ? "rebels" : word
    // Only a name of as many bytes lower-cases to a word of lower-case ASCII letters but "k": no
    // scalar but an ASCII letter lower-cases to ASCII, save the Kelvin sign (to "k"), and no
    // other scalar is canonically equivalent to such a letter. The other names are not
    // lower-cased (some hundreds of instructions each, for every name of a state's entries).
    let length = plural.utf8.count
    let byLength = plural.utf8.allSatisfy { $0 >= 0x61 && $0 <= 0x7A && $0 != 0x6B }
    var found: String?
    // (Read only for a sentence with a bare word: the entries are searched in place.)
    for i in homed {
      guard gazetteer.entries[i].kind != .state, let home = gazetteer.entries[i].home,
        states.contains(home),
        (gazetteer.entries[i].ambiguousNames ?? []).contains(where: {
          (!byLength || $0.utf8.count == length) && $0.lowercased() == plural
        })
      else { continue }
      if let f = found, f != gazetteer.entries[i].code { return nil }
      found = gazetteer.entries[i].code
    }
    return found
  }

  /// True when the word has an owner or a phrase of its own: a possessive right before it ("its
  /// rebels"; "Russia attacked Syria's rebels": the possessor is the object), or "to", "from", "against" or
  /// "within" right after it ("opposition to the plan").
  func owned(_ tokens: [Token], _ j: Int, range: Range<Int>) -> Bool {
    if j > range.lowerBound {
      let before = tokens[j - 1]
      if ["its", "their", "his", "her", "our", "whose", "s"].contains(before.norm)
        || before.kind == .quote
      {
        return true
      }
    }
    guard j + 1 < range.upperBound else { return false }
    return ["to", "from", "against", "within", "toward", "towards"].contains(
      tokens.norm(j + 1))
  }
}
