/// Every folded word the extractor's dictionaries use (gazetteer names, nisba forms, cues, titles,
/// marker lists), interned to an id, with what each id may start and the marker lists it is in.
///
/// The tokenizer looks each word up once (`analyze`), through all its clitic readings, and stores
/// the result in `Token.lex`; matching then skips the many words that start nothing, and marker
/// tests are bit tests. The answers are exactly those of the dictionaries' own look-ups: a flag
/// is set when one of the keys the matcher would try is in its table.
struct WordIndex: Sendable {
  private var table = ByteTable()
  private var entries: [Entry] = []
  private var arMask: UInt64 = 0
  private var enMask: UInt64 = 0

  struct Entry {
    var markers: UInt64 = 0
    var starts: UInt8 = 0
  }
  static let actorPattern: UInt8 = 1
  static let adjective: UInt8 = 2
  static let deictic: UInt8 = 4
  static let cue: UInt8 = 8
  static let titleAr: UInt8 = 16
  static let titleEn: UInt8 = 32

  init(matcher: ActorMatcher, lexicon: Lexicon, titles: TitleRecognizer?) {
    for k in matcher.patterns.keys { mark(k.string, Self.actorPattern) }
    for k in matcher.arabicAdjectives.keys { mark(k.string, Self.adjective) }
    for k in matcher.deictic.keys { mark(k.string, Self.deictic) }
    for k in lexicon.patterns.keys { mark(k.string, Self.cue) }
    if let titles {
      for k in titles.arabic.keys { mark(k, Self.titleAr) }
      for k in titles.english.keys { mark(k, Self.titleEn) }
    }
    for (name, words) in lexicon.markers {
      guard let bit = lexicon.markerBits[name] else { continue }
      let m: UInt64 = 1 << UInt64(bit)
      if name.hasSuffix("_ar") { arMask |= m } else if name.hasSuffix("_en") { enMask |= m }
      for w in words { entries[Int(id(w.string))].markers |= m }
    }
  }

  private mutating func id(_ word: String) -> Int32 {
    let id = table.insert(word.utf8)
    if Int(id) == entries.count { entries.append(Entry()) }
    return id
  }

  private mutating func mark(_ word: String, _ flag: UInt8) {
    entries[Int(id(word))].starts |= flag
  }

  @inline(__always)
  private func entry(_ p: UnsafePointer<UInt8>, _ n: Int) -> (Int32, Entry) {
    let id = table.find(p, n)
    return id < 0 ? (id, Entry()) : (id, entries[Int(id)])
  }

  /// What the dictionaries know about a token of `kind` whose folded UTF-8 is `p[0..<n]`.
  /// `scratch` is working space (kept by the caller between calls to save allocations).
  func analyze(kind: TokenKind, _ p: UnsafePointer<UInt8>, _ n: Int, scratch: inout [UInt8])
    -> TokenLex
  {
    var lex = TokenLex()
    lex.flags = TokenLex.analyzed
    let (id, e) = entry(p, n)
    lex.id = id
    guard kind == .arabic else {
      lex.markers = e.markers & enMask
      if kind == .latin, e.starts & Self.actorPattern != 0 { lex.flags |= TokenLex.actor }
      if kind == .latin || kind == .quote, e.starts & Self.cue != 0 { lex.flags |= TokenLex.cue }
      if e.starts & Self.titleEn != 0 { lex.flags |= TokenLex.title }
      return lex
    }
    // Arabic: every scalar of a folded Arabic word is two bytes long.
    let count = n / 2
    @inline(__always) func scalar(_ k: Int) -> UInt32 {
      k < count ? (UInt32(p[2 * k]) & 0x1F) << 6 | UInt32(p[2 * k + 1]) & 0x3F : 0
    }
    let first = (scalar(0), scalar(1), scalar(2), scalar(3))
    ArabicClitics.forEachSpan(count: count, first, dropArticle: true) { sp in
      // The stem's bytes: an optional ا, then the word from `stemFrom`.
      scratch.removeAll(keepingCapacity: true)
      if sp.alef { scratch.append(contentsOf: [0xD8, 0xA7]) }
      scratch.append(
        contentsOf: UnsafeBufferPointer(start: p + 2 * sp.stemFrom, count: n - 2 * sp.stemFrom))
      scratch.withUnsafeBufferPointer { s in
        let base = s.baseAddress!
        let (_, e) = entry(base, s.count)
        // `articleReadings` (all spans): nisba forms.
        if e.starts & Self.adjective != 0 { lex.flags |= TokenLex.actor }
        if sp.article {
          lex.articleMarkers |= e.markers & arMask
          return
        }
        // `readings` (spans without the article taken off).
        lex.markers |= e.markers & arMask
        if e.starts & (Self.actorPattern | Self.deictic) != 0 { lex.flags |= TokenLex.actor }
        if e.starts & Self.titleAr != 0 { lex.flags |= TokenLex.title }
        if e.starts & Self.cue != 0 { lex.flags |= TokenLex.cue }
        // Cue keys with a pronoun suffix off, as `Lexicon.match` tries them.
        let stemScalars = s.count / 2
        for enc in ArabicClitics.encliticForms
        where enc.scalars < stemScalars - 1 && ArabicClitics.endsWith(s, enc.bytes) {
          // A short stem with both a proclitic and a pronoun suffix is not tried.
          if sp.proclitic > 0 && stemScalars - enc.scalars <= 3 { continue }
          let (_, c) = entry(base, s.count - enc.bytes.count)
          if c.starts & Self.cue != 0 { lex.flags |= TokenLex.cue }
        }
      }
    }
    return lex
  }
}
