/// Arabic clitic handling on folded words: which stems a written word may stand for.
public enum ArabicClitics {
  static let conjunctions = ["", "\u{0648}", "\u{0641}"]  // و ف
  static let prepositions = ["", "\u{0628}", "\u{0644}", "\u{0643}"]  // ب ل ك
  static let article = "\u{0627}\u{0644}"  // ال
  /// Pronoun suffixes, longest first: هما هم ها ه نا كم ي.
  static let enclitics = [
    "\u{0647}\u{0645}\u{0627}", "\u{0647}\u{0645}", "\u{0647}\u{0627}", "\u{0643}\u{0645}",
    "\u{0646}\u{0627}", "\u{0647}", "\u{064A}",
  ]

  /// A stem reading of a word: the stem and the proclitics taken off it.
  public struct Reading: Sendable, Hashable {
    public var stem: String
    public var proclitic: String
  }

  /// Where a reading sits in its word, counted in Unicode scalars: the stem is
  /// `word[stemFrom...]`, with ا put back in front when `alef` (لل read as ل + ال); the proclitic
  /// is `word[..<proclitic]`, followed by ال when `article`.
  struct Span {
    var stemFrom: Int
    var alef: Bool
    var proclitic: Int
    var article: Bool

    init(stemFrom: Int, alef: Bool, proclitic: Int, article: Bool) {
      self.stemFrom = stemFrom
      self.alef = alef
      self.proclitic = proclitic
      self.article = article
    }

    /// The span in seven bits: stem start (3), ا (1), proclitic length (2), article (1).
    var code: UInt8 {
      UInt8(stemFrom) | (alef ? 8 : 0) | UInt8(proclitic) << 4 | (article ? 64 : 0)
    }

    init(code: UInt8) {
      stemFrom = Int(code & 7)
      alef = code & 8 != 0
      proclitic = Int(code >> 4 & 3)
      article = code & 64 != 0
    }
  }

  static let waw: UInt32 = 0x0648
  static let fa: UInt32 = 0x0641
  static let ba: UInt32 = 0x0628
  static let lam: UInt32 = 0x0644
  static let kaf: UInt32 = 0x0643
  static let alef: UInt32 = 0x0627

  /// The readings of a word of `n` scalars whose first four scalars are `w` (0 past the end), in
  /// the order `readings(_:dropArticle:)` returns them. Only the first four letters and the length
  /// decide the readings, so callers keep the word in whatever form they have it.
  @inline(__always)
  static func forEachSpan(
    count n: Int, _ w: (UInt32, UInt32, UInt32, UInt32), dropArticle: Bool,
    _ body: (Span) -> Void
  ) {
    @inline(__always) func at(_ k: Int) -> UInt32 {
      switch k {
      case 0: return w.0
      case 1: return w.1
      case 2: return w.2
      default: return w.3
      }
    }
    @inline(__always) func add(_ from: Int, _ pro: Int, _ restoreAlef: Bool) {
      let len = n - from
      guard len >= 2 else { return }
      body(Span(stemFrom: from, alef: restoreAlef, proclitic: pro, article: false))
      if dropArticle, !restoreAlef, len >= 4, at(from) == alef, at(from + 1) == lam {
        body(Span(stemFrom: from + 2, alef: false, proclitic: pro, article: true))
      } else if dropArticle, restoreAlef, len >= 3 {
        body(Span(stemFrom: from + 1, alef: false, proclitic: pro, article: true))
      }
    }
    let conjunctions = n > 2 && (w.0 == waw || w.0 == fa) ? 2 : 1
    for c in 0..<conjunctions {
      // No preposition.
      if n > c + 1 { add(c, c, false) }
      // ب ل ك
      let p = at(c)
      if n > c + 2, p == ba || p == lam || p == kaf {
        add(c + 1, c + 1, false)
        if p == lam, at(c + 1) == lam {
          // لل = ل + ال with the alef dropped.
          add(c + 1, c + 1, true)
        }
      }
    }
  }

  /// Readings of `word` with conjunction and preposition proclitics removed (the word itself
  /// first). "لل" is read as ل + ال. With `dropArticle`, a leading ال is removed as well.
  public static func readings(_ word: String, dropArticle: Bool = false) -> [Reading] {
    readings(word, dropArticle: dropArticle, only: .max)
  }

  /// The readings whose position in the list (bit k = k-th reading) is set in `only`.
  static func readings(_ word: String, dropArticle: Bool, only: UInt16) -> [Reading] {
    var word = word
    return word.withUTF8 { b in
      let (first, offsets, n) = leadingScalars(b)
      func offset(_ i: Int) -> Int {
        switch i {
        case 0: return 0
        case 1: return offsets.1
        case 2: return offsets.2
        case 3: return offsets.3
        default: return offsets.4
        }
      }
      // (Cut at the scalars' offsets in the String's bytes: valid UTF-8.)
      func slice(_ lo: Int, _ hi: Int) -> String {
        String(validUTF8: UnsafeBufferPointer(rebasing: b[lo..<hi]))
      }
      var out: [Reading] = []
      // Room for the readings asked for at once (a word has a few; all of them: eight will do
      // for most words), not one more at a time.
      out.reserveCapacity(only == .max ? 8 : only.nonzeroBitCount)
      var position = 0
      forEachSpan(count: n, first, dropArticle: dropArticle) { sp in
        defer { position += 1 }
        guard only & (1 << UInt16(position)) != 0 else { return }
        var stem = slice(offset(sp.stemFrom), b.count)
        if sp.alef { stem = "\u{0627}" + stem }
        let pro = proclitic(b, end: offset(sp.proclitic), article: sp.article)
        out.append(Reading(stem: stem, proclitic: pro))
      }
      return out
    }
  }

  /// True when a reading of `word` (`readings(word, dropArticle: true)`) has a proclitic ending
  /// in the article ال, without making the readings: only the article's readings do, as no other
  /// proclitic has an alef.
  static func hasArticleReading(_ word: String) -> Bool {
    word.withBytes { b -> Bool in
      let (first, _, n) = leadingScalars(b)
      var found = false
      forEachSpan(count: n, first, dropArticle: true) { sp in
        if sp.article { found = true }
      }
      return found
    }
  }

  /// The readings of `word` that take the article off (`article` true) or keep it (false), in
  /// the order `readings(_:dropArticle: true)` gives them, made without the others.
  static func readings(_ word: String, article: Bool) -> [Reading] {
    let only = word.withBytes { b -> UInt16 in
      let (first, _, n) = leadingScalars(b)
      var mask: UInt16 = 0
      var position = 0
      forEachSpan(count: n, first, dropArticle: true) { sp in
        if sp.article == article { mask |= 1 << UInt16(position) }
        position += 1
      }
      return mask
    }
    guard only != 0 else { return [] }
    return readings(word, dropArticle: true, only: only)
  }

  /// The first four scalars of UTF-8 `b` (0 past the end), the byte offsets of the first five
  /// (0 past the end) and the scalar count: all the readings depend on.
  @inline(__always)
  static func leadingScalars(_ b: UnsafeBufferPointer<UInt8>) -> (
    first: (UInt32, UInt32, UInt32, UInt32), offsets: (Int, Int, Int, Int, Int), count: Int
  ) {
    var offsets = (0, 0, 0, 0, 0)
    var first: (UInt32, UInt32, UInt32, UInt32) = (0, 0, 0, 0)
    var n = 0
    var k = 0
    while k < b.count {
      let (s, len) = decodeScalar(b, k)
      switch n {
      case 0: first.0 = s
      case 1: (first.1, offsets.1) = (s, k)
      case 2: (first.2, offsets.2) = (s, k)
      case 3: (first.3, offsets.3) = (s, k)
      case 4: offsets.4 = k
      default: break
      }
      n += 1
      k += len
    }
    return (first, offsets, n)
  }

  /// The scalar starting at byte `k` of valid UTF-8 and its length in bytes.
  @inline(__always)
  static func decodeScalar(_ b: UnsafeBufferPointer<UInt8>, _ k: Int) -> (UInt32, Int) {
    let c0 = UInt32(b[k])
    if c0 < 0x80 { return (c0, 1) }
    if c0 < 0xE0 { return ((c0 & 0x1F) << 6 | UInt32(b[k + 1]) & 0x3F, 2) }
    if c0 < 0xF0 {
      return ((c0 & 0x0F) << 12 | (UInt32(b[k + 1]) & 0x3F) << 6 | UInt32(b[k + 2]) & 0x3F, 3)
    }
    return (
      (c0 & 0x07) << 18 | (UInt32(b[k + 1]) & 0x3F) << 12 | (UInt32(b[k + 2]) & 0x3F) << 6
        | UInt32(b[k + 3]) & 0x3F, 4
    )
  }

  /// The word without a pronoun suffix, and the suffix (empty when there is none). The
  /// first-person ي is not taken off: on cue words it is far more often part of the word.
  public static func splitEnclitic(_ word: String) -> [(stem: String, enclitic: String)] {
    // (The list has the labels of the result: an unlabelled one was cast to it through the
    // runtime, element by element.)
    var out: [(stem: String, enclitic: String)] = [(word, "")]
    var w = word
    w.withUTF8 { b in
      var n = 0
      for c in b where c & 0xC0 != 0x80 { n += 1 }
      for e in encliticForms where e.scalars < n - 1 && endsWith(b, e.bytes) {
        // (The word's bytes before a whole suffix of scalars: valid UTF-8.)
        let stem = String(
          validUTF8: UnsafeBufferPointer(rebasing: b[0..<(b.count - e.bytes.count)]))
        out.append((stem, e.string))
      }
    }
    return out
  }

  @inline(__always)
  static func endsWith(_ b: UnsafeBufferPointer<UInt8>, _ suffix: [UInt8]) -> Bool {
    guard suffix.count <= b.count else { return false }
    let lo = b.count - suffix.count
    for k in suffix.indices where b[lo + k] != suffix[k] { return false }
    return true
  }

  /// Pronoun suffixes taken off cue words (longest first; not the first-person ي).
  static let encliticForms: [(string: String, bytes: [UInt8], scalars: Int)] =
    enclitics.filter { $0 != "\u{064A}" }.map { ($0, Array($0.utf8), $0.unicodeScalars.count) }

  /// The place in `encliticForms` of the first form a word ends with, given its last three
  /// scalars (`last`, the one before, the one before that; 0 where the word is shorter), or nil:
  /// what trying the forms in order with `endsWith` gives, without the loop.
  @inline(__always)
  static func encliticForm(_ last: UInt32, _ before: UInt32, _ beforeThat: UInt32) -> Int? {
    let ha: UInt32 = 0x0647
    let mim: UInt32 = 0x0645
    switch last {
    case ha: return 5  // ه
    case mim:
      if before == ha { return 1 }  // هم
      if before == kaf { return 3 }  // كم
    case alef:
      if before == mim && beforeThat == ha { return 0 }  // هما
      if before == ha { return 2 }  // ها
      if before == 0x0646 { return 4 }  // نا
    default: break
    }
    return nil
  }

  /// Suffixes that inflect a nisba adjective (folded): fem. ه, plurals ين ون يين يون ات, duals.
  static let nisbaSuffixes = [
    "", "\u{0647}", "\u{0627}", "\u{064A}\u{0646}", "\u{0648}\u{0646}", "\u{0627}\u{0646}",
    "\u{062A}\u{064A}\u{0646}", "\u{062A}\u{0627}\u{0646}", "\u{0627}\u{062A}",
  ]
}
