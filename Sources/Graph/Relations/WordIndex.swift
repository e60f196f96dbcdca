import Foundation

/// Every folded word the extractor's dictionaries use (gazetteer names, nisba forms, cues, titles,
/// marker lists), interned to an id, with what each id may start and the marker lists it is in.
///
/// The tokenizer looks each word up once (`analyze`), through all its clitic readings, and stores
/// the result in `Token.lex`; matching then skips the many words that start nothing, and marker
/// tests are bit tests. The answers are exactly those of the dictionaries' own look-ups: a flag
/// is set when one of the keys the matcher would try is in its table.
struct WordIndex: Sendable {
  /// Tells tokens looked up here (`TokenLex.index`) from tokens of another index.
  let tag = UInt32.random(in: 1...UInt32.max)
  private var table = ByteTable()
  private var entries: [Entry] = []

  struct Entry {
    /// The `Marker`s whose Arabic (`ar`) or English (`en`) list holds the word.
    var ar: UInt64 = 0
    var en: UInt64 = 0
    var starts: UInt8 = 0
    /// The same for the lists read by name (`Marker.namedMask`).
    var arNamed: Marker.NamedBits = 0
    var enNamed: Marker.NamedBits = 0
  }
  static let actorPattern: UInt8 = 1
  static let adjective: UInt8 = 2
  static let deictic: UInt8 = 4
  static let cue: UInt8 = 8
  static let titleAr: UInt8 = 16
  static let titleEn: UInt8 = 32

  init(matcher: ActorMatcher, lexicon: Lexicon, titles: TitleRecognizer?) {
    // (Room at once for about as many words as the tables have keys: the words of all patterns
    // and lists number about as many. Only a size: more words grow the table as before, and
    // words in the same size class take the same slots.)
    let keys =
      matcher.patterns.count + matcher.arabicAdjectives.count + matcher.deictic.count
      + lexicon.patterns.count + (titles.map { $0.arabic.count + $0.english.count } ?? 0)
    table.reserveCapacity(words: keys, bytes: keys * 16)
    entries.reserveCapacity(keys)
    words.reserveCapacity(keys)
    for k in matcher.patterns.keys { mark(k.string, Self.actorPattern) }
    for k in matcher.arabicAdjectives.keys { mark(k.string, Self.adjective) }
    for k in matcher.deictic.keys { mark(k.string, Self.deictic) }
    for k in lexicon.patterns.keys { mark(k.string, Self.cue) }
    if let titles {
      for k in titles.arabic.keys { mark(k, Self.titleAr) }
      for k in titles.english.keys { mark(k, Self.titleEn) }
    }
    // Every word of every pattern gets an id, so pattern words compare as integers. (A
    // pattern's first word is its key, which has one already.)
    for list in matcher.patterns.values {
      for p in list { for w in p.tokens.dropFirst() { _ = id(w) } }
    }
    for list in lexicon.patterns.values {
      for p in list { for w in p.tokens.dropFirst() { _ = id(w) } }
    }
    if let titles {
      for list in titles.arabic.values { for t in list { for w in t.tokens { _ = id(w) } } }
      for list in titles.english.values { for t in list { for w in t.tokens { _ = id(w) } } }
    }
    // A Marker past bit 63 (a named list past bit 127) would get mask 0 and never match (see
    // `Marker`, `Marker.NamedBits`): say so, not lose relations. fatalError, as precondition
    // drops its message in -O builds.
    if Marker.allCases.count > Marker.capacity {
      fatalError(
        "Marker has \(Marker.allCases.count) cases; TokenLex.markers has \(Marker.capacity) bits")
    }
    if Marker.namedLists.count > Marker.NamedBits.bitWidth {
      fatalError(
        "Marker.namedLists has \(Marker.namedLists.count) lists; TokenLex.namedMarkers has "
          + "\(Marker.NamedBits.bitWidth) bits")
    }
    for (name, words) in lexicon.markers {
      let arabic = name.hasSuffix("_ar")
      guard arabic || name.hasSuffix("_en") else { continue }
      let base = String(name.dropLast(3))
      if let m = Marker(name: base) {
        for w in words {
          let k = Int(id(w.string))
          if arabic { entries[k].ar |= m.mask } else { entries[k].en |= m.mask }
        }
      } else if let bit = Marker.namedMask(base) {
        for w in words {
          let k = Int(id(w.string))
          if arabic { entries[k].arNamed |= bit } else { entries[k].enNamed |= bit }
          if arabic, w.string.utf8.count < 4 { shortArabicNamed |= bit }
        }
      }
    }
  }

  /// The named lists (`Marker.namedMask`) with an Arabic word of fewer than four bytes (one
  /// letter): `analyze` reads no clitics off such a word, so `TokenLex.namedMarkers` of its
  /// token need not show the lists that hold the whole word. For every longer Arabic word and
  /// every Latin one they do (`SentenceBits.mayHoldWholeWord`).
  private(set) var shortArabicNamed: Marker.NamedBits = 0

  /// The words by id, made once: a token of a dictionary word shares its String (inline when
  /// at most 15 bytes, one buffer for all tokens otherwise) instead of making one.
  private var words: [String] = []

  /// The number of ids.
  var count: Int { table.count }

  /// Whether the readings `analyze` stores can be read back: their ids + 1 fit in 22 bits.
  var storesHits: Bool { table.count < 0x3F_FFFF }

  /// The word with `id` as a String (see `words`); nil for -1.
  @inline(__always)
  func word(_ id: Int32) -> String? {
    id >= 0 ? words[Int(id)] : nil
  }

  /// The id of a folded word, or -1.
  func find(_ word: String) -> Int32 { table.find(word) }

  /// The bits (`Marker.namedMask`) of the named lists of the Arabic (`arabic`) or English
  /// language that hold the word with `id` itself, no clitic taken off; 0 for -1.
  @inline(__always)
  func namedBits(of id: Int32, arabic: Bool) -> Marker.NamedBits {
    let e = entry(id)
    return arabic ? e.arNamed : e.enNamed
  }

  private mutating func id(_ word: String) -> Int32 {
    let id = table.insert(word.utf8)
    if Int(id) == entries.count {
      entries.append(Entry())
      // A long word keeps the String it came with (its bytes, as inserted), not a copy; a short
      // one is made again from the table's bytes, inline (see `words`).
      words.append(word.utf8.count > 15 ? word : table.validString(id))
    }
    return id
  }

  private mutating func mark(_ word: String, _ flag: UInt8) {
    entries[Int(id(word))].starts |= flag
  }

  @inline(__always)
  private func entry(_ id: Int32) -> Entry {
    id < 0 ? Entry() : entries[Int(id)]
  }

  /// Working space for `analyze`, kept by the caller between calls.
  struct Scratch {
    var hashes = PrefixHashes()
  }

  static let alef: (UInt8, UInt8) = (0xD8, 0xA7)
  static let alefHash = UInt64(0xD8) &* ByteTable.base &+ 0xA7

  /// What the dictionaries know about a token of `kind` whose folded UTF-8 is `p[0..<n]`,
  /// written to `lex` (a fresh `TokenLex()`, the token's own: no copy of it is made).
  func analyze(
    kind: TokenKind, _ p: UnsafePointer<UInt8>, _ n: Int, scratch: inout Scratch,
    into lex: inout TokenLex
  ) {
    lex.flags = TokenLex.analyzed
    lex.index = tag
    guard kind == .arabic else {
      lex.id = table.find(p, n)
      let e = entry(lex.id)
      lex.markers = e.en
      lex.namedMarkers = e.enNamed
      if kind == .latin, e.starts & Self.actorPattern != 0 { lex.flags |= TokenLex.actor }
      if kind == .latin || kind == .quote, e.starts & Self.cue != 0 { lex.flags |= TokenLex.cue }
      if e.starts & Self.titleEn != 0 { lex.flags |= TokenLex.title }
      if kind == .latin,
        e.enNamed & DefiniteAnaphora.pronounBits != 0 || DefiniteAnaphora.isTheThisOrHim(p, n)
          || e.en & DefiniteAnaphora.groupWordMask != 0
      {
        lex.flags |= TokenLex.description
      }
      return
    }
    // Arabic: every scalar of a folded Arabic word is two bytes long. Every reading's stem is a
    // suffix of the word, or ا and a suffix, so one pass of prefix hashes gives all their hashes.
    scratch.hashes.load(p, n)
    scratch.hashes.prefix.withUnsafeBufferPointer { pre in
      PrefixHashes.powers.withUnsafeBufferPointer { pw in
        analyzeArabic(p, n, pre, pw, &lex)
      }
    }
    if DefiniteAnaphora.mayDescribe(lex) { lex.flags |= TokenLex.description }
  }

  /// `analyze` of an Arabic word, with the word's prefix hashes `pre` and the powers of the
  /// hash base `pw`.
  @inline(__always)
  private func analyzeArabic(
    _ p: UnsafePointer<UInt8>, _ n: Int, _ pre: UnsafeBufferPointer<UInt64>,
    _ pw: UnsafeBufferPointer<UInt64>, _ lex: inout TokenLex
  ) {
    @inline(__always) func power(_ k: Int) -> UInt64 {
      k < pw.count ? pw[k] : PrefixHashes.power(k)
    }
    /// Id of `ا`? + p[a..<b].
    func find(_ alef: Bool, _ a: Int, _ b: Int) -> Int32 {
      let len = b - a
      let sub = pre[b] &- pre[a] &* power(len)
      if alef {
        let h = Self.alefHash &* power(len) &+ sub
        guard table.mayHave(hash: h) else { return -1 }
        return table.find(hash: h, count: len + 2) { q in
          q[0] == Self.alef.0 && q[1] == Self.alef.1 && (len == 0 || memcmp(q + 2, p + a, len) == 0)
        }
      }
      guard table.mayHave(hash: sub) else { return -1 }
      return table.find(hash: sub, count: len) { q in
        len == 0 || memcmp(q, p + a, len) == 0
      }
    }
    lex.id = find(false, 0, n)
    let count = n / 2
    @inline(__always) func scalar(_ k: Int) -> UInt32 {
      k < count ? (UInt32(p[2 * k]) & 0x1F) << 6 | UInt32(p[2 * k + 1]) & 0x3F : 0
    }
    // The pronoun suffix the word ends with, if any (the same for every reading's stem). Every
    // form ends in ه, م or ا.
    var encliticBytes = 0
    var encliticScalars = 0
    @inline(__always) func fromEnd(_ k: Int) -> UInt32 { k <= count ? scalar(count - k) : 0 }
    if let k = ArabicClitics.encliticForm(fromEnd(1), fromEnd(2), fromEnd(3)) {
      let e = ArabicClitics.encliticForms[k]
      encliticBytes = e.bytes.count
      encliticScalars = e.scalars
      // The whole word without it, as a later word of a cue may be read ("تدعمها").
      if e.scalars < count - 1 {
        lex.enclitic = UInt8(k + 1)
        lex.encliticStem = find(false, 0, n - encliticBytes)
      }
    }
    var position: UInt16 = 0
    let first = (scalar(0), scalar(1), scalar(2), scalar(3))
    ArabicClitics.forEachSpan(count: count, first, dropArticle: true) { sp in
      let k = position
      let bit: UInt16 = 1 << position
      position += 1
      let from = 2 * sp.stemFrom
      // The reading without clitics is the whole word, looked up already.
      let whole = sp.stemFrom == 0 && !sp.alef
      let stem = whole ? lex.id : find(sp.alef, from, n)
      let e = entry(stem)
      // `articleReadings` (all readings): nisba forms.
      if e.starts & Self.adjective != 0 {
        lex.hits.adjective |= bit
        lex.flags |= TokenLex.actor
      }
      if sp.article {
        lex.articleMarkers |= e.ar
        // A cue read with the article is its verbal noun ("الدعم", "العقوبات"): `findCues`
        // sees the article in the match's proclitic.
        let cue = e.starts & Self.cue != 0
        if cue {
          lex.hits.cue |= bit
          lex.flags |= TokenLex.cue
        }
        if e.starts & Self.adjective != 0 || cue { Self.store(&lex, k, sp, stem, -1) }
        return
      }
      // `readings` (the article not taken off).
      lex.markers |= e.ar
      lex.namedMarkers |= e.arNamed
      if e.starts & Self.actorPattern != 0 {
        lex.hits.actorPattern |= bit
        lex.flags |= TokenLex.actor
      }
      if e.starts & Self.deictic != 0 {
        lex.hits.deictic |= bit
        lex.flags |= TokenLex.actor
      }
      if e.starts & Self.titleAr != 0 {
        lex.hits.title |= bit
        lex.flags |= TokenLex.title
      }
      var cue = e.starts & Self.cue != 0
      // The stem without the pronoun suffix (`ArabicClitics.splitEnclitic`): its markers, and
      // the cue key `Lexicon.match` tries: not for a short stem that also has a proclitic, nor
      // for a three-letter one before "ه" ("وزارة" folds to و + زار + ه), but "لدعمها" is ل +
      // دعم + ها.
      let stemScalars = count - sp.stemFrom + (sp.alef ? 1 : 0)
      var stripped: Int32 = -1
      if encliticBytes > 0, encliticScalars < stemScalars - 1 {
        // For the whole word that is `encliticStem`, looked up already.
        let id = whole ? lex.encliticStem : find(sp.alef, from, n - encliticBytes)
        let s = entry(id)
        lex.strippedMarkers |= s.ar
        let rest = stemScalars - encliticScalars
        if !(sp.proclitic > 0 && (rest <= 2 || (rest == 3 && encliticScalars == 1))) {
          stripped = id
          if !cue { cue = s.starts & Self.cue != 0 }
        }
      }
      if cue {
        lex.hits.cue |= bit
        lex.flags |= TokenLex.cue
      }
      let tables = Self.adjective | Self.actorPattern | Self.deictic | Self.titleAr
      if e.starts & tables != 0 || cue { Self.store(&lex, k, sp, stem, stripped) }
    }
  }
}

extension WordIndex {
  /// Notes reading `k` of a word as one that is a key of some table (`TokenLex.storedHits`).
  @inline(__always)
  static func store(
    _ lex: inout TokenLex, _ k: UInt16, _ sp: ArabicClitics.Span, _ stem: Int32, _ stripped: Int32
  ) {
    // Ids + 1 are kept in 22 bits (`storesHits`).
    let packed =
      UInt64(k) | UInt64(sp.code) << 4 | UInt64(UInt32(bitPattern: stem &+ 1)) << 11
      | UInt64(UInt32(bitPattern: stripped &+ 1)) << 33
    switch lex.storedHits {
    case 0: lex.hit0 = packed
    case 1: lex.hit1 = packed
    default: break
    }
    lex.storedHits = min(lex.storedHits + 1, 3)
  }

  /// A reading of an Arabic token that is a key of some table: its stem's id, the id of the stem
  /// without the word's pronoun suffix (-1 when there is none or `Lexicon.match` would not try
  /// it), and where it sits in the word.
  struct Hit {
    var stem: Int32
    var stripped: Int32
    var span: ArabicClitics.Span
  }

  /// The readings of Arabic `token` whose bits are set in `mask`, in order, one at a time and
  /// without allocating (`next(in:_:)`). Plain values only (the token by its index, not its
  /// String), so making and dropping one retains and releases nothing.
  struct Hits {
    /// The token's index in the tokens given to `init` and `next(in:_:)`.
    private let token: Int
    private let enclitic: UInt8
    private let mask: UInt16
    /// The word's readings as `ArabicClitics.Span.code`s, eight per integer.
    private var codes: (UInt64, UInt64) = (0, 0)
    private var spans = 0
    private var position = 0
    /// The readings the look-up stored (`TokenLex.storedHits`), when it stored them all: then
    /// neither the word nor the table is read again.
    private var stored: (UInt64, UInt64) = (0, 0)
    private var storedCount = -1

    /// (`tokens` borrowed: an initializer takes its arguments owned, and the matchers retained
    /// the document's tokens for every word they tried and this released them. Inlined where it
    /// is made, the readings of a word whose look-up stored them taken in place; the other
    /// words' are read out of line, `spans(of:)`.)
    @inline(__always)
    init(_ tokens: borrowing [Token], _ i: Int, _ mask: UInt16, _ storesHits: Bool) {
      self.mask = mask
      token = i
      enclitic = tokens[i].lex.enclitic
      guard mask != 0 else { return }
      if tokens[i].lex.storedHits <= 2, storesHits {
        stored = (tokens[i].lex.hit0, tokens[i].lex.hit1)
        storedCount = Int(tokens[i].lex.storedHits)
        return
      }
      (codes, spans) = Self.spans(of: tokens.norm(i))
    }

    /// The `ArabicClitics.Span.code`s of the readings of the folded Arabic word `norm`, eight
    /// per integer, and how many there are.
    @inline(never)
    private static func spans(of norm: String) -> (codes: (UInt64, UInt64), count: Int) {
      var norm = norm
      var codes: (UInt64, UInt64) = (0, 0)
      var spans = 0
      norm.withUTF8 { b in
        let count = b.count / 2
        func scalar(_ k: Int) -> UInt32 {
          k < count ? (UInt32(b[2 * k]) & 0x1F) << 6 | UInt32(b[2 * k + 1]) & 0x3F : 0
        }
        ArabicClitics.forEachSpan(
          count: count, (scalar(0), scalar(1), scalar(2), scalar(3)), dropArticle: true
        ) { sp in
          let c = UInt64(sp.code)
          if spans < 8 {
            codes.0 |= c << (8 * UInt64(spans))
          } else {
            codes.1 |= c << (8 * UInt64(spans - 8))
          }
          spans += 1
        }
      }
      return (codes, spans)
    }

    /// The next reading, or nil; `tokens` are the ones given to `init`, `holder` holds the
    /// index that looked them up.
    /// (Inlined where the readings are walked, the stored readings read in place; the others
    /// are looked up out of line, `nextByTable`. The index is reached through its holder there
    /// only: passed itself, the index, 96 bytes, was copied to the stack at every call.)
    @inline(__always)
    mutating func next<H: WordIndexHolder>(in holder: H, _ tokens: [Token]) -> Hit? {
      if storedCount >= 0 {
        while position < storedCount {
          let h = position == 0 ? stored.0 : stored.1
          position += 1
          guard mask & (1 << UInt16(h & 15)) != 0 else { continue }
          return Hit(
            stem: Int32(truncatingIfNeeded: h >> 11 & 0x3F_FFFF) &- 1,
            stripped: Int32(truncatingIfNeeded: h >> 33 & 0x3F_FFFF) &- 1,
            span: ArabicClitics.Span(code: UInt8(truncatingIfNeeded: h >> 4 & 0x7F)))
        }
        return nil
      }
      return nextByTable(in: holder, tokens)
    }

    /// `next(in:_:)` with the index itself (for tests: a holder is made at every call).
    mutating func next(in index: WordIndex, _ tokens: [Token]) -> Hit? {
      next(in: WordIndexBox(index), tokens)
    }

    /// `next(in:_:)` for readings that were not stored: each looked up in `holder.index`.
    @inline(never)
    private mutating func nextByTable<H: WordIndexHolder>(in holder: H, _ tokens: [Token])
      -> Hit?
    {
      while position < spans {
        let k = position
        position += 1
        guard mask & (1 << UInt16(k)) != 0 else { continue }
        let code = UInt8(
          truncatingIfNeeded: k < 8 ? codes.0 >> (8 * UInt64(k)) : codes.1 >> (8 * UInt64(k - 8)))
        return holder.index.hit(tokens.norm(token), enclitic, ArabicClitics.Span(code: code))
      }
      return nil
    }
  }

  /// The ids of one reading of an Arabic word (see `Hits`).
  func hit(_ norm: String, _ enclitic: UInt8, _ sp: ArabicClitics.Span) -> Hit {
    var norm = norm
    return norm.withUTF8 { b in
      let p = b.baseAddress!
      let n = b.count
      let count = n / 2
      func find(_ alef: Bool, _ a: Int, _ b: Int) -> Int32 {
        let len = b - a
        if alef {
          let h = ByteTable.hash(p + a, len) &+ Self.alefHash &* PrefixHashes.power(len)
          return table.find(hash: h, count: len + 2) { q in
            q[0] == Self.alef.0 && q[1] == Self.alef.1
              && (len == 0 || memcmp(q + 2, p + a, len) == 0)
          }
        }
        return table.find(p + a, len)
      }
      let from = 2 * sp.stemFrom
      var stripped: Int32 = -1
      let stemScalars = count - sp.stemFrom + (sp.alef ? 1 : 0)
      if enclitic > 0, !sp.article {
        let enc = ArabicClitics.encliticForms[Int(enclitic - 1)]
        let rest = stemScalars - enc.scalars
        if enc.scalars < stemScalars - 1,
          !(sp.proclitic > 0 && (rest <= 2 || (rest == 3 && enc.scalars == 1)))
        {
          stripped = find(sp.alef, from, n - enc.bytes.count)
        }
      }
      return Hit(stem: find(sp.alef, from, n), stripped: stripped, span: sp)
    }
  }

  /// The proclitic of a reading of Arabic `token` as `ArabicClitics.readings` writes it.
  static func proclitic(of token: Token, _ sp: ArabicClitics.Span) -> String {
    proclitic(of: token.norm, sp)
  }

  /// The proclitic of a reading of the folded Arabic word `norm`.
  /// (Not inlined: inside the matchers' loops it took the room of their own inlining.)
  @inline(never)
  static func proclitic(of norm: String, _ sp: ArabicClitics.Span) -> String {
    // (No proclitic, the most common reading: the same literals as `ArabicClitics.proclitic`
    // gives then, without reading the word.)
    if sp.proclitic == 0 { return sp.article ? "\u{0627}\u{0644}" : "" }
    var norm = norm
    // (The proclitic's letters are Arabic, two bytes each: the cut is at a scalar boundary.)
    return norm.withUTF8 { b in
      ArabicClitics.proclitic(b, end: 2 * sp.proclitic, article: sp.article)
    }
  }
}

/// A compiled table that holds the `WordIndex` its tokens were looked up by (`WordIndex.Hits`).
protocol WordIndexHolder: AnyObject {
  var index: WordIndex { get }
}

/// A holder of an index of its own (`WordIndex.Hits.next(in:_:)` given an index).
final class WordIndexBox: WordIndexHolder {
  let index: WordIndex
  init(_ index: WordIndex) { self.index = index }
}
