import Foundation

/// How a cue's arguments are found (see lexicon/README.md).
public enum CueFrame: String, Codable, Sendable, Hashable {
  /// Active verb: subject is the source, object the target (SVO or VSO).
  case verb
  /// Verbal or event noun: the possessor/genitive is the source, the prepositional object the target.
  case noun
  /// Passive participle: the actor before is the target, the agent after ("من", "by") the source.
  case passive
  /// Agent phrase ("بدعم من X", "at the hands of X"): X is the source, the clause subject the target.
  case agent
  /// "Supporters/allies of X": X is the target, the other actors are the sources.
  case patron
  /// Symmetric event noun ("talks between X and Y"): every pair of participants.
  case joint
  /// Symmetric verb ("X met Y").
  case meet
  /// Active participle ("المناهضة لـ X", "loyal to X"): the actor it describes is the source,
  /// the one after it the target.
  case participle
  /// Demand noun ("انسحاب X", "withdrawal of X"): the clause subject before it is the source,
  /// the actor after it the target; never read verb-first.
  case demand
  /// Speech verb: sets the speaker for reported speech; no relation of its own.
  case speech
}

/// One lexicon line: a relation, a frame and its written forms.
public struct CueEntry: Sendable, Hashable {
  public var relation: RelationType?
  public var frame: CueFrame
  public var confidence: Double
  /// The form as written in the lexicon (for explanations).
  public var form: String
  public var language: String
  /// Lexicon file and line, for `--explain`.
  public var origin: String
  /// What a refusal of the cue means ("refused to support X", "رفض التفاوض مع X": opposes);
  /// nil: a negated cue gives no relation.
  public var whenRefused: RelationType? = nil
  /// What the cue means when aimed at a person, party or organisation ("هاجم" a politician:
  /// opposes); nil: the same relation.
  public var towardPolitics: RelationType? = nil
}

/// The relation lexicon: cue patterns and marker words, loaded from Resources/lexicon.
public struct Lexicon: Sendable {
  struct Pattern: Sendable {
    var tokens: [String]
    var entry: CueEntry
    /// A one-letter proclitic the next word must carry ("الموالية لـ" + "لحفتر").
    var nextProclitic: String?
  }

  private(set) var patterns: [FoldedKey: [Pattern]] = [:]
  public private(set) var markers: [String: Set<FoldedKey>] = [:] {
    didSet { assignMarkerBits() }
  }
  /// Bit number of each marker list in `TokenLex.markers` (the first 64 lists in name order).
  public private(set) var markerBits: [String: Int] = [:]
  /// Per base name ("clause_opener"): its lists' bits, when every list of the name has one.
  private var markerPairs = MarkerTable()

  private struct Line: Decodable {
    var relation: String
    var frame: CueFrame
    var forms: [String]?
    var past: [String]?
    var present: [String]?
    var lemmas: [String]?
    var confidence: Double?
    var refused: String?
    var politics: String?
  }

  /// The lexicon shipped with graphctl.
  public static func builtIn() throws -> Lexicon {
    guard let dir = Bundle.module.url(forResource: "lexicon", withExtension: nil) else {
      throw InputError(file: "lexicon", message: "built-in lexicon is missing")
    }
    var lex = Lexicon()
    for lang in ["ar", "en"] {
      let url = dir.appendingPathComponent("cues-\(lang).jsonl")
      let text = try String(contentsOf: url, encoding: .utf8)
      try lex.addCues(text, language: lang, file: "cues-\(lang).jsonl")
    }
    let data = try Data(contentsOf: dir.appendingPathComponent("markers.json"))
    let obj = try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
    for (k, v) in obj {
      guard let list = v as? [String] else { continue }
      lex.markers[k] = Set(list.map { FoldedKey(Normalizer.normalize($0)) })
    }
    return lex
  }

  public init() {}

  /// Adds cue lines (JSONL) for one language.
  public mutating func addCues(_ text: String, language: String, file: String) throws {
    let decoder = JSONDecoder()
    var lineNo = 0
    for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
      lineNo += 1
      let line = raw.trimmingCharacters(in: .whitespaces)
      if line.isEmpty || line.hasPrefix("#") { continue }
      let l: Line
      do { l = try decoder.decode(Line.self, from: Data(line.utf8)) } catch {
        throw InputError(file: file, line: lineNo, message: "not a valid lexicon line")
      }
      let rel: RelationType? = l.relation == "none" ? nil : RelationType(rawValue: l.relation)
      if rel == nil && l.relation != "none" {
        throw InputError(file: file, line: lineNo, message: "unknown relation '\(l.relation)'")
      }
      var refused: RelationType?
      if let r = l.refused {
        guard let t = RelationType(rawValue: r) else {
          throw InputError(file: file, line: lineNo, message: "unknown relation '\(r)' in refused")
        }
        refused = t
      }
      var politics: RelationType?
      if let r = l.politics {
        guard let t = RelationType(rawValue: r) else {
          throw InputError(file: file, line: lineNo, message: "unknown relation '\(r)' in politics")
        }
        politics = t
      }
      var forms = l.forms ?? []
      if language == "ar" {
        forms += ArabicInflection.pastForms(l.past ?? [])
        forms += ArabicInflection.presentForms(l.present ?? [])
      } else {
        forms += EnglishInflection.forms(l.lemmas ?? [])
      }
      for f in forms {
        let entry = CueEntry(
          relation: rel, frame: l.frame, confidence: l.confidence ?? 0.8, form: f,
          language: language, origin: "\(file):\(lineNo)", whenRefused: refused,
          towardPolitics: politics)
        add(f, entry)
      }
    }
    for (k, v) in patterns {
      patterns[k] = v.sorted { $0.tokens.count > $1.tokens.count }
    }
  }

  private mutating func add(_ form: String, _ entry: CueEntry) {
    var toks = Tokenizer.tokenize(Array(form.unicodeScalars)).map(\.norm)
    // A trailing one-letter proclitic ("لـ") must be on the next word; the actor matcher
    // reads it off that word.
    var nextProclitic: String?
    if toks.count > 1, let last = toks.last, last.unicodeScalars.count == 1,
      Normalizer.isArabicLetter(last.unicodeScalars.first ?? " ")
    {
      nextProclitic = last
      toks.removeLast()
    }
    guard let first = toks.first else { return }
    if patterns[FoldedKey(first)]?.contains(where: {
      $0.tokens == toks && $0.entry.relation == entry.relation && $0.entry.frame == entry.frame
        && $0.nextProclitic == nextProclitic
    }) == true {
      return
    }
    patterns[FoldedKey(first), default: []].append(
      Pattern(tokens: toks, entry: entry, nextProclitic: nextProclitic))
  }

  /// True when the folded word is in the marker list `name` (see markers.json).
  public func isMarker(_ word: String, _ name: String) -> Bool {
    markers[name]?.contains(FoldedKey(word)) ?? false
  }

  /// True when one of the token's readings (proclitics off) is in the marker list `name` of the
  /// token's language (`name_ar` or `name_en`).
  public func isMarker(_ token: Token, _ name: String) -> Bool {
    if token.lex.isAnalyzed, let bits = markerPairs.find(name) { return isMarker(token, bits) }
    guard let list = markers[name + (token.kind == .arabic ? "_ar" : "_en")] else { return false }
    return token.readings.contains { list.contains(FoldedKey($0.stem)) }
  }

  /// The bits of the marker lists `name_ar` and `name_en`, for repeated tests on many tokens.
  func markerBits(_ name: String) -> MarkerBits {
    markerPairs.find(name) ?? MarkerBits(name: name, ar: 0, en: 0, exact: false)
  }

  /// `isMarker(token, bits.name)`, with the list names looked up already.
  @inline(__always)
  func isMarker(_ token: Token, _ bits: MarkerBits) -> Bool {
    guard bits.exact, token.lex.isAnalyzed else { return isMarker(token, bits.name) }
    return token.lex.markers & (token.kind == .arabic ? bits.ar : bits.en) != 0
  }

  /// False only when no reading of the looked-up Arabic `token` with the article ال taken off
  /// (with `anyReading`, no reading of `articleReadings` at all) is in the `_ar` list of `bits`:
  /// a test that lets callers skip building the readings.
  func mayBeMarker(_ token: Token, _ bits: MarkerBits, anyReading: Bool) -> Bool {
    guard token.kind == .arabic, token.lex.isAnalyzed, bits.exact else { return true }
    let m = anyReading ? token.lex.markers | token.lex.articleMarkers : token.lex.articleMarkers
    return m & bits.ar != 0
  }

  /// False only when no reading of the looked-up Arabic `token` (`readings`), without a pronoun
  /// suffix (`ArabicClitics.splitEnclitic`), is in the `_ar` list of `bits`.
  func mayBeMarkerWithoutSuffix(_ token: Token, _ bits: MarkerBits) -> Bool {
    guard token.kind == .arabic, token.lex.isAnalyzed, bits.exact else { return true }
    return token.lex.strippedMarkers & bits.ar != 0
  }

  private mutating func assignMarkerBits() {
    markerBits = [:]
    for (bit, name) in markers.keys.sorted().prefix(64).enumerated() { markerBits[name] = bit }
    markerPairs = MarkerTable()
    let bases = Set(
      markers.keys.filter { $0.hasSuffix("_ar") || $0.hasSuffix("_en") }.map {
        String($0.dropLast(3))
      })
    for base in bases {
      func mask(_ list: String) -> UInt64? {
        guard markers[list] != nil else { return 0 }  // no such list: never a marker
        return markerBits[list].map { 1 << UInt64($0) }
      }
      if let ar = mask(base + "_ar"), let en = mask(base + "_en") {
        markerPairs.insert(MarkerBits(name: base, ar: ar, en: en, exact: true))
      }
    }
  }

  /// A cue found in text.
  public struct Match: Sendable, Hashable {
    public var tokenStart: Int
    public var tokenEnd: Int
    public var entry: CueEntry
    /// Pronoun suffix on the cue's last word ("ها" in "تدعمها"), empty when none.
    public var enclitic: String
    /// Proclitics on the first word ("ل" in "لدعمها").
    public var proclitic: String
  }

  /// The cue table keyed by the ids of the extractor's `WordIndex` (see `compile`).
  private var compiled: Compiled?

  /// Patterns by the id of their first word, each with its words' ids.
  final class Compiled: Sendable {
    let index: WordIndex
    let byFirst: IDLists
    /// Pattern k (in `byFirst` order): words `ids[start[k]..<start[k + 1]]`.
    let start: [Int32]
    let ids: [Int32]
    let flat: [Pattern]
    /// The patterns' word ids as a trie (pattern numbers as above).
    let trie: IDTrie

    init(_ patterns: [FoldedKey: [Pattern]], _ index: WordIndex) {
      self.index = index
      var flat: [Pattern] = []
      var start: [Int32] = [0]
      var ids: [Int32] = []
      var byFirst: [Int32: [Int32]] = [:]
      for (key, list) in patterns {
        let first = index.find(key.string)
        for p in list {
          byFirst[first, default: []].append(Int32(flat.count))
          flat.append(p)
          ids += p.tokens.map { index.find($0) }
          start.append(Int32(ids.count))
        }
      }
      self.byFirst = IDLists(count: index.count, lists: byFirst)
      self.flat = flat
      self.start = start
      self.ids = ids
      self.trie = IDTrie(
        vocabulary: index.count,
        sequences: (0..<flat.count).map { Array(ids[Int(start[$0])..<Int(start[$0 + 1])]) })
    }
  }

  /// Keys the cue patterns by the ids of `index`, for tokens that `index` looked up.
  mutating func compile(with index: WordIndex) {
    compiled = Compiled(patterns, index)
  }

  /// The longest cue starting at token `i`, if any.
  public func match(_ tokens: [Token], at i: Int, limit: Int) -> [Match] {
    guard tokens[i].lex.may(TokenLex.cue) else { return [] }
    if let c = compiled, tokens[i].lex.index == c.index.tag {
      return Self.preferPlain(match(c, tokens, at: i, limit: limit))
    }
    let t = tokens[i]
    var found: [Match] = []
    var bestLen = 0
    /// Tries the patterns under `key`; returns where the matches it added start in `found`.
    func tryPatterns(_ key: String, proclitic: String) -> Int {
      var start = found.count
      for p in patterns[FoldedKey(key)] ?? [] {
        let len = p.tokens.count
        guard i + len <= limit, len >= bestLen else { continue }
        var enclitic = ""
        var ok = true
        for k in 1..<max(len, 1) where k < len {
          let u = tokens[i + k].norm
          if u.sameBytes(p.tokens[k]) { continue }
          if k == len - 1, tokens[i + k].kind == .arabic,
            let e = ArabicClitics.splitEnclitic(u).first(where: { $0.stem.sameBytes(p.tokens[k]) })
          {
            enclitic = e.enclitic
            continue
          }
          ok = false
          break
        }
        guard ok else { continue }
        if let pro = p.nextProclitic {
          guard i + len < limit, tokens[i + len].norm.hasPrefix(pro) else { continue }
        }
        if len > bestLen {
          found.removeAll()
          start = 0
        }
        bestLen = len
        found.append(
          Match(
            tokenStart: i, tokenEnd: i + len, entry: p.entry, enclitic: enclitic,
            proclitic: proclitic))
      }
      return start
    }
    if t.kind == .arabic {
      for r in t.readings(for: .cue) {
        for (stem, enc) in ArabicClitics.splitEnclitic(r.stem) {
          // A short stem read with both a proclitic and a pronoun suffix is too uncertain
          // ("وزارة" is not و + زار + ه).
          if !enc.isEmpty && !r.proclitic.isEmpty && stem.unicodeScalars.count <= 3 { continue }
          let from = tryPatterns(stem, proclitic: r.proclitic)
          if !enc.isEmpty {
            for k in from..<found.count where found[k].tokenEnd == i + 1 {
              found[k].enclitic = enc
            }
          }
        }
      }
    } else if t.kind == .latin || t.kind == .quote {
      _ = tryPatterns(t.norm, proclitic: "")
    }
    return Self.preferPlain(found)
  }

  /// One match per relation, frame and end: the first, which is the reading without clitics
  /// when several readings match the same pattern.
  static func preferPlain(_ found: [Match]) -> [Match] {
    guard found.count > 1 else { return found }
    struct Key: Hashable {
      var relation: RelationType?
      var frame: CueFrame
      var end: Int
    }
    var seen = Set<Key>()
    return found.filter { m in
      seen.insert(Key(relation: m.entry.relation, frame: m.entry.frame, end: m.tokenEnd)).inserted
    }
  }

  /// `match` for a token looked up by the compiled table's index: the same patterns in the same
  /// order, words compared by id.
  private func match(_ c: Compiled, _ tokens: [Token], at i: Int, limit: Int) -> [Match] {
    var found: [Match] = []
    var bestLen = 0
    let kind = tokens[i].kind
    guard kind == .arabic || kind == .latin || kind == .quote else { return [] }
    var hits = WordIndex.Hits(tokens[i], kind == .arabic ? tokens[i].lex.hits.cue : 0)
    // Keys in order: the word itself (Latin), or per reading its stem, then the stem without
    // the pronoun suffix.
    var latin: Int32? = kind == .arabic ? nil : tokens[i].lex.id
    var pending: (key: Int32, span: ArabicClitics.Span)?
    func nextKey() -> (key: Int32, span: ArabicClitics.Span?, stripped: Bool)? {
      if let l = latin {
        latin = nil
        return (l, nil, false)
      }
      if let p = pending {
        pending = nil
        return (p.key, p.span, true)
      }
      guard let h = hits.next(in: c.index) else { return nil }
      if h.stripped >= 0 { pending = (h.stripped, h.span) }
      return (h.stem, h.span, false)
    }
    // Patterns whose words are the next tokens' ids (the last one may carry a pronoun
    // suffix), in table order.
    var matched: [(pattern: Int, enclitic: Bool)] = []
    while let (key, span, stripped) = nextKey() {
      var from = found.count
      matched.removeAll(keepingCapacity: true)
      var node = c.trie.root(key)
      var depth = 1
      while node >= 0 {
        for e in c.trie.ends(node) { matched.append((c.trie.pattern(e), false)) }
        guard i + depth < limit else { break }
        let u = tokens[i + depth].lex
        if tokens[i + depth].kind == .arabic && u.enclitic > 0 {
          for e in c.trie.ends(c.trie.child(node, u.encliticStem)) {
            matched.append((c.trie.pattern(e), true))
          }
        }
        node = c.trie.child(node, u.id)
        depth += 1
      }
      if matched.count > 1 { matched.sort { $0.pattern < $1.pattern } }
      for (p, viaEnclitic) in matched {
        let len = Int(c.start[p + 1] - c.start[p])
        guard len >= bestLen else { continue }
        let enclitic =
          viaEnclitic
          ? ArabicClitics.encliticForms[Int(tokens[i + len - 1].lex.enclitic) - 1].string : ""
        if let pro = c.flat[p].nextProclitic {
          guard i + len < limit, tokens[i + len].norm.hasPrefix(pro) else { continue }
        }
        if len > bestLen {
          found.removeAll()
          from = 0
        }
        bestLen = len
        found.append(
          Match(
            tokenStart: i, tokenEnd: i + len, entry: c.flat[p].entry, enclitic: enclitic,
            proclitic: span.map { WordIndex.proclitic(of: tokens[i], $0) } ?? ""))
      }
      // A match read without the pronoun suffix carries it when the cue is this one word.
      if stripped {
        let enc = ArabicClitics.encliticForms[Int(tokens[i].lex.enclitic) - 1].string
        for k in from..<found.count where found[k].tokenEnd == i + 1 {
          found[k].enclitic = enc
        }
      }
    }
    return found
  }
}

/// The bits of one base marker name's lists (`clause_opener_ar`, `clause_opener_en`) in
/// `TokenLex.markers`; not `exact` when a list has no bit, and then tests read the lists.
struct MarkerBits: Sendable {
  var name: String
  var ar: UInt64
  var en: UInt64
  var exact: Bool
}

/// Marker names to their bits, looked up by content without hashing Strings: a name of up to 16
/// bytes is two integers (its bytes), found in a small open-addressing table; longer names go to
/// a dictionary.
struct MarkerTable: Sendable {
  private var keys = [(UInt64, UInt64)](repeating: (0, 0), count: 256)
  private var values = [MarkerBits?](repeating: nil, count: 256)
  private var long: [String: MarkerBits] = [:]

  /// The name's bytes in two integers, or nil when it is longer than 16 bytes.
  @inline(__always)
  private static func key(_ name: String) -> (UInt64, UInt64)? {
    var name = name
    return name.withUTF8 { u -> (UInt64, UInt64)? in
      guard u.count <= 16 else { return nil }
      var a: UInt64 = 0
      var b: UInt64 = 0
      for k in 0..<u.count {
        if k < 8 {
          a |= UInt64(u[k]) << (8 * UInt64(k))
        } else {
          b |= UInt64(u[k]) << (8 * UInt64(k - 8))
        }
      }
      return (a, b)
    }
  }

  @inline(__always)
  private static func slot(_ k: (UInt64, UInt64)) -> Int {
    Int(truncatingIfNeeded: ((k.0 ^ (k.1 &* 31)) &* 0x9E37_79B9_7F4A_7C15) >> 56)
  }

  mutating func insert(_ bits: MarkerBits) {
    guard let k = Self.key(bits.name) else {
      long[bits.name] = bits
      return
    }
    var i = Self.slot(k)
    for _ in 0..<keys.count {
      if values[i] == nil || keys[i] == k {
        keys[i] = k
        values[i] = bits
        return
      }
      i = (i + 1) & (keys.count - 1)
    }
    long[bits.name] = bits  // table full: fall back
  }

  func find(_ name: String) -> MarkerBits? {
    guard let k = Self.key(name) else { return long[name] }
    var i = Self.slot(k)
    for _ in 0..<keys.count {
      guard let v = values[i] else { return long[name] }
      if keys[i] == k { return v }
      i = (i + 1) & (keys.count - 1)
    }
    return long[name]
  }
}
