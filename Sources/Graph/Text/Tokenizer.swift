/// Splits text into tokens with offsets back into the original (Unicode scalar offsets).
public enum Tokenizer {
  /// Tokenises `scalars` (the original text's Unicode scalars).
  public static func tokenize(_ scalars: [Unicode.Scalar]) -> [Token] {
    tokenize(scalars, index: nil)
  }

  /// Tokenises `scalars`; with `index`, each word is looked up in it (`Token.lex`).
  static func tokenize(_ scalars: [Unicode.Scalar], index: WordIndex?) -> [Token] {
    var out = Output(index: index, capacity: scalars.count / 5)
    // The folded form of the current token, as UTF-8: at most four bytes per scalar of the
    // token, so one buffer of four bytes per scalar of the text never needs to grow.
    let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: 4 * scalars.count + 4)
    defer { buffer.deallocate() }
    var len = 0
    @inline(__always) func put(_ s: Unicode.Scalar) {
      len += ScalarText.writeUTF8(s, to: buffer + len)
    }
    var i = 0
    let n = scalars.count
    while i < n {
      let s = scalars[i]
      let v = s.value
      if v == 0x0A || v == 0x0D || v == 0x2029 || v == 0x2028 {
        out.sawNewline = true
        i += 1
        continue
      }
      if isSpace(s) {
        i += 1
        continue
      }
      let start = i
      len = 0
      if isArabicWordScalar(s) {
        while i < n {
          let c = scalars[i]
          let cv = c.value
          // Letters that fold to themselves (the common case) go straight in.
          if cv >= 0x0624 && cv <= 0x063A && cv != 0x0625 && cv != 0x0629
            || cv >= 0x0641 && cv <= 0x0648
          {
            buffer[len] = UInt8(0xC0 | cv >> 6)
            buffer[len + 1] = UInt8(0x80 | cv & 0x3F)
            len += 2
          } else if isArabicWordScalar(c) {
            if let f = Normalizer.fold(c) { put(f) }
          } else {
            break
          }
          i += 1
        }
        if len == 0 { continue }
        out.taMarbuta = endsInTaMarbuta(scalars[start..<i])
        out.add(.arabic, start, i, UnsafeBufferPointer(start: buffer, count: len))
      } else if isLatinLetter(s) {
        var upper = 0
        var letters = 0
        while i < n {
          let c = scalars[i]
          let cv = c.value
          if cv < 0x80, cv | 0x20 >= 0x61, cv | 0x20 <= 0x7A {
            // ASCII letters (the common case), folded to lower case here.
            if cv < 0x61 { upper += 1 }
            letters += 1
            buffer[len] = UInt8(cv | 0x20)
            len += 1
            i += 1
          } else if isLatinLetter(c) || (cv >= 0x300 && cv <= 0x36F) {
            if isUpper(c) { upper += 1 }
            if isLatinLetter(c) { letters += 1 }
            if let f = Normalizer.fold(c) { put(f) }
            i += 1
          } else if c == ".", isInitialismSoFar(scalars, start, i) {
            // Initialisms such as U.S. or U.N.: keep the dots inside the token.
            let nextIsLetter = i + 1 < n && isUpper(scalars[i + 1])
            let letterThenDot = nextIsLetter && (i + 2 >= n || !isLatinLetter(scalars[i + 2]))
            buffer[len] = 0x2E
            len += 1
            i += 1
            if !letterThenDot { break }
          } else {
            break
          }
        }
        out.add(
          .latin, start, i, UnsafeBufferPointer(start: buffer, count: len),
          capitalized: isUpper(scalars[start]), allCaps: upper >= 2 && upper == letters)
      } else if isNumeric(s) {
        // ("1,500", "$1.3 billion": a comma or point between digits is the number's, not a
        // sentence's end.)
        while i < n,
          isNumeric(scalars[i])
            || (scalars[i] == "," || scalars[i] == ".") && i + 1 < n && isNumeric(scalars[i + 1])
        {
          put(scalars[i])
          i += 1
        }
        out.add(.number, start, i, UnsafeBufferPointer(start: buffer, count: len))
      } else {
        let kind = punctuationKind(s)
        put(foldApostrophe(s))
        i += 1
        if kind == .stop {
          while i < n, punctuationKind(scalars[i]) == .stop { i += 1 }
        }
        out.add(kind, start, i, UnsafeBufferPointer(start: buffer, count: len))
      }
      out.sawNewline = false
    }
    return out.finish().tokens
  }

  /// The tokens made so far.
  struct Output {
    let index: WordIndex?
    /// The tokens made so far: `count` of them at `storage`, which has room for `capacity`.
    /// That is the room given to `init(index:into:capacity:)` (`given`), in the array that the
    /// byte tokenizer makes, until it is full; then, and from the start with
    /// `init(index:capacity:)`, memory of the output's own, doubled when full. (Appending to an
    /// array checked its uniqueness and capacity and copied the token through the stack.)
    private var storage: UnsafeMutablePointer<Token>
    private var capacity: Int
    private var count = 0
    private let given: UnsafeMutablePointer<Token>?
    /// The UTF-8 byte range of the next token (set by the byte tokenizer before `add`).
    var bytes = 0..<0
    var sawNewline = false
    /// The tokens that may end or start a sentence, as the byte tokenizer notes them: the
    /// stops (`noteStop()`) and the tokens after a line break (`noteNewline()`), in order,
    /// `breakCount` of them in memory of the output's own (`takeBreaks()`). (Appended to an
    /// array, each cost some forty instructions more.)
    private var breakStore: UnsafeMutablePointer<Int>?
    private var breakCount = 0
    private var breakCapacity = 0
    /// The token noted last, -1 for none.
    private var lastBreak = -1
    /// Whether the next token, an Arabic word, ends in ة (set by the tokenizer before `add`).
    var taMarbuta = false
    var scratch = WordIndex.Scratch()
    /// The words looked up before (set by the byte tokenizer): a word that comes again takes
    /// the look-up and String made for it then.
    var memo = TokenMemo()

    /// An output with memory of its own, room for `capacity` tokens at first.
    init(index: WordIndex?, capacity: Int) {
      self.index = index
      self.capacity = max(capacity, 8)
      storage = .allocate(capacity: self.capacity)
      given = nil
    }

    /// An output that writes its tokens to `room` (uninitialized, `capacity` tokens) while
    /// they fit.
    init(index: WordIndex?, into room: UnsafeMutablePointer<Token>, capacity: Int) {
      self.index = index
      self.capacity = capacity
      storage = room
      given = room
    }

    /// The tokens made: their number when they are all in the room given to
    /// `init(index:into:capacity:)` (`tokens` empty), else 0 and the tokens. The output holds
    /// none after it.
    mutating func finish() -> (inPlace: Int, tokens: [Token]) {
      let n = count
      count = 0
      if storage == given { return (n, []) }
      let from = storage
      let tokens = [Token](unsafeUninitializedCapacity: n) { buffer, initialized in
        if let to = buffer.baseAddress { to.moveInitialize(from: from, count: n) }
        initialized = n
      }
      // (`storage` is not read again: with no room, a later append allocates anew.)
      storage.deallocate()
      capacity = 0
      return (0, tokens)
    }

    /// Notes the token made next, which follows a line break (once for a run of them; none
    /// may come, `takeBreaks()`). Noted where the break is read, not tested at every token.
    mutating func noteNewline() {
      if lastBreak != count { noteBreak(count) }
    }

    /// Notes the token made last, a stop (once: it may follow a line break).
    mutating func noteStop() {
      if lastBreak != count &- 1 { noteBreak(count &- 1) }
    }

    /// The tokens noted, less one after the last line break that no token followed; the output
    /// notes none after it. (Before `finish()`, which forgets the tokens' count.)
    mutating func takeBreaks() -> [Int] {
      guard let p = breakStore else { return [] }
      let n = breakCount > 0 && lastBreak >= count ? breakCount - 1 : breakCount
      let list = Array(UnsafeBufferPointer(start: p, count: n))
      p.deallocate()
      breakStore = nil
      (breakCount, breakCapacity, lastBreak) = (0, 0, -1)
      return list
    }

    private mutating func noteBreak(_ k: Int) {
      if breakCount == breakCapacity { growBreaks() }
      breakStore?[breakCount] = k
      breakCount &+= 1
      lastBreak = k
    }

    @inline(never)
    private mutating func growBreaks() {
      let more = max(2 * breakCapacity, 32)
      let bigger = UnsafeMutablePointer<Int>.allocate(capacity: more)
      if let p = breakStore {
        bigger.update(from: p, count: breakCount)
        p.deallocate()
      }
      breakStore = bigger
      breakCapacity = more
    }

    /// Appends `token` (moved in).
    @inline(__always)
    private mutating func append(_ token: __owned Token) {
      if count == capacity { grow() }
      (storage + count).initialize(to: token)
      count &+= 1
    }

    /// Doubles the room for tokens (at least eight).
    private mutating func grow() {
      let more = max(2 * capacity, 8)
      let bigger = UnsafeMutablePointer<Token>.allocate(capacity: more)
      if capacity > 0 {
        bigger.moveInitialize(from: storage, count: count)
        if storage != given { storage.deallocate() }
      }
      storage = bigger
      capacity = more
    }

    /// Appends a token whose folded form is `b`. Inlined where the tokenizer calls it: a word
    /// seen before is copied from the memo there, without a call; a new one is made by `addNew`.
    @inline(__always)
    mutating func add(
      _ kind: TokenKind, _ start: Int, _ end: Int, _ b: UnsafeBufferPointer<UInt8>,
      capitalized: Bool = false, allCaps: Bool = false
    ) {
      // A word seen before (in this text or an earlier one on this thread): its look-up and
      // String as made then.
      var remember: (slot: Int, hash: UInt64)?
      let code = kind.memoCode
      if memo.isActive, let p = b.baseAddress {
        // The byte tokenizer's buffer has room for the padding after any word.
        TokenMemo.pad(p, b.count)
        let h = TokenMemo.hash(code, p, b.count)
        let (slot, entry) = memo.find(code, h, p, b.count)
        if let e = entry {
          // A copy of the token made of the word before, with this one's place and case: one
          // copy of the whole token, not its look-up copied to the stack and on.
          if count == capacity { grow() }
          let t = storage + count
          Token.initialize(t, copying: memo.token(e))
          count &+= 1
          t.pointee.scalarStart = UInt32(truncatingIfNeeded: start)
          t.pointee.scalarEnd = UInt32(truncatingIfNeeded: end)
          t.pointee.byteStart = UInt32(truncatingIfNeeded: bytes.lowerBound)
          t.pointee.byteEnd = UInt32(truncatingIfNeeded: bytes.upperBound)
          t.pointee.capitalized = capitalized
          t.pointee.allCaps = allCaps
          t.pointee.afterNewline = sawNewline
          // (ة is no part of the memo's key: the folded word writes it ه.)
          t.pointee.endsInTaMarbuta = taMarbuta
          taMarbuta = false
          return
        }
        remember = (slot, h)
      }
      addNew(kind, start, end, b, capitalized: capitalized, allCaps: allCaps, remember: remember)
    }

    /// Appends a token whose folded form is `b`, a word the memo does not hold; remembers it in
    /// `remember`'s slot when given.
    @inline(never)
    private mutating func addNew(
      _ kind: TokenKind, _ start: Int, _ end: Int, _ b: UnsafeBufferPointer<UInt8>,
      capitalized: Bool, allCaps: Bool, remember: (slot: Int, hash: UInt64)?
    ) {
      let code = kind.memoCode
      // The look-up is written into a local `TokenLex` (plain bytes, copied as such) and the
      // token appended whole: writing both into the array's last token made a uniqueness check
      // and a count read per token.
      var lex = TokenLex()
      if let p = b.baseAddress {
        index?.analyze(kind: kind, p, b.count, scratch: &scratch, into: &lex)
      }
      // A word the dictionaries know only as usually spelt ("الالبنانية"): read that way.
      var respelled: [UInt8]?
      if kind == .arabic, let index, !lex.knowsWord, let alt = DoubledLamSpelling.respelled(b) {
        var altLex = TokenLex()
        alt.withUnsafeBufferPointer { a in
          if let q = a.baseAddress {
            index.analyze(kind: kind, q, a.count, scratch: &scratch, into: &altLex)
          }
        }
        if altLex.knowsWord {
          lex = altLex
          respelled = alt
        }
      }
      // The word as `WordStore` keeps it: a word of the dictionaries with its String made
      // already, another made only when the store does not hold it.
      let word: WordRef
      if lex.isAnalyzed, let known = index?.word(lex.id) {
        word = WordStore.shared.word(known)
      } else if let respelled {
        word = respelled.withUnsafeBufferPointer { a in
          WordStore.shared.word(a, make: { String(validUTF8: a) })
        }
      } else {
        // (The folded scalars, written as UTF-8 by the tokenizer: valid.)
        word = WordStore.shared.word(b, make: { String(validUTF8: b) })
      }
      append(
        Token(
          word: word, start: start, end: end, kind: kind, capitalized: capitalized,
          allCaps: allCaps, afterNewline: sawNewline, lex: lex, bytes: bytes,
          endsInTaMarbuta: taMarbuta))
      taMarbuta = false
      if let r = remember, let p = b.baseAddress {
        memo.insert(r.slot, code, r.hash, p, b.count, token: storage + (count - 1))
      }
    }
  }

  @inline(__always)
  static func appendUTF8(_ s: Unicode.Scalar, _ out: inout [UInt8]) {
    let v = s.value
    if v < 0x80 {
      out.append(UInt8(v))
    } else if v < 0x800 {
      out.append(UInt8(0xC0 | v >> 6))
      out.append(UInt8(0x80 | v & 0x3F))
    } else if v < 0x10000 {
      out.append(UInt8(0xE0 | v >> 12))
      out.append(UInt8(0x80 | v >> 6 & 0x3F))
      out.append(UInt8(0x80 | v & 0x3F))
    } else {
      out.append(UInt8(0xF0 | v >> 18))
      out.append(UInt8(0x80 | v >> 12 & 0x3F))
      out.append(UInt8(0x80 | v >> 6 & 0x3F))
      out.append(UInt8(0x80 | v & 0x3F))
    }
  }

  /// True when the last letter of an Arabic word's scalars is ة (U+0629); diacritics and the
  /// tatweel after it do not count.
  static func endsInTaMarbuta<C: BidirectionalCollection>(_ word: C) -> Bool
  where C.Element == Unicode.Scalar {
    for s in word.reversed() {
      let v = s.value
      if (v >= 0x064B && v <= 0x065F) || v == 0x0670 || v == 0x0640 { continue }
      return v == 0x0629
    }
    return false
  }

  /// `s.properties.numericType != nil`, without the property look-up for ASCII and Arabic.
  @inline(__always)
  static func isNumeric(_ s: Unicode.Scalar) -> Bool {
    let v = s.value
    if v < 0x80 { return v >= 0x30 && v <= 0x39 }
    if v >= 0x0600 && v <= 0x06FF {
      return (v >= 0x0660 && v <= 0x0669) || (v >= 0x06F0 && v <= 0x06F9)
    }
    return s.properties.numericType != nil
  }

  /// True when `scalars[start..<end]` is one upper-case letter, or upper-case letters
  /// separated by dots ("U", "U.S").
  private static func isInitialismSoFar(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int)
    -> Bool
  {
    var expectLetter = true
    for k in start..<end {
      if expectLetter {
        guard isLatinLetter(scalars[k]), isUpper(scalars[k]) else { return false }
      } else if scalars[k] != "." {
        return false
      }
      expectLetter.toggle()
    }
    guard !expectLetter else { return false }
    // "U.S" is an initialism when followed by "."; a lone "U" only when "X." follows.
    return end - start > 1
      || (end + 2 < scalars.count && isLatinLetter(scalars[end + 1])
        && scalars[end + 1].properties.isUppercase && scalars[end + 2] == ".")
  }

  /// White space, and "_", which joins the words of a hashtag ("#محمود_عباس").
  @inline(__always)
  static func isSpace(_ s: Unicode.Scalar) -> Bool {
    let v = s.value
    if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) || v == 0x5F }
    if v < 0x2000 && v != 0xA0 && v != 0x1680 { return false }
    return s.properties.isWhitespace
  }

  @inline(__always)
  static func isUpper(_ s: Unicode.Scalar) -> Bool {
    let v = s.value
    if v < 0x80 { return v >= 0x41 && v <= 0x5A }
    if v >= 0x0600 && v <= 0x06FF { return false }
    return s.properties.isUppercase
  }

  @inline(__always)
  static func isDigit(_ s: Unicode.Scalar) -> Bool {
    let v = s.value
    if v < 0x80 { return v >= 0x30 && v <= 0x39 }
    if (v >= 0x0660 && v <= 0x0669) || (v >= 0x06F0 && v <= 0x06F9) { return true }
    if v >= 0x0600 && v <= 0x06FF { return false }
    return s.properties.numericType != nil
  }

  @inline(__always)
  static func isArabicWordScalar(_ s: Unicode.Scalar) -> Bool {
    let v = s.value
    return (v >= 0x0621 && v <= 0x065F) || v == 0x0670 || (v >= 0x0671 && v <= 0x06D3)
      || v == 0x06D5 || v == 0x0640
  }

  @inline(__always)
  static func isLatinLetter(_ s: Unicode.Scalar) -> Bool {
    let v = s.value
    if v < 0x80 { return (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) }
    return v >= 0xC0 && v <= 0x24F && v != 0xD7 && v != 0xF7
  }

  /// The typographic apostrophe (U+2019) written as the plain one, so that "Workers’ Party" and
  /// "Workers' Party" are the same words.
  @inline(__always)
  static func foldApostrophe(_ s: Unicode.Scalar) -> Unicode.Scalar {
    s.value == 0x2019 ? "'" : s
  }

  static func punctuationKind(_ s: Unicode.Scalar) -> TokenKind {
    switch s {
    case ".", "!", "?", "\u{061F}", "\u{2026}": return .stop
    case ",", "\u{060C}", ";", "\u{061B}", ":", "(", ")", "[", "]", "{", "}": return .comma
    case "\"", "'", "\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}", "\u{00AB}", "\u{00BB}",
      "-", "\u{2013}", "\u{2014}":
      return .quote
    default: return .other
    }
  }
}
