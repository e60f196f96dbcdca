/// Finds actor mentions in tokens: multi-word names, Arabic clitics and nisba forms, English
/// case rules ("US" only in capitals, "Turkey" only capitalised).
public struct ActorMatcher: Sendable {
  struct Pattern: Sendable {
    var tokens: [String]
    /// Per token: 0 = any case, 1 = capitalised, 2 = all capitals.
    var caseRule: [UInt8]
    var entries: [Int]
    var isAdjective: Bool
    /// An ambiguous form: matched so that it consumes its words, but it names no actor.
    var blocks: Bool
  }

  public let gazetteer: Gazetteer
  private(set) var patterns: [FoldedKey: [Pattern]] = [:]
  private(set) var arabicAdjectives: [FoldedKey: [Int]] = [:]
  private(set) var deictic: [FoldedKey: Bool] = [:]
  /// The code each gazetteer entry rolls up to (`Gazetteer.rollUp`), by entry index.
  private(set) var rollUps: [String] = []
  /// The entry of each roll-up code (`gazetteer.index(rollUps[k])`).
  private var rollUpEntries: [Int32] = []
  /// Whether each entry has office dates (an entry without is valid on every date).
  private var dated: [Bool] = []
  /// For each dated entry, the other entries of the same name and kind (one person's offices
  /// at other dates), by entry index; empty for the rest.
  private(set) var namesakes: [[Int]] = []
  /// Person entries by their ambiguous forms (folded words joined by a space): after a title
  /// such a form is the person's name ("الرئيس بري").
  private var ambiguousPeople: [FoldedKey: [Int]] = [:]
  /// The first words of the forms in `ambiguousPeople` (`mayStartTitledPerson`).
  private var ambiguousFirstWords: Set<FoldedKey> = []
  /// Whether the entry (by index) is a person with an ambiguous form (`notePeople`).
  private var hasAmbiguousForm: [Bool] = []
  /// Armed groups and parties by their one-word ambiguous forms ("فتح"): coordinated with
  /// another such actor ("فتح وحماس") the form is the name (`coordinatedGroups`).
  private var ambiguousGroups: [FoldedKey: Int] = [:]
  /// States by their one-word `contextNames` ("مالي"): where a country's name stands the form
  /// is the name (`contextualStates`).
  private var contextStates: [FoldedKey: Int] = [:]
  /// Entries that are no person by their ambiguous forms (folded words joined by a space), and
  /// the first words of those forms: named by an abbreviation in parentheses right after them
  /// (`abbreviatedAfter`).
  private var ambiguousOthers: [FoldedKey: [Int]] = [:]
  private var ambiguousOtherFirstWords: Set<FoldedKey> = []
  /// Entries with a `home` state by their ambiguous forms (folded words joined by a space): in
  /// a sentence or document of that state the form names the entry (`homeGroups`).
  private var homeForms: [FoldedKey: [Int]] = [:]
  /// The first words of `homeForms`' forms (most blocked forms are no such form).
  private var homeFirstWords: Set<FoldedKey> = []
  /// States by their `capitalNames` (folded words joined by a space), and the first words of
  /// those forms: in a document that named the state the form names it (`namedCapitals`).
  private var capitalForms: [FoldedKey: Int] = [:]
  private var capitalFirstWords: Set<FoldedKey> = []
  /// The tables again, keyed by the ids of the extractor's `WordIndex` (see `compile`).
  private var compiled: Compiled? {
    didSet { compiledRef = compiled.map { Unmanaged.passUnretained($0) } }
  }
  /// `compiled`, unretained (`compiled` keeps it alive), for `match`, which runs at every token:
  /// read through `if let`, the table was retained and released each time.
  private var compiledRef: Unmanaged<Compiled>?

  /// The matcher's tables keyed by word ids: patterns by their first word, with their words' ids
  /// and case rules in flat arrays, so matching a looked-up token compares integers.
  final class Compiled: Sendable, WordIndexHolder {
    let index: WordIndex
    /// `index.storesHits`, read once.
    let storesHits: Bool
    let byFirst: IDLists
    /// Pattern k (in `byFirst` order): words `ids[start[k]..<start[k + 1]]` with their case rules
    /// in `caseRules` at the same places, gazetteer entries in `entries`.
    let start: [Int32]
    let ids: [Int32]
    let caseRules: [UInt8]
    let isAdjective: [Bool]
    let blocks: [Bool]
    let entries: [[Int]]
    let adjectives: IDLists
    let deictic: Set<Int32>
    /// The patterns' word ids as a trie (pattern numbers as above).
    let trie: IDTrie
    /// Entry codes by gazetteer index.
    let codes: [String]

    init(_ m: ActorMatcher, _ index: WordIndex) {
      self.index = index
      self.storesHits = index.storesHits
      var start: [Int32] = [0]
      var ids: [Int32] = []
      var caseRules: [UInt8] = []
      var isAdjective: [Bool] = []
      var blocks: [Bool] = []
      var entries: [[Int]] = []
      // The first word's id of each pattern (in pattern order).
      var byFirst: [Int32] = []
      for (key, list) in m.patterns {
        let first = index.find(key.string)
        // (The patterns read in place: `for p in list` copied each, its arrays retained.)
        for k in list.indices {
          byFirst.append(first)
          // (The first word is the key, whose id is `first`.)
          ids.append(first)
          for t in list[k].tokens.dropFirst() { ids.append(index.find(t)) }
          caseRules += list[k].caseRule
          start.append(Int32(ids.count))
          isAdjective.append(list[k].isAdjective)
          blocks.append(list[k].blocks)
          entries.append(list[k].entries)
        }
      }
      var adjectives: [Int32: [Int32]] = [:]
      for (key, list) in m.arabicAdjectives {
        adjectives[index.find(key.string)] = list.map { Int32($0) }
      }
      self.byFirst = IDLists(count: index.count, owners: byFirst)
      self.start = start
      self.ids = ids
      self.caseRules = caseRules
      self.isAdjective = isAdjective
      self.blocks = blocks
      self.entries = entries
      self.adjectives = IDLists(count: index.count, lists: adjectives)
      self.deictic = Set(m.deictic.keys.map { index.find($0.string) })
      self.trie = IDTrie(vocabulary: index.count, ids: ids, start: start)
      self.codes = m.gazetteer.entries.map(\.code)
    }
  }

  /// Keys the tables by the ids of `index`, for tokens that `index` looked up.
  mutating func compile(with index: WordIndex) {
    compiled = Compiled(self, index)
  }

  public init(gazetteer: Gazetteer) {
    self.gazetteer = gazetteer
    (rollUps, rollUpEntries) = gazetteer.rollUps()
    dated = gazetteer.entries.map { $0.from != nil || $0.to != nil }
    hasAmbiguousForm = Array(repeating: false, count: gazetteer.entries.count)
    namesakes = Self.namesakes(gazetteer.entries, dated: dated)
    // Pattern keys (words, case rules and flags, as one string) to places in `list`.
    var patternIndex = StringIDs()
    // (Room for a pattern a name at once: the table grew a step at a time.)
    let forms = gazetteer.entries.reduce(0) {
      $0 + $1.names.count + ($1.ambiguousNames?.count ?? 0) + ($1.adjectives?.count ?? 0)
    }
    patternIndex.reserveCapacity(forms, bytes: forms * 24)
    var list: [Pattern] = []
    var key: [UInt8] = []
    /// `[entry]` of the entry whose names are added, one list for all its patterns (a pattern
    /// that gains an entry copies it then).
    var entryList: [Int] = []
    /// The case rules of plain names by their `code` (see `add`), each list made once.
    var rulesByCode: [UInt64: [UInt8]] = [:]
    /// The rules of `code` for a name of `words` words (the first word's in the highest bits).
    func caseRules(_ code: UInt64, words: Int) -> [UInt8] {
      if let r = rulesByCode[code] { return r }
      let r = (0..<words).map {
        UInt8(truncatingIfNeeded: code &>> UInt64(2 * (words - 1 - $0)) & 3)
      }
      rulesByCode[code] = r
      return r
    }
    // (`key` passed in, not captured: a captured one, written in a closure, was checked for
    // exclusive access at every write.)
    func add(
      _ surface: String, entry: Int, adjective: Bool, blocks: Bool = false, key: inout [UInt8]
    ) {
      // Quotation marks around a name are not part of it; a hyphen or an apostrophe inside one
      // is ("al-Qaeda", "Kurdistan Workers' Party", "Kata'ib Hezbollah").
      // (The words are read in place, plain ones without making tokens: a filtered copy of
      // them, and the scalar array, cost more than the rest of `add`.)
      var norms: [String] = []
      var rules: [UInt8] = []
      // A name of plain words (most names: no quote, no period) comes folded from
      // `plainWords`, without the list of `words(text:)` in between; its case rules, two bits a
      // word after a leading 1 (`code`), name a list shared by all names with the same rules.
      var code: UInt64 = 1
      if let plain = Tokenizer.plainWords(
        surface,
        { norm, kind, capitalized, allCaps in
          code = code &<< 2 | (kind != .latin ? 0 : allCaps ? 2 : capitalized ? 1 : 0)
          return norm
        }), plain.count < 32
      {
        norms = plain
        rules = caseRules(code, words: plain.count)
      } else {
        let toks = Tokenizer.words(text: surface)
        norms.reserveCapacity(toks.count)
        rules.reserveCapacity(toks.count)
        for k in toks.indices
        where toks[k].kind != .quote || toks[k].norm == "-" || toks[k].norm == "'" {
          norms.append(toks[k].norm)
          if toks[k].kind != .latin {
            rules.append(0)
          } else if toks[k].allCaps
            || toks[k].norm.utf8.withContiguousStorageIfAvailable({ $0.contains(0x2E) })
              ?? toks[k].norm.utf8.contains(0x2E)
          {
            rules.append(2)
          } else {
            rules.append(toks[k].capitalized ? 1 : 0)
          }
        }
      }
      guard !norms.isEmpty else { return }
      // The words joined by a space, "|", the rules' digits, "a" or "n", "b" when blocked.
      key.removeAll(keepingCapacity: true)
      for (k, n) in norms.enumerated() {
        if k > 0 { key.append(0x20) }
        // (A word's bytes at once: through its UTF-8 view, the generic append cost some 170
        // instructions a word.)
        if n.utf8.withContiguousStorageIfAvailable({ key.append(contentsOf: $0) }) == nil {
          key.append(contentsOf: n.utf8)
        }
      }
      key.append(0x7C)
      for r in rules { key.append(0x30 + r) }
      key.append(adjective ? 0x61 : 0x6E)
      if blocks { key.append(0x62) }
      let i = Int(patternIndex.id(key))
      if i < list.count {
        if !list[i].entries.contains(entry) { list[i].entries.append(entry) }
      } else {
        if entryList.count != 1 || entryList[0] != entry { entryList = [entry] }
        list.append(
          Pattern(
            tokens: norms, caseRule: rules, entries: entryList, isAdjective: adjective,
            blocks: blocks))
      }
    }
    // (Each entry's fields read in place: `enumerated()` copied every entry, and destroyed it.)
    let entries = gazetteer.entries
    // (Room for every inflected adjective at once: the table grew a step at a time.)
    arabicAdjectives.reserveCapacity(
      entries.reduce(0) { $0 + ($1.adjectives?.count ?? 0) } * ArabicClitics.nisbaSuffixes.count)
    for i in entries.indices {
      for n in entries[i].names { add(n, entry: i, adjective: false, key: &key) }
      for n in entries[i].ambiguousNames ?? [] {
        add(n, entry: i, adjective: false, blocks: true, key: &key)
      }
      if entries[i].kind == .armedGroup || entries[i].kind == .party {
        for n in entries[i].ambiguousNames ?? [] {
          let words = Tokenizer.norms(text: n)
          if words.count == 1, let w = words.first { ambiguousGroups[FoldedKey(w)] = i }
        }
      }
      for n in entries[i].contextNames ?? [] {
        let words = Tokenizer.norms(text: n)
        if words.count == 1, let w = words.first { contextStates[FoldedKey(w)] = i }
      }
      if entries[i].kind != .person {
        for n in entries[i].ambiguousNames ?? [] {
          let words = Tokenizer.norms(text: n)
          ambiguousOthers[FoldedKey(words.joined(separator: " ")), default: []].append(i)
          ambiguousOtherFirstWords.insert(FoldedKey(words.first ?? ""))
        }
      }
      for n in entries[i].capitalNames ?? [] where entries[i].kind == .state {
        let words = Tokenizer.norms(text: n)
        capitalForms[FoldedKey(words.joined(separator: " "))] = i
        capitalFirstWords.insert(FoldedKey(words.first ?? ""))
      }
      if entries[i].home != nil {
        for n in entries[i].ambiguousNames ?? [] {
          let words = Tokenizer.norms(text: n)
          homeForms[FoldedKey(words.joined(separator: " ")), default: []].append(i)
          homeFirstWords.insert(FoldedKey(words.first ?? ""))
        }
      }
      if entries[i].kind == .person {
        for n in entries[i].ambiguousNames ?? [] {
          let words = Tokenizer.norms(text: n)
          let key = words.joined(separator: " ")
          ambiguousPeople[FoldedKey(key), default: []].append(i)
          hasAmbiguousForm[i] = true
          ambiguousFirstWords.insert(FoldedKey(words.first ?? ""))
        }
      }
      for a in entries[i].adjectives ?? [] {
        let folded = Normalizer.normalize(a)
        if folded.unicodeScalars.allSatisfy({ Normalizer.isArabicLetter($0) }) {
          var base = folded
          // The article as written: "ألماني" folds to "الماني" but has none.
          if base.hasPrefix(ArabicClitics.article), a.hasPrefix(ArabicClitics.article) {
            base = String(base.dropFirst(2))
          }
          // Every inflected form is indexed, so matching is one look-up per reading.
          for suffix in ArabicClitics.nisbaSuffixes {
            arabicAdjectives[FoldedKey(base + suffix), default: []].append(i)
          }
        } else {
          add(a, entry: i, adjective: true, key: &key)
        }
      }
    }
    // Each word's patterns longest first, equally long ones in `list` order: what a stable sort
    // of each word's list by length gave (some six million instructions of moving patterns),
    // made by adding the patterns longest first.
    let longest = list.reduce(0) { max($0, $1.tokens.count) }
    var byLength = [[Int]](repeating: [], count: longest + 1)
    // (Read in place: `enumerated()` copied every pattern.)
    for k in list.indices { byLength[list[k].tokens.count].append(k) }
    // (Room for every key at once, at most one a pattern: the table grew a step at a time.)
    patterns.reserveCapacity(list.count)
    for length in stride(from: longest, through: 0, by: -1) {
      for k in byLength[length] {
        patterns[FoldedKey(list[k].tokens[0]), default: []].append(list[k])
      }
    }
    for w in ActorMatcher.deicticWords { deictic[FoldedKey(Normalizer.normalize(w))] = true }
  }

  /// Words that point at the speaker's own country ("بلاده", "his country").
  static let deicticWords = ["بلاده", "بلادها", "بلادنا", "بلدنا", "بلده"]

  /// The match at token `i`, a word "the": a form that starts with the article ("the Sudan")
  /// gives way to a longer name that starts right after it ("the Sudan Shield Forces").
  func matchAfterThe(
    _ tokens: [Token], at i: Int, limit: Int, date: String?, found: inout [Int]
  ) -> Mention? {
    guard let m = match(tokens, at: i, limit: limit, date: date, found: &found) else {
      return nil
    }
    guard m.tokenEnd - m.tokenStart >= 2,
      let longer = match(tokens, at: i + 1, limit: limit, date: date, found: &found),
      longer.tokenEnd > m.tokenEnd
    else { return m }
    return longer
  }

  /// Mentions in `tokens[range]`, left to right, longest match first; apposed mentions of the
  /// same actor ("الرئيس التركي رجب أردوغان") are merged into one.
  public func mentions(in tokens: [Token], range: Range<Int>, date: String? = nil) -> [Mention] {
    var found: [Int] = []
    var blocked: [Mention] = []
    return mentions(in: tokens, range: range, date: date, found: &found, blocked: &blocked)
  }

  /// `mentions(in:range:date:)` with the compiled `match`'s list of patterns found (`found`)
  /// kept by the caller from word to word and sentence to sentence.
  /// With `lexicon`, a one-word ambiguous form of a state stands for it where a country's name
  /// stands (`contextualStates`). `mainState` is the state the document's earlier sentences
  /// named most (`homeGroups`); `namedStates` are the states they named (`namedCapitals`).
  /// `blocked` is working space as `found` is (the blocked forms of the sentence), emptied
  /// first.
  func mentions(
    in tokens: [Token], range: Range<Int>, date: String?, found: inout [Int],
    blocked: inout [Mention], lexicon: Lexicon? = nil, mainState: String? = nil,
    namedStates: [Mention] = [], seenPeople: Set<Int> = [], flags: TokenFlags = .none
  ) -> [Mention] {
    var out: [Mention] = []
    // (The caller's list, emptied: its memory is used again sentence after sentence.)
    blocked.clearKeepingCapacity()
    var i = range.lowerBound
    while i < range.upperBound {
      // Most words start no name (`match` would say nil): skip them here, in one scan.
      i = flags.next(TokenLex.actor, from: i, to: range.upperBound, in: tokens)
      guard i < range.upperBound else { break }
      // (A word "the" asks `matchAfterThe`; a `var` mention changed in place here cost 0.9%.)
      let picked =
        tokens.kind(i) == .latin && tokens.norm(i).equalsWord("the")
        ? matchAfterThe(tokens, at: i, limit: range.upperBound, date: date, found: &found)
        : match(tokens, at: i, limit: range.upperBound, date: date, found: &found)
      if let m = picked {
        i = m.tokenEnd
        // A blocked form names no actor; apposed mentions merge as they come.
        if m.code.isEmpty && m.form != .deictic {
          if ((!ambiguousGroups.isEmpty || !contextStates.isEmpty)
            && m.tokenEnd == m.tokenStart + 1) || !homeForms.isEmpty || !capitalForms.isEmpty
          {
            // Room for a few at once, not one more at a time (as `out` below).
            if blocked.isEmpty { blocked.reserveCapacity(4) }
            blocked.append(m)
          }
          continue
        }
        // (`officeNamed`'s first tests, read in place: `out.last` copied the mention.)
        let last = out.count - 1
        let m =
          last >= 0 && out[last].form == .adjective && out[last].tokenEnd == m.tokenStart
            && m.form == .name
          ? officeNamed(by: out[last], for: m) ?? m : m
        // (`merge`'s first tests here, in place: most mentions are not next to the one before,
        // and the call, with the last mention passed `inout`, cost more than they.)
        if !out.isEmpty, m.form != .deictic, m.tokenStart - out.tokenEnd(out.count - 1) <= 1,
          merge(m, into: &out[out.count - 1], tokens, range: range, lexicon: lexicon)
        {
          continue
        }
        // Room for a few at once, not one more at a time.
        if out.isEmpty { out.reserveCapacity(4) }
        out.append(m)
      } else {
        i += 1
      }
    }
    guard !blocked.isEmpty else { return out }
    // The blocked mentions' first words without their proclitics, made once for the passes
    // below (each made them again).
    let stems = blocked.indices.map { blockedStem(blocked, $0, tokens) }
    coordinatedGroups(blocked, stems, tokens, into: &out)
    abbreviatedAfter(blocked, stems, tokens, range: range, into: &out)
    // (The lexicon unwrapped once for both: each `let lexicon` copied it.)
    if let lexicon {
      if !ambiguousGroups.isEmpty {
        groupsAfterFighters(blocked, stems, tokens, lexicon: lexicon, into: &out)
      }
      if !contextStates.isEmpty {
        contextualStates(blocked, stems, tokens, range: range, lexicon: lexicon, into: &out)
      }
    }
    if !homeForms.isEmpty {
      homeGroups(blocked, stems, tokens, range: range, mainState: mainState, into: &out)
    }
    if !capitalForms.isEmpty {
      namedCapitals(blocked, stems, tokens, namedStates: namedStates, into: &out)
    }
    if !seenPeople.isEmpty {
      peopleSeenBefore(blocked, stems, tokens, seen: seenPeople, into: &out)
    }
    return out
  }

  /// "التقى محمد المنفي ... كما استقبل المنفي": an ambiguous form of a person ("المنفي" is
  /// also "the exiled") names the person when the document named him before by a full name
  /// (`seen`: entries of persons found in its earlier sentences).
  private func peopleSeenBefore(
    _ blocked: [Mention], _ stems: [FoldedKey], _ tokens: [Token], seen: Set<Int>,
    into out: inout [Mention]
  ) {
    // (By index, each blocked mention copied only when its words are a form: a copied Mention
    // copies three Strings; so in the loops below.)
    for i in blocked.indices {
      guard let key = blockedKey(blocked, i, stems[i], tokens, firstWords: ambiguousFirstWords),
        let ids = ambiguousPeople[key]
      else { continue }
      let b = blocked[i]
      guard case let hits = ids.filter({ seen.contains($0) }), hits.count == 1, let e = hits.first,
        !out.contains(where: { $0.tokenStart < b.tokenEnd && b.tokenStart < $0.tokenEnd })
      else { continue }
      insert(b, naming: e, into: &out)
    }
  }

  /// Adds to `seen` the entries of the persons among `found` (named by a full form) that have
  /// an ambiguous form, for `mentions(in:range:date:found:lexicon:mainState:seenPeople:)` in
  /// later sentences.
  func notePeople(_ found: [Mention], into seen: inout Set<Int>) {
    for k in found.indices where found[k].form == .name {
      let e = Int(found[k].actorEntry)
      if e >= 0, e < hasAmbiguousForm.count, hasAmbiguousForm[e] { seen.insert(e) }
    }
  }

  /// "اتهمت الحكومة الفنزويلية المعارضة", "Maduro's government and the opposition": an
  /// ambiguous form of an entry with a `home` state names the entry in a document whose earlier
  /// sentences named that state most (`mainState`) or, with no such state, in a sentence that
  /// names the state before the form (any mention that rolls up to it, or another group of the
  /// same home). A nisba right after an Arabic form says whose it is ("المعارضة التركية"); an
  /// English form needs "the" right before it ("Turkey's opposition" is Turkey's) and no "to"
  /// after it ("the opposition to the plan" is a stance).
  private func homeGroups(
    _ blocked: [Mention], _ stems: [FoldedKey], _ tokens: [Token], range: Range<Int>,
    mainState: String?, into out: inout [Mention]
  ) {
    for i in blocked.indices {
      guard let key = blockedKey(blocked, i, stems[i], tokens, firstWords: homeFirstWords),
        let entries = homeForms[key]
      else { continue }
      let b = blocked[i]
      guard !out.contains(where: { $0.tokenStart < b.tokenEnd && b.tokenStart < $0.tokenEnd }),
        !out.contains(where: { $0.tokenStart == b.tokenEnd && $0.form == .adjective })
      else { continue }
      if tokens[b.tokenStart].kind == .latin {
        let next = b.tokenEnd < range.upperBound ? tokens.norm(b.tokenEnd) : ""
        // ("the opposition National Unity Government": one lower-case word may stand
        // between "the" and a form of capitalised words.)
        let the =
          b.tokenStart > range.lowerBound && tokens.norm(b.tokenStart - 1) == "the"
          || (b.tokenStart - 1 > range.lowerBound && tokens[b.tokenStart].capitalized
            && tokens[b.tokenStart - 1].kind == .latin && !tokens[b.tokenStart - 1].capitalized
            && tokens.norm(b.tokenStart - 2) == "the"
            && !out.contains(where: { $0.tokenEnd == b.tokenStart }))
        guard the, next != "to" else { continue }
      }
      // The document's state first: the sentence may name a foreign one before the form.
      let e =
        entries.first { mainState != nil && gazetteer.entries[$0].home == mainState }
        ?? entries.first { e in
          // A state's name or a group of the same home ("حكومة الوحدة الوطنية الليبية").
          out.contains {
            $0.tokenEnd <= b.tokenStart
              && ($0.code == gazetteer.entries[e].home
                || gazetteer.codeIndex($0).map { gazetteer.entries[$0].home }
                  == gazetteer.entries[e].home)
          }
            // "رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة": a person of the entry named
            // right after the form.
            || out.contains {
              $0.tokenStart == b.tokenEnd && $0.code == gazetteer.entries[e].code
                && gazetteer.actorKind($0) == .person
            }
        }
      if let e { insert(b, naming: e, into: &out) }
    }
  }

  /// "وكانت ليما قد رفعت الدعوى، متهمة سانتياغو", "Bolivia accused Santiago": a capital the
  /// gazetteer keeps ambiguous (`capitalNames`: "Santiago" is also a saint and a name, "سيول"
  /// also "floods") names its state in a document whose earlier sentences named the state
  /// (`namedStates`), or in a sentence that names it before the form. Not when a nisba follows
  /// the form (it then qualifies another head: "سيول الكورية"), nor an English form with a
  /// capitalised word right after it ("Santiago Peña", a person's name).
  private func namedCapitals(
    _ blocked: [Mention], _ stems: [FoldedKey], _ tokens: [Token], namedStates: [Mention],
    into out: inout [Mention]
  ) {
    for i in blocked.indices {
      guard let key = blockedKey(blocked, i, stems[i], tokens, firstWords: capitalFirstWords),
        let e = capitalForms[key]
      else { continue }
      let b = blocked[i]
      let code = gazetteer.entries[e].code
      guard !out.contains(where: { $0.tokenStart < b.tokenEnd && b.tokenStart < $0.tokenEnd }),
        !out.contains(where: { $0.tokenStart == b.tokenEnd && $0.form == .adjective }),
        namedStates.contains(where: { $0.code == code })
          || out.contains(where: { $0.tokenEnd <= b.tokenStart && $0.code == code })
      else { continue }
      if tokens[b.tokenStart].kind == .latin, b.tokenEnd < tokens.count,
        tokens[b.tokenEnd].kind == .latin, tokens[b.tokenEnd].capitalized
      {
        continue
      }
      insert(b, naming: e, into: &out)
    }
  }

  /// "فتح وحماس", "بين حماس وفتح": a one-word ambiguous form of an armed group or party
  /// (`ambiguousGroups`) joined by و to another armed group or party names its group.
  private func coordinatedGroups(
    _ blocked: [Mention], _ stems: [FoldedKey], _ tokens: [Token], into out: inout [Mention]
  ) {
    func isGroup(_ m: Mention) -> Bool {
      let k = gazetteer.codeKind(m)
      return k == .armedGroup || k == .party
    }
    let waw = "\u{0648}"
    // `hasPrefix(waw)`, the bytes of و (D9 88) tested first: most proclitics are empty or
    // start with another letter, and `hasPrefix` compares Characters.
    func startsWithWaw(_ proclitic: String) -> Bool {
      proclitic.startsWithLetter(0xD9, 0x88) && proclitic.hasPrefix(waw)
    }
    for i in blocked.indices where blocked.tokenEnd(i) == blocked.tokenStart(i) + 1 {
      guard let e = ambiguousGroups[stems[i]] else { continue }
      let b = blocked[i]
      let after = out.contains {
        $0.tokenStart == b.tokenEnd && startsWithWaw($0.proclitic) && isGroup($0)
      }
      let before =
        startsWithWaw(b.proclitic) && out.contains { $0.tokenEnd == b.tokenStart && isGroup($0) }
      guard after || before else { continue }
      insert(b, naming: e, into: &out)
    }
  }

  /// The nouns of members or forces that name an ambiguous group after them
  /// (`groupsAfterFighters`).
  private static let fighterNouns: Set<String> = [
    "\u{0639}\u{0646}\u{0627}\u{0635}\u{0631}",  // عناصر
    "\u{0645}\u{0642}\u{0627}\u{062A}\u{0644}\u{064A}",  // مقاتلي
    "\u{0645}\u{0642}\u{0627}\u{062A}\u{0644}\u{0648}",  // مقاتلو
    "\u{0645}\u{0633}\u{0644}\u{062D}\u{064A}",  // مسلحي
    "\u{0645}\u{0633}\u{0644}\u{062D}\u{0648}",  // مسلحو
    "\u{0642}\u{0648}\u{0627}\u{062A}",  // قوات
  ]

  /// "عناصر القاعدة", "مقاتلي الشباب", "قوات الحشد", "مسلحين من فتح": a one-word ambiguous form
  /// of an armed group or party with no home state, right after a noun of its members or forces
  /// in the construct (named list `force_noun`, but not soldiers, an army or weapons: "جنود
  /// القاعدة" is too rare to tell from "the base's soldiers"), or after such a plural and "من",
  /// names its group.
  private func groupsAfterFighters(
    _ blocked: [Mention], _ stems: [FoldedKey], _ tokens: [Token], lexicon: Lexicon,
    into out: inout [Mention]
  ) {
    for i in blocked.indices
    where blocked.tokenEnd(i) == blocked.tokenStart(i) + 1 && blocked.tokenStart(i) > 0
      && blocked.proclitic(i).isEmpty
    {
      let start = blocked.tokenStart(i)
      // "مسلحين من فتح", "عناصر من الشباب": the members' noun, then "من".
      let partitive =
        start > 1 && tokens[start - 1].kind == .arabic
        && tokens.norm(start - 1).sameBytes("\u{0645}\u{0646}")
      let f = partitive ? start - 2 : start - 1
      let nouns = partitive ? Self.partitiveFighterNouns : Self.fighterNouns
      // (The bit test first: most blocked words follow no force noun.)
      guard tokens[f].kind == .arabic,
        lexicon.isMarker(tokens, f, .forceNoun) || partitive,
        let e = ambiguousGroups[stems[i]], gazetteer.entries[e].home == nil,
        tokens[f].readings.contains(where: { nouns.contains($0.stem) }),
        !out.contains(where: { $0.tokenStart <= start && start < $0.tokenEnd })
      else { continue }
      insert(blocked[i], naming: e, into: &out)
    }
  }

  /// The plural nouns of members or fighters that name an ambiguous group after "من" ("مسلحين
  /// من فتح", `groupsAfterFighters`).
  private static let partitiveFighterNouns: Set<String> = [
    "\u{0639}\u{0646}\u{0627}\u{0635}\u{0631}",  // عناصر
    "\u{0645}\u{0642}\u{0627}\u{062A}\u{0644}\u{064A}\u{0646}",  // مقاتلين
    "\u{0645}\u{0642}\u{0627}\u{062A}\u{0644}\u{0648}\u{0646}",  // مقاتلون
    "\u{0645}\u{0633}\u{0644}\u{062D}\u{064A}\u{0646}",  // مسلحين
    "\u{0645}\u{0633}\u{0644}\u{062D}\u{0648}\u{0646}",  // مسلحون
  ]

  /// The word of blocked one-word mention `blocked[i]` without its proclitic, folded (the
  /// mention read in place).
  private func blockedStem(_ blocked: [Mention], _ i: Int, _ tokens: [Token]) -> FoldedKey {
    FoldedKey(
      tokens.norm(blocked.tokenStart(i)).droppingScalars(blocked.proclitic(i).scalarCount))
  }

  /// The words of blocked mention `blocked[i]` (the first without its proclitic), folded and
  /// joined by a space, when its first word is one of `firstWords`; nil otherwise.
  private func blockedKey(
    _ blocked: [Mention], _ i: Int, _ stem: FoldedKey, _ tokens: [Token],
    firstWords: Set<FoldedKey>
  ) -> FoldedKey? {
    guard firstWords.contains(stem) else { return nil }
    var words = [stem.string]
    for k in blocked.tokenStart(i) + 1..<blocked.tokenEnd(i) { words.append(tokens.norm(k)) }
    return FoldedKey(words.joined(separator: " "))
  }

  /// "the National Liberation Army (ELN)": an ambiguous form of an entry that is no person names
  /// it when a name of that entry follows in parentheses.
  private func abbreviatedAfter(
    _ blocked: [Mention], _ stems: [FoldedKey], _ tokens: [Token], range: Range<Int>,
    into out: inout [Mention]
  ) {
    for i in blocked.indices {
      let end = blocked.tokenEnd(i)
      guard end + 2 < range.upperBound, tokens.norm(end).sameBytes("("),
        let key = blockedKey(blocked, i, stems[i], tokens, firstWords: ambiguousOtherFirstWords),
        let ids = ambiguousOthers[key],
        let k = out.firstIndex(where: { $0.tokenStart == end + 1 }),
        out[k].tokenEnd < range.upperBound, tokens.norm(out[k].tokenEnd).sameBytes(")"),
        let e = ids.first(where: { gazetteer.entries[$0].code == out[k].actor })
      else { continue }
      insert(blocked[i], naming: e, into: &out)
    }
  }

  /// Blocked mention `b` as a name of entry `e`, put in its place in `out`.
  private func insert(_ b: Mention, naming e: Int, into out: inout [Mention]) {
    let m = known(
      Mention(
        tokenStart: b.tokenStart, tokenEnd: b.tokenEnd, code: rollUps[e],
        actor: gazetteer.entries[e].code, form: .name, proclitic: b.proclitic),
      entry: e)
    out.insert(m, at: out.firstIndex(where: { $0.tokenStart > b.tokenStart }) ?? out.endIndex)
  }

  /// "قطعت مالي علاقاتها", "في مالي", "لمالي", "شمال مالي", "النيجر ومالي", "رئيس مالي": a
  /// one-word ambiguous form of a state (`contextStates`, "مالي" is also "financial") names the
  /// state after a feminine verb, after a preposition (or with ل or ب on it) or word of
  /// direction, after a head of state (named list `state_head`), right after another state's
  /// name (its object), or joined by و to another state. After any other word it stays the
  /// everyday word ("دعم مالي", "دعم عسكري ومالي").
  private func contextualStates(
    _ blocked: [Mention], _ stems: [FoldedKey], _ tokens: [Token], range: Range<Int>,
    lexicon: Lexicon, into out: inout [Mention]
  ) {
    let waw = "\u{0648}"
    func isState(_ m: Mention) -> Bool { m.form == .name && gazetteer.codeKind(m) == .state }
    for i in blocked.indices where blocked.tokenEnd(i) == blocked.tokenStart(i) + 1 {
      guard let e = contextStates[stems[i]] else { continue }
      let b = blocked[i]
      guard !out.contains(where: { $0.tokenStart <= b.tokenStart && b.tokenStart < $0.tokenEnd })
      else { continue }
      var named = false
      if b.proclitic.isEmpty, b.tokenStart > range.lowerBound {
        let p = b.tokenStart - 1
        let word = tokens.norm(p)
        named =
          tokens[p].kind == .arabic
          && (lexicon.isMarker(tokens, p, .preposition) || lexicon.isMarker(tokens, p, .direction)
            || lexicon.isMarker(tokens, p, .stateHead)
            // A feminine verb that may start a cue: "قطعت", "وقعت", "اتهمت".
            || (tokens[p].lex.may(TokenLex.cue) && word.hasByteSuffix("\u{062A}")
              && !word.hasByteSuffix("\u{0627}\u{062A}")))
      }
      // "أعربت إيطاليا عن شكرها لمالي", "هجوم بمالي": a preposition's ل or ب on the word (no
      // adjective takes one; not "للمالي", with the article).
      if !named,
        case let p = b.proclitic.drop(while: { $0 == "\u{0648}" || $0 == "\u{0641}" }),
        p == "\u{0644}" || p == "\u{0628}"
      {
        named = true
      }
      if !named {
        // "اتهمت الجزائر مالي": the object right after a state's name (no adjective follows a
        // name), or joined by و to a state.
        named =
          ((b.proclitic.isEmpty || b.proclitic.hasPrefix(waw))
            && out.contains { $0.tokenEnd == b.tokenStart && isState($0) })
          || out.contains {
            $0.tokenStart == b.tokenEnd && $0.proclitic.hasPrefix(waw) && isState($0)
          }
      }
      if named { insert(b, naming: e, into: &out) }
    }
  }

  /// A nisba that qualifies a non-actor head ("الأزمة الليبية", "Syrian territory") names no
  /// actor; one right after another actor's name ("حكومة الوفاق الليبية") only qualifies it.
  func dropModifiers(_ ms: [Mention], _ tokens: [Token], lexicon: Lexicon) -> [Mention] {
    /// The word mention `ms[k]` qualifies or is qualified by: before it in Arabic, after it in
    /// English. Mentions are read in place: a copied Mention copies three Strings.
    func headIs(_ k: Int, _ list: Marker) -> Bool {
      let start = ms[k].tokenStart
      var head = tokens[start].kind == .arabic ? start - 1 : ms[k].tokenEnd
      // "«متطرفين» بحرينيين": a quoted head.
      if head > 0, tokens[start].kind == .arabic, tokens[head].kind == .quote { head -= 1 }
      return head >= 0 && head < tokens.count && tokens[head].isWord
        && lexicon.isMarker(tokens, head, list)
    }
    /// "Syrian Kurds" (`skip` 0), "Syria's Kurds" (`skip` 2, past the "'s"): an English head
    /// of list `community`, a people of the state that is not the state.
    func communityAfter(_ k: Int, skip: Int) -> Bool {
      let end = ms[k].tokenEnd
      guard tokens[ms[k].tokenStart].kind == .latin, end + skip < tokens.count else {
        return false
      }
      if skip == 2, !(tokens[end].kind == .quote && tokens.norm(end + 1) == "s") { return false }
      return tokens[end + skip].isWord
        && lexicon.isMarker(tokens, end + skip, Marker.NamedList.community)
    }
    /// "Pakistani border posts", "Turkish border guards": an English non-actor head that
    /// qualifies a target or force noun right after it, which the nisba then names.
    func compoundHead(_ k: Int) -> Bool {
      let next = ms[k].tokenEnd + 1
      guard tokens[ms[k].tokenStart].kind == .latin, next < tokens.count, tokens[next].isWord
      else { return false }
      return lexicon.isMarker(tokens, next, .targetHead)
        || lexicon.isMarker(tokens, next, .forceNoun)
        || lexicon.isMarker(tokens, next, .domesticForce)
    }
    /// "وزير الإعلام الزيمبابوي", "وزارة النفط العراقية": a non-actor head that is the field
    /// of a minister or ministry (a person's or a government's head word before it) leaves the
    /// nisba naming the state.
    func officeField(_ k: Int) -> Bool {
      let start = ms[k].tokenStart
      return tokens[start].kind == .arabic && start >= 2 && tokens[start - 2].kind == .arabic
        && (lexicon.isMarker(tokens, start - 2, .personHead)
          || lexicon.isMarker(tokens, start - 2, .governmentHead))
    }
    /// "الحرب الإسرائيلية على لبنان": the nisba of a war waged on or against someone names who
    /// wages it, though "الحرب السورية" is the war in Syria.
    func warOn(_ k: Int) -> Bool {
      let start = ms[k].tokenStart
      let end = ms[k].tokenEnd
      return tokens[start].kind == .arabic && start > 0 && end < tokens.count
        && lexicon.isMarker(tokens, start - 1, .attackNoun)
        && lexicon.isMarker(tokens, end, .eventTarget)
    }
    /// "دعمها لوحدة الأراضي السورية": the nisba of a land (list `place_head`) whose unity,
    /// sovereignty or security (list `protected_value`) is named stands for its state.
    func protectedLand(_ k: Int) -> Bool {
      let start = ms[k].tokenStart
      return tokens[start].kind == .arabic && start >= 2
        && lexicon.isMarker(tokens, start - 1, Marker.NamedList.placeHead)
        && lexicon.isMarker(tokens, start - 2, .protectedValue)
    }
    /// True when the next mention is joined by و right after mention `k`.
    func listFollows(_ k: Int) -> Bool {
      k + 1 < ms.count && ms[k + 1].tokenStart == ms[k].tokenEnd
        && ms[k + 1].proclitic.startsWithLetter(0xD9, 0x88)
    }
    // `ms` without the dropped mentions, made once the first one is dropped.
    var out: [Mention] = []
    var dropping = false
    var lastKept: Int?  // index into `ms`
    for k in ms.indices {
      var drop = false
      let first = ms[k].tokenStart
      // "Pro-Iranian militias", "anti-Israel protesters": the name after "pro-"/"anti-" says
      // whom others are for or against; it is not the actor named.
      if first >= 2, tokens[first].kind == .latin, tokens[first - 1].kind == .quote,
        tokens.norm(first - 1) == "-", tokens[first - 2].kind == .latin,
        tokens.norm(first - 2) == "pro" || tokens.norm(first - 2) == "anti"
      {
        drop = true
      } else if ms[k].form == .name, gazetteer.actorKind(ms[k]) == .state, headIs(k, .eventHead),
        !listFollows(k)
      {
        // ("قمة بغداد" is a place's summit; "قمة محمود عباس وإيهود أولمرت" is theirs. "إعلان
        // السعودية والإمارات والبحرين ومصر قطع علاقاتها": a list joined by و names no event; its
        // first state announces with the others.)
        drop = true
      } else if ms[k].form == .adjective {
        // ("ودان مجلس التعاون الخليجي والسعودية": a nisba-shaped state name with و is joined
        // to the name before it, not its adjective.)
        if let l = lastKept, ms[l].tokenEnd == ms[k].tokenStart, ms[l].form == .name,
          gazetteer.actorKind(ms[k]) == .state, gazetteer.codeKind(ms[l]) != .state,
          !pluralNameBeforeFeminine(ms[l], ms[k], tokens),
          !(tokens[first].kind == .arabic && ms[k].proclitic.startsWithLetter(0xD9, 0x88))
        {
          drop = true
        } else if k + 1 < ms.count, tokens[first].kind == .latin,
          ms[k + 1].tokenStart == ms[k].tokenEnd, ms[k + 1].form == .name,
          gazetteer.actorKind(ms[k]) == .state, gazetteer.codeKind(ms[k + 1]) != .state,
          // ("Myanmar's U.N. envoy": the state's envoy at the body, kept for the title.)
          !(gazetteer.codeKind(ms[k + 1]) == .organisation && ms[k + 1].tokenEnd < tokens.count
            && TitleRecognizer.envoyWords.contains(tokens.norm(ms[k + 1].tokenEnd)))
        {
          // "Libyan GNA forces", "Lebanese Hezbollah": an English nisba right before the name of
          // a group of its state only qualifies it.
          drop = true
        } else if headIs(k, .nonAgentHead) && !compoundHead(k) && !warOn(k) && !protectedLand(k)
          && !officeField(k)
          || madeIn(after: ms[k].tokenEnd, tokens) || communityAfter(k, skip: 0)
        {
          drop = true
        }
      } else if ms[k].form == .name, tokens[first].kind == .latin,
        gazetteer.codeKind(ms[k]) == .state, madeIn(after: ms[k].tokenEnd, tokens)
      {
        // "a Pakistan-based group", "an Israel-linked ship": a state named in a compound with a
        // participle of origin or ties only qualifies the noun after it.
        drop = true
      } else if ms[k].form == .name, gazetteer.codeKind(ms[k]) == .state,
        communityAfter(k, skip: 2)
      {
        // "Syria's Kurds": a people of the state, not the state.
        drop = true
      } else if ms[k].form == .name, ms[k].tokenEnd - ms[k].tokenStart == 1,
        ms[k].tokenStart >= 2, lastKept.map({ ms[$0].tokenEnd != ms[k].tokenStart }) ?? true,
        gazetteer.actorKind(ms[k]) == .person, anotherGivenName(before: ms, k, tokens)
      {
        // "عبد الرحمن مودي", "Abdirahman Modi": another man of the same surname.
        drop = true
      }
      if drop {
        if !dropping {
          out = Array(ms[..<k])
          dropping = true
        }
        continue
      }
      lastKept = k
      if dropping { out.append(ms[k]) }
    }
    return dropping ? out : ms
  }

  /// "اتهم الحوثيون السعودية": a one-word name in the sound masculine plural (ون، ين) and a
  /// feminine nisba after it do not agree, so the nisba names the state and qualifies nothing.
  private func pluralNameBeforeFeminine(_ name: Mention, _ nisba: Mention, _ tokens: [Token])
    -> Bool
  {
    guard name.tokenEnd - name.tokenStart == 1, tokens[name.tokenStart].kind == .arabic,
      nisba.tokenEnd - nisba.tokenStart == 1, tokens[nisba.tokenStart].endsInTaMarbuta
    else { return false }
    let w = tokens.norm(name.tokenStart)
    return w.hasByteSuffix("\u{0648}\u{0646}") || w.hasByteSuffix("\u{064A}\u{0646}")
  }

  /// The nisbas of states that qualify a place ("الأراضي العراقية", "Ukrainian cities", "the
  /// Syrian capital": named list `place_head`, the head before the nisba in Arabic, after it in
  /// English). `dropModifiers` drops them, since a place neither acts nor takes a stance; an
  /// attack with no other target hits the state they name (`Extractor.placeTargets`).
  func placeNisbas(_ ms: [Mention], _ tokens: [Token], lexicon: Lexicon) -> [Mention] {
    headNisbas(ms, tokens, lexicon: lexicon, head: .placeHead)
  }

  /// The nisbas of states that qualify goods ("صادرات النفط الإيرانية": named list
  /// `goods_head`, the head before the nisba in Arabic, after it in English). `dropModifiers`
  /// drops them; a ban or sanctions with no other target hit the state they name
  /// (`Extractor.placeTargets`).
  func goodsNisbas(_ ms: [Mention], _ tokens: [Token], lexicon: Lexicon) -> [Mention] {
    headNisbas(ms, tokens, lexicon: lexicon, head: .goodsHead)
  }

  /// The nisbas of states whose head (before it in Arabic, after it in English) is in `head`,
  /// but for a place one comes to or from ("وصوله إلى العاصمة الفرنسية").
  private func headNisbas(
    _ ms: [Mention], _ tokens: [Token], lexicon: Lexicon, head list: Marker.NamedList
  ) -> [Mention] {
    var out: [Mention] = []
    for k in ms.indices where ms[k].form == .adjective {
      let start = ms[k].tokenStart
      let head = tokens[start].kind == .arabic ? start - 1 : ms[k].tokenEnd
      guard head >= 0, head < tokens.count, tokens[head].isWord,
        lexicon.isMarker(tokens, head, list), gazetteer.codeKind(ms[k]) == .state
      else { continue }
      // "وصوله إلى العاصمة الفرنسية", "خطفهما من الأراضي التونسية": where one goes or comes
      // from is not what is hit.
      var before = tokens[start].kind == .arabic ? head - 1 : start - 1
      if before >= 0, tokens[before].kind == .latin,
        ["the", "a", "an"].contains(tokens.norm(before))
      {
        before -= 1
      }
      if before >= 0, Self.wayWords.contains(tokens.norm(before)) { continue }
      out.append(ms[k])
    }
    return out
  }

  /// Prepositions of a way to or from a place (folded): "إلى", "من", "to", "from".
  static let wayWords: Set<String> = Set(
    ["إلى", "الى", "من", "to", "from"].map { Normalizer.normalize($0) })

  /// Whether a one-word person name `m` (a surname) follows another man's given name: in Arabic
  /// a compound name with عبد ("عبد الرحمن مودي"); in English a capitalised word inside the
  /// sentence that is no title and starts with another letter than every given name the
  /// gazetteer lists for the person ("Abdirahman Modi", not "Narendra Modi" or "Narendra" spelt
  /// otherwise).
  ///
  /// The mention is `ms[k]`, read in place (a copied Mention copies three Strings).
  func anotherGivenName(before ms: [Mention], _ k: Int, _ tokens: [Token]) -> Bool {
    let i = ms.tokenStart(k)
    // (The word before read in place: `tokens[i - 1]` copied the whole token.)
    let (kind, capitalized, allCaps, afterNewline) = tokens.withToken(i - 1) {
      ($0.kind, $0.capitalized, $0.allCaps, $0.afterNewline)
    }
    let prevNorm = tokens.norm(i - 1)
    if kind == .arabic {
      let abd = "\u{0639}\u{0628}\u{062F}"
      return tokens.norm(i - 2).sameBytes(abd)
        || (prevNorm.hasBytePrefix(abd) && prevNorm.scalarCount > 4)
    }
    guard kind == .latin, capitalized, !allCaps, !afterNewline,
      tokens[i - 2].kind == .latin || tokens[i - 2].kind == .comma,
      !Self.honorificsEn.contains(prevNorm),
      let first = prevNorm.unicodeScalars.first,
      let e = gazetteer.entry(ms[k].actor)
    else { return false }
    let givenInitials = e.names.compactMap { name -> Unicode.Scalar? in
      let words = name.split(separator: " ")
      guard words.count >= 2, let w = words.first, w.unicodeScalars.allSatisfy({ $0.isASCII })
      else { return nil }
      return w.lowercased().unicodeScalars.first
    }
    return !givenInitials.isEmpty && !givenInitials.contains(first)
  }

  /// English: a nisba that says where a thing was made ("Russian-made missiles", "US-built
  /// jets"), not who acts; `end` is the nisba's end (its mention's `tokenEnd`).
  func madeIn(after end: Int, _ tokens: [Token]) -> Bool {
    var j = end
    guard j < tokens.count, tokens[j].kind != .arabic else { return false }
    // (The words read through `tokens.norm`: `tokens[j].norm` copied the whole token first.)
    var word = tokens.norm(j)
    // (The first byte tested first: most words start with no "-", and `==` and `hasPrefix`
    // compare Characters, `hasPrefix` at some 150 instructions a word. A String equal to "-"
    // is that one byte.)
    let dash = word.utf8.first == 0x2D
    if dash, word.utf8.count == 1, j + 1 < tokens.count {
      j += 1
      word = tokens.norm(j)
    } else if dash, word.hasPrefix("-") {
      word = String(word.dropFirst())
    } else {
      return false
    }
    return Self.originParticiples.contains(word)
  }

  static let originParticiples: Set<String> = [
    "made", "built", "designed", "manufactured", "produced", "born", "style",
    // Ties of a ship, a firm or a group to a state: "a Greek-owned tanker", "Israel-linked
    // vessels", "Pakistan-based militants".
    "owned", "linked", "flagged", "registered", "operated", "based", "bound",
  ]

  /// English words that stand before a surname without being a given name.
  static let honorificsEn: Set<String> = [
    "mr", "mrs", "ms", "dr", "sir", "lord", "lady", "gen", "general", "col", "colonel", "lt",
    "maj", "major", "capt", "captain", "cmdr", "commander", "adm", "admiral", "marshal", "sheikh",
    "shaikh", "king", "queen", "prince", "princess", "emir", "sultan", "ayatollah", "imam", "pope",
    "chancellor", "premier", "president", "minister", "secretary", "senator", "sen", "rep",
    "governor", "gov", "mayor", "speaker", "judge", "justice", "chief", "leader", "deputy", "vice",
    "envoy", "ambassador", "comrade", "mullah", "rabbi", "bishop", "cardinal", "patriarch",
    "sergeant", "sgt", "brigadier", "brig", "spokesman", "spokeswoman", "director", "commissioner",
    "chairman", "chairwoman", "dictator", "strongman", "warlord", "commandant", "field",
  ]

  /// (Inlined where it is called: a word looked up by the compiled tables' index goes straight
  /// to their `match`; the wrapper's own frame, as a call, cost some 80 instructions a word.)
  @inline(__always)
  private func match(
    _ tokens: [Token], at i: Int, limit: Int, date: String?, found: inout [Int]
  ) -> Mention? {
    // (The token's fields read in one access.)
    let (may, index, kind, nisbaOrDeictic) = tokens.withToken(i) {
      (
        $0.lex.may(TokenLex.actor), $0.lex.index, $0.kind,
        $0.lex.hits.adjective | $0.lex.hits.deictic
      )
    }
    guard may else { return nil }
    if let table = compiledRef {
      // (Outer nil: the token was not looked up by the table's index.)
      let m: Mention?? = table._withUnsafeGuaranteedRef { c in
        guard index == c.index.tag else { return .none }
        // A Latin word that ends no pattern of the table with the words after it (most often
        // the first word of a longer name, "united", "security", without the rest) has no
        // mention: told here by the trie alone, without the compiled `match`'s set-up.
        if kind == .latin, Self.endsNoLatinPattern(c, tokens, i, limit: limit) {
          return .some(nil)
        }
        // So an Arabic word with no reading of a nisba or a deictic word none of whose readings
        // ends a pattern.
        if kind == .arabic, nisbaOrDeictic == 0,
          Self.endsNoArabicPattern(c, tokens, i, limit: limit)
        {
          return .some(nil)
        }
        return .some(match(c, tokens, at: i, limit: limit, date: date, found: &found))
      }
      if let m { return m }
    }
    return matchByStrings(tokens, at: i, limit: limit, date: date)
  }

  /// Whether the compiled `match` finds no pattern at Latin token `i`: no pattern of `c` ends
  /// on the trie's walk from the word's id through the ids of the words after it (before
  /// `limit`; a Latin word has no quote mark skipped after it, `quoteSkip`).
  @inline(__always)
  private static func endsNoLatinPattern(
    _ c: Compiled, _ tokens: [Token], _ i: Int, limit: Int
  ) -> Bool {
    var node = c.trie.root(tokens[i].lex.id)
    var k = i + 1
    while node >= 0 {
      if !c.trie.ends(node).isEmpty { return false }
      guard k < limit else { return true }
      node = c.trie.child(node, tokens[k].lex.id)
      k += 1
    }
    return true
  }

  /// Whether the compiled `match` finds nothing at Arabic token `i`, whose look-up found no
  /// reading of a nisba or a deictic word: on none of the word's readings that start a pattern
  /// does one end on the trie's walk (past a quote mark as `match` skips it). (Out of line:
  /// inlined, it kept `match`'s wrapper from being inlined in `mentions`.)
  @inline(never)
  private static func endsNoArabicPattern(
    _ c: Compiled, _ tokens: [Token], _ i: Int, limit: Int
  ) -> Bool {
    let skip = quoteSkip(tokens, i, limit: limit)
    var hits = WordIndex.Hits(tokens, i, tokens[i].lex.hits.actorPattern, c.storesHits)
    while let h = hits.next(in: c, tokens) {
      var node = c.trie.root(h.stem)
      var k = i + 1 + skip
      while node >= 0 {
        if !c.trie.ends(node).isEmpty { return false }
        guard k < limit else { break }
        node = c.trie.child(node, tokens[k].lex.id)
        k += 1
      }
    }
    return true
  }

  /// `match` by the string-keyed tables, for a token the compiled tables' index did not look
  /// up.
  @inline(never)
  private func matchByStrings(_ tokens: [Token], at i: Int, limit: Int, date: String?)
    -> Mention?
  {
    let t = tokens[i]
    var best: Mention?
    var bestLen = 0
    let skip = Self.quoteSkip(tokens, i, limit: limit)
    func consider(_ p: Pattern, proclitic: String) {
      let len = p.tokens.count
      // (Past an opening quote after the first word, as in the compiled `match`.)
      let gap = len >= 2 ? skip : 0
      guard i + len + gap <= limit,
        len > bestLen
          || (len == bestLen && (best?.form == .adjective || best?.code == "") && !p.blocks)
      else {
        return
      }
      for k in 1..<max(len, 1) where k < len {
        let u = tokens[i + k + gap]
        guard u.norm.sameBytes(p.tokens[k]), caseOK(u, p.caseRule[k]) else { return }
      }
      guard let entry = pick(p.entries, date: date) else { return }
      let e = gazetteer.entries[entry]
      let blocks = p.blocks && !quotedName(tokens, i, len + gap, entries: p.entries)
      best = Mention(
        tokenStart: i, tokenEnd: i + len + gap, code: blocks ? "" : rollUps[entry],
        actor: blocks ? "" : e.code, form: p.isAdjective ? .adjective : .name,
        proclitic: proclitic)
      bestLen = len
    }
    switch t.kind {
    case .latin:
      for p in patterns[FoldedKey(t.norm)] ?? [] where caseOK(t, p.caseRule[0]) {
        consider(p, proclitic: "")
      }
    case .arabic:
      for r in t.readings(for: .actorPattern) {
        for p in patterns[FoldedKey(r.stem)] ?? [] { consider(p, proclitic: r.proclitic) }
      }
      // As in the compiled `match`: a one-word ambiguous form, or a one-word name after a
      // noun with the article, leaves the nisba reading.
      if bestLen == 0
        || (bestLen == 1 && best?.form == .name
          && (qualifiesDefiniteNoun(tokens, i) && (best?.code == "" || hasArticle(t))
            || followsCounterpart(tokens, i) && best?.code == ""))
      {
        for r in t.readings(for: .adjective) {
          guard let ids = arabicAdjectives[FoldedKey(r.stem)], let entry = pick(ids, date: date)
          else { continue }
          let e = gazetteer.entries[entry]
          return Mention(
            tokenStart: i, tokenEnd: i + 1, code: rollUps[entry], actor: e.code,
            form: .adjective, proclitic: r.proclitic)
        }
      }
      if bestLen == 0 {
        for r in t.readings(for: .deictic) where deictic[FoldedKey(r.stem)] == true {
          return Mention(
            tokenStart: i, tokenEnd: i + 1, code: "", actor: "", form: .deictic,
            proclitic: r.proclitic)
        }
      }
    default:
      break
    }
    return best
  }

  /// `match` for a token looked up by the compiled tables' index: the same patterns in the same
  /// order, words compared by id.
  /// `found` is working space, kept by the caller from call to call.
  private func match(
    _ c: Compiled, _ tokens: [Token], at i: Int, limit: Int, date: String?, found: inout [Int]
  ) -> Mention? {
    let kind = tokens[i].kind
    guard kind == .latin || kind == .arabic else { return nil }
    // The best pattern so far: its length, entry, whether it is weak (a nisba or a blocked form,
    // which a name of the same length replaces) and the reading it was found under.
    var bestLen = 0
    var bestPattern = -1
    var bestEntry = 0
    var bestWeak = false
    var bestSpan: ArabicClitics.Span?
    // `حركة "23 مارس"`, `قوات "سوريا الديمقراطية"`: an opening quote mark after the first
    // Arabic word of a name is passed over (`quoteSkip`); the mention runs past it.
    let skip = Self.quoteSkip(tokens, i, limit: limit)
    var hits = WordIndex.Hits(
      tokens, i, kind == .arabic ? tokens[i].lex.hits.actorPattern : 0, c.storesHits)
    var first = kind == .latin ? tokens[i].lex.id : -1
    // Latin: the word itself; Arabic: each reading that starts a name.
    while true {
      var span: ArabicClitics.Span?
      if first < 0 {
        guard let h = hits.next(in: c, tokens) else { break }
        first = h.stem
        span = h.span
      }
      defer { first = -1 }
      // The patterns whose words are the next tokens' ids, in table order: the first in
      // `single`, in `found` only when there is another (most words end one pattern or none,
      // and the list's uniqueness checks cost more than they).
      var single = -1
      var many = false
      var node = c.trie.root(first)
      var depth = 1
      while node >= 0 {
        for e in c.trie.ends(node) {
          let p = c.trie.pattern(e)
          if single < 0 {
            single = p
          } else {
            if !many {
              found.clearKeepingCapacity()
              found.append(single)
              many = true
            }
            found.append(p)
          }
        }
        guard i + depth + skip < limit else { break }
        node = c.trie.child(node, tokens[i + depth + skip].lex.id)
        depth += 1
      }
      if many { found.sort() }
      for k in 0..<(many ? found.count : single < 0 ? 0 : 1) {
        let p = many ? found[k] : single
        let lo = Int(c.start[p])
        let len = Int(c.start[p + 1]) - lo
        guard len > bestLen || (len == bestLen && bestWeak && !c.blocks[p]) else { continue }
        var ok = true
        for j in 0..<len
        where (j > 0 || span == nil)
          && !caseOK(tokens[i + j + (j > 0 ? skip : 0)], c.caseRules[lo + j])
        {
          ok = false
          break
        }
        guard ok, let entry = pick(c.entries[p], date: date) else { continue }
        (bestLen, bestPattern, bestEntry, bestSpan) = (len, p, entry, span)
        bestWeak = c.isAdjective[p] || c.blocks[p]
      }
    }
    // A one-word ambiguous form ("السوداني", also a surname) does not hide the nisba reading
    // of the same word ("الجيش السوداني").
    // ("نظيره السوداني": so after a counterpart, definite by its pronoun.)
    let blockedWord =
      bestPattern >= 0 && c.blocks[bestPattern] && bestLen == 1
      && (qualifiesDefiniteNoun(tokens, i) || followsCounterpart(tokens, i))
    // "الحكومة السعودية", "القوات السعودية": a one-word name with the article that is also a
    // nisba, after a noun with the article, is the nisba (a definite noun takes no genitive
    // name; "المسؤول التركي روسيا" keeps the name, which has no article).
    let nameAfterDefinite =
      kind == .arabic && bestPattern >= 0 && bestLen == 1 && !c.isAdjective[bestPattern]
      && !c.blocks[bestPattern] && hasArticle(tokens, i) && qualifiesDefiniteNoun(tokens, i)
    if bestPattern >= 0, !(blockedWord && kind == .arabic), !nameAfterDefinite {
      return compiledMention(
        c, i, bestLen + (bestLen >= 2 ? skip : 0), bestPattern, bestEntry, bestSpan, tokens)
    }
    guard kind == .arabic else { return nil }
    var adjectives = WordIndex.Hits(tokens, i, tokens[i].lex.hits.adjective, c.storesHits)
    while let h = adjectives.next(in: c, tokens) {
      let r = c.adjectives.range(h.stem)
      guard !r.isEmpty, let entry = pick(r, of: c.adjectives, date: date) else {
        continue
      }
      return known(
        Mention(
          tokenStart: i, tokenEnd: i + 1, code: rollUps[entry], actor: c.codes[entry],
          form: .adjective, proclitic: WordIndex.proclitic(of: tokens.norm(i), h.span)),
        entry: entry)
    }
    if blockedWord || nameAfterDefinite {
      return compiledMention(
        c, i, bestLen + (bestLen >= 2 ? skip : 0), bestPattern, bestEntry, bestSpan, tokens)
    }
    var deictics = WordIndex.Hits(tokens, i, tokens[i].lex.hits.deictic, c.storesHits)
    while let h = deictics.next(in: c, tokens) {
      guard c.deictic.contains(h.stem) else { continue }
      return Mention(
        tokenStart: i, tokenEnd: i + 1, code: "", actor: "", form: .deictic,
        proclitic: WordIndex.proclitic(of: tokens.norm(i), h.span))
    }
    return nil
  }

  /// Whether Arabic token `i` follows a noun with the article ("الجيش السوداني", "وزير الخارجية
  /// السوداني"), which a nisba there qualifies; alone ("انتقد السوداني") it may be a surname.
  private func qualifiesDefiniteNoun(_ tokens: [Token], _ i: Int) -> Bool {
    i > 0 && hasArticle(tokens, i - 1)
  }

  /// The folded forms of "نظيره", "نظيرها", "نظراؤه" ... (his, her, their counterpart).
  private static let counterpartWords: Set<String> = [
    "\u{0646}\u{0638}\u{064A}\u{0631}\u{0647}", "\u{0646}\u{0638}\u{064A}\u{0631}\u{0647}\u{0627}",
    "\u{0646}\u{0638}\u{064A}\u{0631}\u{062A}\u{0647}",
    "\u{0646}\u{0638}\u{064A}\u{0631}\u{062A}\u{0647}\u{0627}",
    "\u{0646}\u{0638}\u{064A}\u{0631}\u{064A}\u{0647}",
    "\u{0646}\u{0638}\u{0631}\u{0627}\u{0626}\u{0647}",
    "\u{0646}\u{0638}\u{0631}\u{0627}\u{0621}\u{0647}",
  ]

  /// Whether the word before token `i` is a counterpart with its pronoun ("نظيره"): a definite
  /// noun, which the nisba after it qualifies ("نظيره السوداني" is Sudan's, not a man named
  /// al-Sudani).
  private func followsCounterpart(_ tokens: [Token], _ i: Int) -> Bool {
    // (A word canonically equivalent to one of them starts with ن as well: the Set, which
    // hashes a String by its normalised form, is asked only then.)
    i > 0 && tokens[i - 1].kind == .arabic && tokens.norm(i - 1).startsWithLetter(0xD9, 0x86)
      && Self.counterpartWords.contains(tokens.norm(i - 1))
  }

  /// Whether Arabic token `t` starts with the article, or with it after a one-letter proclitic
  /// (two bytes: "والجيش").
  private func hasArticle(_ t: Token) -> Bool {
    t.kind == .arabic && Self.startsWithArticle(t.norm)
  }

  /// `hasArticle(tokens[i])`, the token read in place (passing `tokens[i]` copies it).
  private func hasArticle(_ tokens: [Token], _ i: Int) -> Bool {
    tokens[i].kind == .arabic && Self.startsWithArticle(tokens.norm(i))
  }

  /// Whether folded Arabic word `w` starts with the article, or with it after a one-letter
  /// proclitic (two bytes: "والجيش"); after ل the article loses its alif ("للجيش", "وللجيش").
  private static func startsWithArticle(_ word: String) -> Bool {
    // The bytes compared in place: `utf8.starts(with:)` cost some 500 instructions a word.
    // (Against the article's own bytes, D8 A7 D9 84, and لل's, D9 84 D9 84, written here: the
    // article's String read and compared by `memcmp` cost some 180 instructions a word.)
    word.withBytes { w in
      /// Whether the four bytes at `k` are `b0 b1` and ل (D9 84).
      @inline(__always) func letters(at k: Int, _ b0: UInt8, _ b1: UInt8) -> Bool {
        w[k] == b0 && w[k + 1] == b1 && w[k + 2] == 0xD9 && w[k + 3] == 0x84
      }
      let n = w.count
      // The article at the start, or after a one-letter proclitic (two bytes: "والجيش").
      if (n >= 4 && letters(at: 0, 0xD8, 0xA7)) || (n > 6 && letters(at: 2, 0xD8, 0xA7)) {
        return true
      }
      // لل (the article after ل) at byte 0 or 2, with more after it.
      return (n > 6 && letters(at: 0, 0xD9, 0x84)) || (n > 8 && letters(at: 2, 0xD9, 0x84))
    }
  }

  /// The mention of compiled pattern `p` (entry `entry`, `len` words from token `i`).
  private func compiledMention(
    _ c: Compiled, _ i: Int, _ len: Int, _ p: Int, _ entry: Int, _ span: ArabicClitics.Span?,
    _ tokens: [Token]
  ) -> Mention {
    let blocks = c.blocks[p] && !quotedName(tokens, i, len, entries: c.entries[p])
    let m = Mention(
      tokenStart: i, tokenEnd: i + len, code: blocks ? "" : rollUps[entry],
      actor: blocks ? "" : c.codes[entry], form: c.isAdjective[p] ? .adjective : .name,
      proclitic: span.map { WordIndex.proclitic(of: tokens.norm(i), $0) } ?? "")
    return blocks ? m : known(m, entry: entry)
  }

  /// 1 when an opening quote mark (`"`, `«`, `“`) follows the Arabic word at `i`, a word or a
  /// number after it (`حركة "23 مارس"`, `قوات "سوريا الديمقراطية"`), before `limit`; else 0.
  @inline(__always)
  static func quoteSkip(_ tokens: [Token], _ i: Int, limit: Int) -> Int {
    // (The kind read in place first: most words have no quote after them.)
    guard i + 2 < limit, tokens.kind(i + 1) == .quote else { return 0 }
    return quotedAfter(tokens, i)
  }

  /// `quoteSkip` past its first test.
  @inline(never)
  static func quotedAfter(_ tokens: [Token], _ i: Int) -> Int {
    guard tokens.kind(i) == .arabic,
      tokens.kind(i + 2) == .arabic || tokens.kind(i + 2) == .number
    else { return 0 }
    let q = tokens.norm(i + 1)
    return q.sameBytes("\"") || q.sameBytes("\u{00AB}") || q.sameBytes("\u{201C}") ? 1 : 0
  }

  /// "«القاعدة»", "«الشباب»", "#القاعدة": an ambiguous form between guillemets or after a hash
  /// sign is the writer's name for the one armed group or party the gazetteer has it for, not a
  /// common noun. Not for a group with a `home`: its form is a name in several countries
  /// ("«جبهة الخلاص الوطني» السوري"), and the quotes do not say whose.
  private func quotedName(_ tokens: [Token], _ i: Int, _ len: Int, entries: [Int]) -> Bool {
    guard entries.count == 1, let e = entries.first, gazetteer.entries[e].home == nil, i > 0,
      tokens[i].kind == .arabic,
      tokens.norm(i - 1).sameBytes("#")
        || (i + len < tokens.count && tokens.norm(i - 1).sameBytes("\u{00AB}")
          && tokens.norm(i + len).sameBytes("\u{00BB}"))
    else { return false }
    let kind = gazetteer.entries[e].kind
    return kind == .armedGroup || kind == .party
  }

  /// `m` (matched for gazetteer entry `entry`) with the entries of its code and actor noted.
  @inline(__always)
  func known(_ m: Mention, entry: Int) -> Mention {
    var m = m
    m.codeEntry = rollUpEntries[entry]
    m.actorEntry = Int32(entry)
    m.entryTag = gazetteer.tag
    return m
  }

  private func caseOK(_ t: Token, _ rule: UInt8) -> Bool {
    switch rule {
    case 1: return t.capitalized || t.kind != .latin
    case 2: return t.allCaps || (t.capitalized && t.norm.count == 1) || t.norm.utf8.contains(0x2E)
    default: return true
    }
  }

  /// False when no ambiguous form of a person starts with the word of `token`: then
  /// `titledPerson` finds nobody at it.
  func mayStartTitledPerson(_ token: Token) -> Bool {
    ambiguousFirstWords.contains(FoldedKey(token.norm))
  }

  /// The person whose ambiguous form is `tokens[r]` ("بري", "Berri") and whose office covers
  /// the date, when only one actor is left: a title before the word says it is a name.
  func titledPerson(_ tokens: [Token], _ r: Range<Int>, date: String?) -> Mention? {
    guard !r.isEmpty, !ambiguousPeople.isEmpty else { return nil }
    let key =
      r.count == 1
      ? FoldedKey(tokens.norm(r.lowerBound))
      : FoldedKey(tokens[r].map(\.norm).joined(separator: " "))
    guard let ids = ambiguousPeople[key] else { return nil }
    let valid = ids.filter { !dated[$0] || isValid($0, on: date) }
    guard let first = valid.first, Set(valid.map { rollUps[$0] }).count == 1 else { return nil }
    return known(
      Mention(
        tokenStart: r.lowerBound, tokenEnd: r.upperBound, code: rollUps[first],
        actor: gazetteer.entries[first].code, form: .name, proclitic: ""),
      entry: first)
  }

  /// "وزير الخارجية الأردني عبد الإله الخطيب": a nisba right before a person who held offices
  /// for several actors picks the office of its actor, whatever the date (the text says which
  /// office; the date may be missing or the gazetteer's dates off). Nil when `m` is no such
  /// person or none of its offices is the nisba's.
  private func officeNamed(by before: Mention, for m: Mention) -> Mention? {
    guard before.form == .adjective, before.tokenEnd == m.tokenStart, m.form == .name,
      before.code != m.code, m.actorEntry >= 0, Int(m.actorEntry) < namesakes.count,
      let alt = namesakes[Int(m.actorEntry)].first(where: { rollUps[$0] == before.code })
    else { return nil }
    return known(
      Mention(
        tokenStart: m.tokenStart, tokenEnd: m.tokenEnd, code: rollUps[alt],
        actor: gazetteer.entries[alt].code, form: .name, proclitic: m.proclitic),
      entry: alt)
  }

  /// Among entries sharing a name, the first whose office covers the date.
  /// (A first entry with no dates, the common case, is the answer with no date read: the
  /// search below made ready to compare dates before it looked at any entry.)
  private func pick(_ ids: [Int], date: String?) -> Int? {
    if let first = ids.first, !dated[first] { return first }
    return pickDated(ids, date: date)
  }

  /// `pick` when the first entry has dates.
  @inline(never)
  private func pickDated(_ ids: [Int], date: String?) -> Int? {
    ids.first { !dated[$0] || isValid($0, on: date) } ?? nearestOffice(ids, date: date)
  }

  /// `pick` of the items `r` of `lists`, without making their list (one a nisba read).
  private func pick(_ r: Range<Int>, of lists: IDLists, date: String?) -> Int? {
    for k in r {
      let e = lists.item(k)
      if !dated[e] || isValid(e, on: date) { return e }
    }
    return r.isEmpty ? nil : nearestOffice(r.map { lists.item($0) }, date: date)
  }

  /// Among entries sharing a name, none of whose offices covers the date: the one that ended
  /// last before it ("Solana" in 2024 is the EU's, his last office, not Spain's of 1992-95), or
  /// when none had ended, the one that starts first after it; the last entry when the date is
  /// not an ISO day.
  private func nearestOffice(_ ids: [Int], date: String?) -> Int? {
    guard let date, date.utf8.count >= 10 else { return ids.last }
    let day = String(date.prefix(10))
    var ended: (e: Int, to: String)? = nil
    var coming: (e: Int, from: String)? = nil
    for e in ids {
      if let to = gazetteer.entries[e].to, to < day {
        if ended.map({ to > $0.to }) ?? true { ended = (e, to) }
      } else if let from = gazetteer.entries[e].from, from > day {
        if coming.map({ from < $0.from }) ?? true { coming = (e, from) }
      }
    }
    return ended?.e ?? coming?.e ?? ids.last
  }

  /// `gazetteer.entries[e].isValid(on: date)`; an ASCII date and ASCII bounds (the usual case)
  /// are compared by their bytes, without making the day's String (`prefix(10)` counts
  /// characters).
  private func isValid(_ e: Int, on date: String?) -> Bool {
    guard let date else { return true }
    let from = gazetteer.entries[e].from
    let to = gazetteer.entries[e].to
    let fast = date.utf8.withContiguousStorageIfAvailable { d -> Bool? in
      guard let day = Self.asciiDay(d) else { return nil }
      if let from {
        guard let order = Self.asciiOrder(day, from) else { return nil }
        if order < 0 { return false }
      }
      if let to {
        guard let order = Self.asciiOrder(day, to) else { return nil }
        if order > 0 { return false }
      }
      return true
    }
    if let fast, let valid = fast { return valid }
    return gazetteer.entries[e].isValid(on: date)
  }

  /// The first ten characters of the date whose UTF-8 is `d`, as its first ten bytes, when those
  /// and the byte after them (if any) are ASCII with no CR LF (one character of two bytes):
  /// each such byte is a character. Nil otherwise, or when there are fewer than ten bytes.
  private static func asciiDay(_ d: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8>? {
    guard d.count >= 10 else { return nil }
    let n = min(d.count, 11)
    for k in 0..<n {
      if d[k] >= 0x80 { return nil }
      if d[k] == 0x0D, k + 1 < n, d[k + 1] == 0x0A { return nil }
    }
    return UnsafeBufferPointer(rebasing: d[0..<10])
  }

  /// How ASCII bytes `a` order against `b` as Strings (-1, 0, 1: for ASCII, String order is the
  /// bytes' lexicographic order); nil when `b` is not all ASCII.
  private static func asciiOrder(_ a: UnsafeBufferPointer<UInt8>, _ b: String) -> Int? {
    let order = b.utf8.withContiguousStorageIfAvailable { b -> Int? in
      for k in b.indices where b[k] >= 0x80 { return nil }
      var k = 0
      while k < a.count && k < b.count {
        if a[k] != b[k] { return a[k] < b[k] ? -1 : 1 }
        k += 1
      }
      return a.count == b.count ? 0 : (a.count < b.count ? -1 : 1)
    }
    return order ?? nil
  }

  /// Words that stand between two mentions of one actor without making them one: coordination
  /// and the article.
  static let noApposition: Set<String> = ["and", "the", "of", "\u{0648}"]

  /// Words that open a phrase of their own (complementizers, prepositions, relative pronouns:
  /// "قال مسؤول أمريكي إن واشنطن ...", "ترمب في البيت الأبيض"): no apposition merges across
  /// them. The extractor fills it from its lexicon's marker lists; empty, only
  /// `noApposition` holds mentions apart.
  var phraseOpeners: Set<FoldedKey> = []

  /// "الغارة الإسرائيلية وطالبت إسرائيل": a word of `phraseOpeners` after و (a coordinated verb
  /// of asking, warning or launching) opens a clause of its own.
  private func opensWithWa(_ t: Token) -> Bool {
    guard t.kind == .arabic, t.norm.startsWithLetter(0xD9, 0x88) else { return false }
    return phraseOpeners.contains(FoldedKey(t.norm.droppingScalars(1)))
  }

  /// Merges `m` into the mention before it when they are apposed mentions of the same actor
  /// ("الرئيس التركي رجب أردوغان"); false when they are not. With `lexicon`, a one-word
  /// relation cue between keeps them apart.
  private func merge(
    _ m: Mention, into last: inout Mention, _ tokens: [Token], range: Range<Int>,
    lexicon: Lexicon?
  ) -> Bool {
    // (The places and the form first: mentions with more than a word between them never merge,
    // most pairs, and the kinds read below are look-ups by code.)
    guard m.form != .deictic, m.tokenStart - last.tokenEnd <= 1 else { return false }
    // "رئيس الحكومة الليبية عبد الحميد الدبيبة": a person of a body at home in the state
    // named right before is that state's, more precisely; so after another body of the same
    // state ("رئيس المجلس الرئاسي محمد المنفي").
    var homePerson = false
    if last.code != m.code, gazetteer.actorKind(m) == .person,
      let home = gazetteer.codeIndex(m).flatMap({ gazetteer.entries[$0].home })
    {
      homePerson =
        gazetteer.codeKind(last) == .state
        ? home == last.code
        : gazetteer.codeIndex(last).flatMap { gazetteer.entries[$0].home } == home
    }
    guard last.code == m.code || homePerson, m.form != .deictic,
      // "السفير الأمريكي لدى الأمم المتحدة أنان": the envoy's post is part of the title
      // (`dropPostings`); the actor named after it is an argument of its own.
      !(lexicon.map { postsEnvoy(last, tokens, range: range, lexicon: $0) } ?? false),
      m.tokenStart - last.tokenEnd <= 1,
      (last.tokenEnd..<m.tokenStart).allSatisfy({
        tokens[$0].isWord && !Self.noApposition.contains(tokens.norm($0))
          && !phraseOpeners.contains(FoldedKey(tokens.norm($0)))
          && !opensWithWa(tokens[$0])
          // "المصري دعم مصر", "برلين برعاية ألمانية": a relation cue is no part of an
          // apposition.
          && !(tokens[$0].kind == .arabic
            && (lexicon?.match(tokens, at: $0, limit: $0 + 1).contains {
              $0.entry.relation != nil
            } ?? false))
          // "Ecevit said Ocalan would stand trial": nor is an English cue, of speech or of a
          // relation.
          && !(tokens[$0].kind == .latin
            && !(lexicon?.match(tokens, at: $0, limit: $0 + 1).isEmpty ?? true))
      }),
      m.proclitic.isEmpty || m.proclitic == ArabicClitics.article
    else { return false }
    let person = gazetteer.actorKind(m) == .person
    // "وزير الخارجية بحكومة الوفاق محمد سيالة", "المنسق الأعلى للسياسة الخارجية بالاتحاد
    // الأوروبي خافيير سولانا": the ب ties the body to the title before it, so the person named
    // after it is no object of a preposition.
    if person, gazetteer.actorKind(last) != .person {
      last.proclitic = Self.droppingTitleBa(last.proclitic, before: last.tokenStart, tokens, range)
    }
    last.tokenEnd = m.tokenEnd
    // "حكومة الوفاق محمد سيالة": the person is the more precise reading.
    if last.form == .adjective && m.form == .name || person {
      if last.form == .adjective && m.form == .name { last.form = .name }
      let tag = last.entryTag
      last.actor = m.actor
      if tag == m.entryTag { last.actorEntry = m.actorEntry }
      if homePerson {
        last.code = m.code
        if tag == m.entryTag { last.codeEntry = m.codeEntry }
      }
    }
    return true
  }

  /// `proclitic` without its ب (kept: a و or ف before it) when the word before token `start`
  /// is a definite Arabic noun of a title ("الخارجية بحكومة"), not a verb ("رحب بحكومة") nor a
  /// name; unchanged otherwise.
  static func droppingTitleBa(
    _ proclitic: String, before start: Int, _ tokens: [Token], _ range: Range<Int>
  ) -> String {
    var scalars = Array(proclitic.unicodeScalars)
    guard let b = scalars.firstIndex(where: { $0.value != 0x0648 && $0.value != 0x0641 }),
      scalars[b].value == 0x0628, start - 1 >= range.lowerBound,
      tokens[start - 1].kind == .arabic,
      ArabicClitics.hasArticleReading(tokens.norm(start - 1)),
      !tokens[start - 1].lex.may(TokenLex.cue)
    else { return proclitic }
    scalars.remove(at: b)
    var out = ""
    out.unicodeScalars.append(contentsOf: scalars)
    return out
  }

  /// Whether mention `m` names where an envoy is posted ("السفير الأمريكي لدى الأمم المتحدة",
  /// "بمجلس الأمن", "to the UN"): the preposition of a posting (`Extractor.postingPreposition`)
  /// with an envoy's head at most five words before it (the extractor's `isPosting`, loosely).
  private func postsEnvoy(
    _ m: Mention, _ tokens: [Token], range: Range<Int>, lexicon: Lexicon
  ) -> Bool {
    guard let j = Extractor.postingPreposition(of: m, tokens, range, lexicon) else { return false }
    return (max(range.lowerBound, j - 5)..<j).contains { lexicon.isMarker(tokens, $0, .envoyHead) }
  }
}
