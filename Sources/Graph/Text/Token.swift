/// What a token is made of.
public enum TokenKind: Sendable, Hashable {
  case arabic
  case latin
  case number
  /// Sentence-ending punctuation: . ! ? ؟ and runs of them.
  case stop
  /// Clause punctuation: , ، ; ؛ : and brackets.
  case comma
  /// Quotation marks and dashes.
  case quote
  case other
}

/// A word or punctuation mark with its folded form and its place in the original text.
public struct Token: Sendable, Hashable {
  /// Folded form (see `Normalizer`).
  public var norm: String { word.string }
  /// The folded form, kept in `WordStore`: the token holds no reference-counted field, so it is
  /// copied as plain data and freed with no destroy of its own.
  var word: WordRef
  /// Scalar offsets of the token in the original text, end exclusive.
  public var start: Int {
    get { Int(scalarStart) }
    set { scalarStart = UInt32(truncatingIfNeeded: newValue) }
  }
  public var end: Int {
    get { Int(scalarEnd) }
    set { scalarEnd = UInt32(truncatingIfNeeded: newValue) }
  }
  var scalarStart: UInt32
  var scalarEnd: UInt32
  /// UTF-8 byte offsets of the token in the text, end exclusive, when the byte tokenizer made it
  /// (`Tokenizer.tokenize(utf8:index:)`); 0 otherwise. Texts of tokens are cut by them.
  var byteStart: UInt32 = 0
  var byteEnd: UInt32 = 0
  /// What the extractor's dictionaries know about the word (see `TokenLex`); empty for tokens
  /// that were not looked up. Before the one-byte fields below, which fill the end of its last
  /// eight bytes (`TokenLex` is 81 bytes): the token is 120 bytes, not 128.
  public var lex = TokenLex()
  public var kind: TokenKind
  /// For Latin tokens: the original starts with an upper-case letter.
  public var capitalized: Bool
  /// For Latin tokens: the original is all upper-case (at least two letters), like "UN".
  public var allCaps: Bool
  /// A line break precedes the token.
  public var afterNewline: Bool
  /// Arabic: the word's last letter is ة (U+0629), which the folded form writes ه. Such a word
  /// ends in no pronoun suffix ("أسلحة" is no "أسلحه", "I arm him").
  var endsInTaMarbuta = false
  /// `SurnameEndings.quadBit` of the last four bytes of `norm` plus one, or 0 when `norm` has
  /// fewer than four bytes: made with the token (in the two bytes its stride left free), so
  /// the surname scan rules out most words without reading their String.
  var normQuad: UInt16 = 0

  /// Arabic: the stems the word may stand for once conjunction and preposition proclitics are
  /// off (the word itself first). Other tokens: the folded word.
  public var readings: [ArabicClitics.Reading] {
    kind == .arabic
      ? ArabicClitics.readings(norm) : [ArabicClitics.Reading(stem: norm, proclitic: "")]
  }

  /// As `readings`, plus the stems without the article ال.
  public var articleReadings: [ArabicClitics.Reading] {
    kind == .arabic
      ? ArabicClitics.readings(norm, dropArticle: true)
      : [ArabicClitics.Reading(stem: norm, proclitic: "")]
  }

  public var isWord: Bool { kind == .arabic || kind == .latin }

  init(
    word: WordRef, start: Int, end: Int, kind: TokenKind, capitalized: Bool, allCaps: Bool,
    afterNewline: Bool, lex: TokenLex, bytes: Range<Int> = 0..<0, endsInTaMarbuta: Bool = false
  ) {
    self.word = word
    scalarStart = UInt32(truncatingIfNeeded: start)
    scalarEnd = UInt32(truncatingIfNeeded: end)
    byteStart = UInt32(truncatingIfNeeded: bytes.lowerBound)
    byteEnd = UInt32(truncatingIfNeeded: bytes.upperBound)
    self.kind = kind
    self.capitalized = capitalized
    self.allCaps = allCaps
    self.afterNewline = afterNewline
    self.lex = lex
    self.endsInTaMarbuta = endsInTaMarbuta
    normQuad = word.string.withBytes { b in
      guard b.count >= 4, let base = b.baseAddress else { return 0 }
      return UInt16(truncatingIfNeeded: SurnameEndings.quadBit(base, b.count) + 1)
    }
  }
}

extension Token {
  /// Initializes `t` (uninitialized) to a copy of `from`: its bytes copied as plain data by
  /// loads and stores of fixed size (a token holds no reference-counted field, see `word`). (A
  /// copy through the token's value witness was a call and a `memcpy`.)
  @inline(__always)
  static func initialize(_ t: UnsafeMutablePointer<Token>, copying from: UnsafePointer<Token>) {
    if MemoryLayout<Token>.stride == MemoryLayout<Bytes>.size {
      UnsafeMutableRawPointer(t).storeBytes(
        of: UnsafeRawPointer(from).load(as: Bytes.self), as: Bytes.self)
    } else {
      UnsafeMutableRawPointer(t).copyMemory(from: from, byteCount: MemoryLayout<Token>.size)
    }
  }

  /// A token's 112 bytes (its stride: its fields and the padding after them) as plain data.
  private struct Bytes {
    var words:
      (
        UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64,
        UInt64, UInt64, UInt64
      )
  }
}

/// What the dictionaries know about a token's word, looked up once when the extractor tokenizes
/// a document (`WordIndex`), so matching can skip words that start nothing, try only the clitic
/// readings that are in a table, and test markers as bits.
///
/// Fields by size, the eight-byte ones first and the one-byte ones last, so the struct has no
/// padding inside (81 bytes) and `Token` puts its own one-byte fields after it.
public struct TokenLex: Sendable, Hashable {
  /// Id of the folded word in the extractor's vocabulary; -1 when no dictionary has it.
  public var id: Int32 = -1
  /// The `WordIndex` that looked the token up (its `tag`), 0 when none did.
  var index: UInt32 = 0
  /// Bits of the marker lists read by name (`Marker.namedLists`) holding one of the word's
  /// readings, in the lists of the token's language.
  var namedMarkers: Marker.NamedBits = 0
  /// `Marker` bits (`Marker.mask`) of the lists holding one of the word's readings, in
  /// the lists of the token's language.
  var markers: UInt64 = 0
  /// Marker lists holding a stem read after the article ال ("الحركة" -> "حركة").
  var articleMarkers: UInt64 = 0
  /// Marker lists holding a stem without its pronoun suffix ("قواتها" -> "قوات").
  var strippedMarkers: UInt64 = 0
  /// Arabic: the readings whose stem is a key of some table, as the look-up found them, so the
  /// matchers read them without the word (`WordIndex.Hits`): up to two (`storedHits` 3 when
  /// there are more), each its place among the readings (4 bits), its `ArabicClitics.Span`
  /// code (7 bits), its stem's id + 1 and the id + 1 of the stem without the pronoun suffix
  /// (`WordIndex.Hit.stripped`, 22 bits each).
  var hit0: UInt64 = 0
  var hit1: UInt64 = 0
  /// Arabic: the id of the word without its pronoun suffix (`enclitic`).
  var encliticStem: Int32 = -1
  /// Arabic: per table, the readings (bit k = k-th reading of
  /// `ArabicClitics.readings(norm, dropArticle: true)`) whose stem is a key of it.
  var hits = ReadingHits()
  /// `TokenLex.analyzed`, `actor`, ...
  var flags: UInt8 = 0
  /// Arabic: the pronoun suffix the word ends with (1 + its place in
  /// `ArabicClitics.encliticForms`, 0 for none).
  var enclitic: UInt8 = 0
  /// How many readings `hit0` and `hit1` hold (3: more than two).
  var storedHits: UInt8 = 0

  static let analyzed: UInt8 = 1
  /// A reading may start an actor name, nisba or deictic word.
  static let actor: UInt8 = 2
  /// A reading may start a lexicon cue.
  static let cue: UInt8 = 4
  /// A reading may start a title.
  static let title: UInt8 = 8
  /// An Arabic or Latin word that `DefiniteAnaphora.mayStartDescription` takes for the start of
  /// a description by its look-up bits (Latin: also "the" and "this"), set by
  /// `WordIndex.analyze`; the anaphora's scan then tests one bit a word.
  static let description: UInt8 = 16

  public init() {}

  /// True when the token was looked up; otherwise the flags say nothing.
  @inline(__always) var isAnalyzed: Bool { flags & Self.analyzed != 0 }
  /// False only when the token was looked up and cannot start anything of `kind`.
  @inline(__always) func may(_ kind: UInt8) -> Bool {
    flags & Self.analyzed == 0 || flags & kind != 0
  }
}

/// Which clitic readings of an Arabic word are keys of each dictionary table (bit k = k-th
/// reading in `ArabicClitics.readings(_:dropArticle: true)` order).
struct ReadingHits: Sendable, Hashable {
  /// Gazetteer name patterns (readings without the article taken off).
  var actorPattern: UInt16 = 0
  /// Nisba forms (all readings).
  var adjective: UInt16 = 0
  /// Deictic words (readings without the article taken off).
  var deictic: UInt16 = 0
  /// Titles (readings without the article taken off).
  var title: UInt16 = 0
  /// Cue patterns: the stem itself, or the stem without a pronoun suffix.
  var cue: UInt16 = 0

  enum Table {
    case actorPattern, adjective, deictic, title, cue
  }

  func mask(_ t: Table) -> UInt16 {
    switch t {
    case .actorPattern: return actorPattern
    case .adjective: return adjective
    case .deictic: return deictic
    case .title: return title
    case .cue: return cue
    }
  }
}

extension Token {
  /// The readings that may be keys of `table`, in order: for a looked-up Arabic token only the
  /// ones that are; otherwise `readings` (`articleReadings` for nisba forms).
  func readings(for table: ReadingHits.Table) -> [ArabicClitics.Reading] {
    // Nisba forms and cues are also read with the article taken off ("الدعم" is the cue "دعم").
    let article = table == .adjective || table == .cue
    guard kind == .arabic, lex.isAnalyzed else { return article ? articleReadings : readings }
    let mask = lex.hits.mask(table)
    guard mask != 0 else { return [] }
    return ArabicClitics.readings(norm, dropArticle: true, only: mask)
  }
}

/// The preposition proclitic (ب ل ك) of each reading of a token, in `Token.readings` order,
/// without making the readings: 2 bits per reading (0 none, 1 ب, 2 ل, 3 ك).
struct ReadingPrepositions {
  private(set) var count = 0
  private var packed: UInt32 = 0

  static let ba: UInt32 = 1
  static let lam: UInt32 = 2
  static let kaf: UInt32 = 3

  /// The preposition of reading `k` (0 when none).
  @inline(__always)
  subscript(_ k: Int) -> UInt32 { packed >> (2 * UInt32(k)) & 3 }

  mutating func append(_ p: UInt32) {
    packed |= p << (2 * UInt32(count))
    count += 1
  }

  /// True when some reading has preposition `p`.
  func contains(_ p: UInt32) -> Bool { (0..<count).contains { self[$0] == p } }
}

extension Token {
  /// The prepositions of `readings`: what `readings.map(\.proclitic)` says once the
  /// conjunction و/ف is dropped (a proclitic is و/ف, then at most one of ب ل ك).
  var readingPrepositions: ReadingPrepositions {
    ReadingPrepositions.of(kind, norm)
  }
}

extension ReadingPrepositions {
  /// `Token.readingPrepositions` of a token of `kind` whose folded word is `norm`.
  static func of(_ kind: TokenKind, _ norm: String) -> ReadingPrepositions {
    var out = ReadingPrepositions()
    guard kind == .arabic else {
      out.append(0)
      return out
    }
    // A folded Arabic word is two UTF-8 bytes per scalar; the readings depend on its first
    // four scalars and its length.
    // Read through `withUTF8` (contiguous bytes): iterating `norm.utf8` cost about 1,300
    // instructions a call.
    var first: (UInt32, UInt32, UInt32, UInt32) = (0, 0, 0, 0)
    var word = norm
    let n = word.withUTF8 { b -> Int in
      let count = b.count / 2
      @inline(__always) func scalar(_ k: Int) -> UInt32 {
        k < count ? (UInt32(b[2 * k]) & 0x1F) << 6 | UInt32(b[2 * k + 1]) & 0x3F : 0
      }
      first = (scalar(0), scalar(1), scalar(2), scalar(3))
      return count
    }
    ArabicClitics.forEachSpan(count: n, first, dropArticle: false) { sp in
      // The proclitic is at most two letters: و/ف, then ب ل ك.
      guard sp.proclitic > 0 else { return out.append(0) }
      switch sp.proclitic == 1 ? first.0 : first.1 {
      case ArabicClitics.ba: out.append(ReadingPrepositions.ba)
      case ArabicClitics.lam: out.append(ReadingPrepositions.lam)
      case ArabicClitics.kaf: out.append(ReadingPrepositions.kaf)
      default: out.append(0)
      }
    }
    return out
  }
}

extension Array where Element == Token {
  /// `self[i].norm`, read through the element's address: where the String goes on to a
  /// closure (`sameBytes`, `withUTF8`, ...), `self[i].norm` made the optimizer copy the whole
  /// token first and destroy the copy after.
  @inline(__always)
  func norm(_ i: Int) -> String {
    // (Here and below, the bounds are checked against the buffer: `count` was left a call in
    // long callers.)
    return withUnsafeBufferPointer {
      precondition(i >= 0 && i < $0.count, "Index out of range")
      return $0.baseAddress.unsafelyUnwrapped[i].norm
    }
  }

  /// `body(self[i])` with the token read in place: `self[i]` passed on copied the whole token
  /// (120 bytes and its String) first and destroyed the copy after.
  @inline(__always)
  func withToken<R>(_ i: Int, _ body: (Token) -> R) -> R {
    return withUnsafeBufferPointer {
      precondition(i >= 0 && i < $0.count, "Index out of range")
      return body($0.baseAddress.unsafelyUnwrapped[i])
    }
  }

  /// `self[i].kind`, read in place (see `norm(_:)`): in a long function the optimizer may call
  /// an outlined getter that copies the whole token to read its kind.
  @inline(__always)
  func kind(_ i: Int) -> TokenKind {
    return withUnsafeBufferPointer {
      precondition(i >= 0 && i < $0.count, "Index out of range")
      return $0.baseAddress.unsafelyUnwrapped[i].kind
    }
  }

  /// `self[i].normQuad`, read in place (see `norm(_:)`).
  @inline(__always)
  func normQuad(_ i: Int) -> UInt16 {
    return withUnsafeBufferPointer {
      precondition(i >= 0 && i < $0.count, "Index out of range")
      return $0.baseAddress.unsafelyUnwrapped[i].normQuad
    }
  }

  /// `self[i].endsInTaMarbuta`, read in place (see `norm(_:)`).
  @inline(__always)
  func endsInTaMarbuta(_ i: Int) -> Bool {
    return withUnsafeBufferPointer {
      precondition(i >= 0 && i < $0.count, "Index out of range")
      return $0.baseAddress.unsafelyUnwrapped[i].endsInTaMarbuta
    }
  }

  /// `self[i].readingPrepositions`, the word read in place (see `norm(_:)`).
  @inline(__always)
  func readingPrepositions(_ i: Int) -> ReadingPrepositions {
    ReadingPrepositions.of(self[i].kind, norm(i))
  }

  /// The first index from `start` before `end` whose token may start something of `kind`
  /// (`TokenLex.may`), or `end` when none does. The matchers' scans skip most words: read
  /// through the buffer, with the bounds checked once, a word costs a few instructions.
  @inline(__always)
  func nextThatMay(_ kind: UInt8, from start: Int, to end: Int) -> Int {
    nextIndex(from: start, to: end) { $0.lex.may(kind) }
  }

  /// The first index from `start` before `end` whose token passes `test` (read in place), or
  /// `end` when none does: a scan through the buffer, the bounds checked once.
  @inline(__always)
  func nextIndex(from start: Int, to end: Int, where test: (Token) -> Bool) -> Int {
    return withUnsafeBufferPointer {
      precondition(start >= 0 && end <= $0.count, "Index out of range")
      let base = $0.baseAddress.unsafelyUnwrapped
      var i = start
      while i < end && !test(base[i]) { i += 1 }
      return i
    }
  }
}
