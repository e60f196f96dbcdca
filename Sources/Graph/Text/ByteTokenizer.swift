/// The tokenizer over a text's UTF-8 bytes: the same tokens as `Tokenizer.tokenize(_:index:)`
/// on the text's scalars (offsets are still scalar offsets), without making the scalar array.
extension Tokenizer {
  /// Tokenises `text` by its UTF-8 bytes, with no `WordIndex`: the same tokens as
  /// `tokenize(Array(text.unicodeScalars))` (and their byte ranges), without making the scalar
  /// array. For the dictionaries' forms, read once each at start-up.
  static func tokenize(text: String) -> [Token] {
    var text = text
    return text.withUTF8 { tokenize(utf8: $0, index: nil) }
  }

  /// Tokenises the text whose UTF-8 is `b` (valid UTF-8, as a String's bytes are); the tokens
  /// carry their byte ranges (`Token.byteStart`, `byteEnd`).
  static func tokenize(utf8 b: UnsafeBufferPointer<UInt8>, index: WordIndex?) -> [Token] {
    var breaks: [Int] = []
    return tokenize(utf8: b, index: index, breaks: &breaks)
  }

  /// `tokenize(utf8:index:)`, and in `breaks` the tokens that may end a sentence or start one
  /// (`SentenceSplitter.split(marking:breaks:)`): the stops and the tokens after a line break,
  /// in order, listed as they are made.
  static func tokenize(
    utf8 b: UnsafeBufferPointer<UInt8>, index: WordIndex?, breaks: inout [Int]
  ) -> [Token] {
    // The folded form of the current token: folding never makes a scalar longer in UTF-8.
    // 16 bytes more, for the memo's padding after a word (`TokenMemo.pad`). On the stack when
    // small (the dictionaries' forms, tokenized one by one at start-up).
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: b.count + 16) { space in
      guard let buffer = space.baseAddress else { return [] }
      return tokenize(utf8: b, index: index, buffer: buffer, breaks: &breaks)
    }
  }

  /// `tokenize(utf8:index:breaks:)` with `buffer` (room for `b.count + 16` bytes) to fold words
  /// in.
  private static func tokenize(
    utf8 b: UnsafeBufferPointer<UInt8>, index: WordIndex?, buffer: UnsafeMutablePointer<UInt8>,
    breaks: inout [Int]
  ) -> [Token] {
    // The tokens are written straight into the array's memory, room for one token per five
    // bytes (as many as it reserved before); should they not fit, the output moves them to
    // memory of its own and they come back as an array of their own.
    var moved: [Token] = []
    let tokens = [Token](unsafeUninitializedCapacity: b.count / 5 + 8) { room, initialized in
      guard let base = room.baseAddress else { return }
      (initialized, moved) = tokenize(
        utf8: b, index: index, buffer: buffer, into: base, capacity: room.count, breaks: &breaks)
    }
    return moved.isEmpty ? tokens : moved
  }

  /// `tokenize(utf8:index:buffer:breaks:)` into `room` (uninitialized, `capacity` tokens): as
  /// `Output.finish()`, the number of tokens written there, or 0 and the tokens when they did
  /// not fit.
  private static func tokenize(
    utf8 b: UnsafeBufferPointer<UInt8>, index: WordIndex?, buffer: UnsafeMutablePointer<UInt8>,
    into room: UnsafeMutablePointer<Token>, capacity: Int, breaks: inout [Int]
  ) -> (inPlace: Int, tokens: [Token]) {
    var out = Output(index: index, into: room, capacity: capacity)
    if let index { out.memo = TokenMemo(TokenMemoStore.current(for: index)) }
    defer { out.memo.finish() }
    var len = 0
    @inline(__always) func put(_ s: Unicode.Scalar) {
      len += ScalarText.writeUTF8(s, to: buffer + len)
    }
    let n = b.count
    guard let base = b.baseAddress else { return out.finish() }
    /// The scalar at byte `k` (k < n) and its length in bytes.
    @inline(__always) func scalar(_ k: Int) -> (Unicode.Scalar, Int) {
      let c0 = b[k]
      if c0 < 0x80 { return (Unicode.Scalar(c0), 1) }
      let (v, l) = ArabicClitics.decodeScalar(b, k)
      return (Unicode.Scalar(v) ?? "\u{FFFD}", l)
    }
    /// The scalar after the one at byte `k`, if any.
    @inline(__always) func next(_ k: Int) -> (Unicode.Scalar, Int)? {
      let after = k + scalar(k).1
      return after < n ? scalar(after) : nil
    }
    var i = 0  // byte
    var si = 0  // scalar
    while i < n {
      // A plain space, the commonest byte between tokens, is skipped before any decoding.
      if b[i] == 0x20 {
        // (Offsets stay below `n`: no overflow checks.)
        i &+= 1
        si &+= 1
        continue
      }
      let (s, l) = scalar(i)
      let v = s.value
      let startByte = i
      // The commonest starts, an ASCII letter or a letter of the Arabic block, are told first:
      // neither is a line break nor a space, so those tests are left to the other scalars.
      let latinStart = v < 0x80 && (v | 0x20) &- 0x61 < 26
      let arabicStart = !latinStart && v >= 0x0621 && isArabicWordScalar(s)
      if !latinStart && !arabicStart {
        if v == 0x0A || v == 0x0D || v == 0x2029 || v == 0x2028 {
          out.sawNewline = true
          out.noteNewline()
          i += l
          si += 1
          continue
        }
        if isSpace(s) {
          i += l
          si += 1
          continue
        }
      }
      let start = si
      len = 0
      if arabicStart {
        // Whether the word so far ends in ة, the diacritics and the tatweel after it passed
        // over (`endsInTaMarbuta`), kept as the letters come rather than read back at the end.
        var taMarbuta = false
        while i < n {
          // Letters that fold to themselves (the common case) go straight in, a run of them at
          // a time, read from their two bytes without decoding (`keptRun`).
          // (Offsets stay below `n`: no overflow checks.)
          let run = Self.keptRun(base, i, n, buffer + len)
          // (No such letter is ة; one that is no diacritic ends a word's ة. Rare: ة is
          // mostly last.)
          if taMarbuta && run != 0 { taMarbuta = Self.onlyDiacritics(base + i, run) }
          len &+= run
          i &+= run
          si &+= run &>> 1
          guard i < n else { break }
          let c0 = b[i]
          // (An ASCII byte, most often the space after the word, is no Arabic word scalar.)
          if c0 < 0x80 { break }
          // The letters folded most often, ة, أ إ آ (D8 A9, A3, A5, A2) and ى (D9 89), written
          // folded from their two bytes (as `Normalizer.foldArabic` folds them) without
          // decoding. (The text is valid UTF-8: a lead byte has its continuation byte.)
          if c0 == 0xD8 {
            let c1 = b[i &+ 1]
            if c1 == 0xA9 {
              // ة -> ه (D9 87); the word so far ends in ة.
              buffer[len] = 0xD9
              buffer[len &+ 1] = 0x87
              taMarbuta = true
              len &+= 2
              i &+= 2
              si &+= 1
              continue
            }
            if c1 == 0xA3 || c1 == 0xA5 || c1 == 0xA2 {
              // أ إ آ -> ا (D8 A7), a letter after any ة.
              buffer[len] = 0xD8
              buffer[len &+ 1] = 0xA7
              taMarbuta = false
              len &+= 2
              i &+= 2
              si &+= 1
              continue
            }
          } else if c0 == 0xD9 && b[i &+ 1] == 0x89 {
            // ى -> ي (D9 8A).
            buffer[len] = 0xD9
            buffer[len &+ 1] = 0x8A
            taMarbuta = false
            len &+= 2
            i &+= 2
            si &+= 1
            continue
          }
          let (c, cl) = scalar(i)
          if isArabicWordScalar(c) {
            // (An Arabic word's scalars are all in the Arabic block.)
            if let f = Normalizer.foldArabic(c) { put(f) }
            let v = c.value
            if v == 0x0629 {
              taMarbuta = true
            } else if !(v == 0x0640 || (v >= 0x064B && v <= 0x065F) || v == 0x0670) {
              taMarbuta = false
            }
          } else {
            break
          }
          i += cl
          si += 1
        }
        if len == 0 { continue }
        out.bytes = startByte..<i
        out.taMarbuta = taMarbuta
        out.add(.arabic, start, si, UnsafeBufferPointer(start: buffer, count: len))
      } else if latinStart || isLatinLetter(s) {
        var upper = 0
        var letters = 0
        while i < n {
          // A run of ASCII letters first, without decoding (`asciiRun`).
          let run = Self.asciiRun(base, i, n, buffer + len, upper: &upper)
          // (Counts and offsets stay below `n`: no overflow checks.)
          letters &+= run
          len &+= run
          i &+= run
          si &+= run
          guard i < n else { break }
          // (After the run, an ASCII byte is no letter: one that is no dot ends the word.)
          if b[i] < 0x80 && b[i] != 0x2E { break }
          let (c, cl) = scalar(i)
          let cv = c.value
          if cv < 0x80, cv | 0x20 >= 0x61, cv | 0x20 <= 0x7A {
            // (Counts and offsets stay below `n`: no overflow checks.)
            if cv < 0x61 { upper &+= 1 }
            letters &+= 1
            buffer[len] = UInt8(truncatingIfNeeded: cv | 0x20)
            len &+= 1
            i &+= 1
            si &+= 1
          } else if isLatinLetter(c) || (cv >= 0x300 && cv <= 0x36F) {
            if isUpper(c) { upper += 1 }
            if isLatinLetter(c) { letters += 1 }
            if let f = Normalizer.fold(c) { put(f) }
            i += cl
            si += 1
          } else if c == ".", isInitialismSoFar(b, startByte, i) {
            // Initialisms such as U.S. or U.N.: keep the dots inside the token.
            let after = next(i)
            let nextIsLetter = after.map { isUpper($0.0) } ?? false
            let letterThenDot =
              nextIsLetter && (next(i + 1).map { !isLatinLetter($0.0) } ?? true)
            buffer[len] = 0x2E
            len += 1
            i += 1
            si += 1
            if !letterThenDot { break }
          } else {
            break
          }
        }
        out.bytes = startByte..<i
        out.add(
          .latin, start, si, UnsafeBufferPointer(start: buffer, count: len),
          capitalized: isUpper(s), allCaps: upper >= 2 && upper == letters)
      } else if isNumeric(s) {
        while i < n {
          let (c, cl) = scalar(i)
          // ("1,500", "$1.3 billion": a comma or point between digits is the number's.)
          guard
            isNumeric(c) || (c == "," || c == ".") && (next(i).map { isNumeric($0.0) } ?? false)
          else {
            break
          }
          put(c)
          i += cl
          si += 1
        }
        out.bytes = startByte..<i
        out.add(.number, start, si, UnsafeBufferPointer(start: buffer, count: len))
      } else {
        let kind = punctuationKind(s)
        put(foldApostrophe(s))
        i += l
        si += 1
        if kind == .stop {
          while i < n {
            let (c, cl) = scalar(i)
            guard punctuationKind(c) == .stop else { break }
            i += cl
            si += 1
          }
        }
        out.bytes = startByte..<i
        out.add(kind, start, si, UnsafeBufferPointer(start: buffer, count: len))
        if kind == .stop { out.noteStop() }
      }
      out.sawNewline = false
    }
    breaks = out.takeBreaks()
    return out.finish()
  }

  /// The bytes of the run of Arabic letters at `p[i...]` (before `n`) that fold to themselves,
  /// copied to `to`: the word scalars of U+0600...U+067F (D8 80...D9 BF) that
  /// `Normalizer.foldArabic` keeps as they are, one bit each (`keptAfterD8`, `keptAfterD9`).
  /// Returns how many bytes were copied (two per letter). Each letter's two bytes are read and
  /// written as one 16-bit word; a byte loop cost some 27 instructions a letter.
  @inline(__always)
  static func keptRun(
    _ p: UnsafePointer<UInt8>, _ i: Int, _ n: Int, _ to: UnsafeMutablePointer<UInt8>
  ) -> Int {
    // (Pointers stepped, not offsets: one register and one add less a letter.)
    let from = UnsafeRawPointer(p + i)
    // A letter starts before the last byte.
    let last = UnsafeRawPointer(p + (n &- 1))
    var q = from
    var out = UnsafeMutableRawPointer(to)
    // Four letters a step while eight bytes are left: one load, each letter tested in turn,
    // the eight bytes written at once and the letters kept counted (the buffer has room: the
    // word's bytes so far are no more than the text's; bytes written past the run are written
    // again or padded, `TokenMemo.pad`, before they are read).
    let end = UnsafeRawPointer(p + n)
    while end - q >= 8 {
      let x = UInt64(littleEndian: q.loadUnaligned(as: UInt64.self))
      out.storeBytes(of: x.littleEndian, as: UInt64.self)
      var k = 0
      if x & 0xC0FE_C0FE_C0FE_C0FE == 0x80D8_80D8_80D8_80D8 {
        // (Four letters of the form D8/D9 and a continuation byte, told at once: each is then
        // looked up alone.)
        while k < 4,
          Self.keptBit(UInt16(truncatingIfNeeded: x &>> UInt64(truncatingIfNeeded: k &<< 4)))
        {
          k &+= 1
        }
      } else {
        while k < 4,
          Self.isKept(UInt16(truncatingIfNeeded: x &>> UInt64(truncatingIfNeeded: k &<< 4)))
        {
          k &+= 1
        }
      }
      q += k &<< 1
      out += k &<< 1
      if k < 4 { return q - from }
    }
    while q < last {
      let w = UInt16(littleEndian: q.loadUnaligned(as: UInt16.self))
      guard Self.isKept(w) else { break }
      out.storeBytes(of: w.littleEndian, as: UInt16.self)
      q += 2
      out += 2
    }
    return q - from
  }

  /// Whether the two bytes of `w` (the first in its low byte) are a letter `keptRun` copies:
  /// D8 or D9, then a continuation byte 80...BF, with its bit set in `keptAfterD8` or
  /// `keptAfterD9`.
  @inline(__always)
  static func isKept(_ w: UInt16) -> Bool {
    guard w & 0xC0FE == 0x80D8 else { return false }
    return keptBit(w)
  }

  /// `isKept(w)` for `w` known to be D8 or D9 and a continuation byte: its bit.
  @inline(__always)
  static func keptBit(_ w: UInt16) -> Bool {
    let kept = w & 1 == 0 ? Self.keptAfterD8 : Self.keptAfterD9
    return kept &>> (UInt64(truncatingIfNeeded: w &>> 8) & 63) & 1 != 0
  }

  /// The run of ASCII letters at `p[i...]` (before `n`), copied in lower case to `to`; adds
  /// its upper-case letters to `upper`. Returns the run's length.
  @inline(__always)
  static func asciiRun(
    _ p: UnsafePointer<UInt8>, _ i: Int, _ n: Int, _ to: UnsafeMutablePointer<UInt8>,
    upper: inout Int
  ) -> Int {
    var j = i
    var up = 0
    // Eight bytes a step while eight are left (most words end in their first step): when all
    // eight are ASCII, a byte is a letter when its lower case is 61...7A, told for all eight at
    // once by two adds that carry into no other byte (the high bit of `y + 1F` is set from 61
    // up, that of `y + 05` from 7B up). The eight lower-cased bytes are written whole: the
    // buffer has room (the word's bytes so far are no more than the text's), and the bytes
    // after the run are written again or padded (`TokenMemo.pad`) before they are read.
    let high: UInt64 = 0x8080_8080_8080_8080
    while j &+ 8 <= n {
      let x = UInt64(littleEndian: UnsafeRawPointer(p + j).loadUnaligned(as: UInt64.self))
      guard x & high == 0 else { break }
      let y = x | 0x2020_2020_2020_2020
      let letters = (y &+ 0x1F1F_1F1F_1F1F_1F1F) & ~(y &+ 0x0505_0505_0505_0505) & high
      UnsafeMutableRawPointer(to + (j &- i)).storeBytes(of: y.littleEndian, as: UInt64.self)
      if letters == high {
        // (An upper-case letter has bit 0x20 clear.)
        up &+= Self.bitCount(~x & 0x2020_2020_2020_2020)
        j &+= 8
        continue
      }
      // The letters before the first byte that is none.
      let k = (letters ^ high).trailingZeroBitCount &>> 3
      let lead = (UInt64(1) &<< UInt64(truncatingIfNeeded: k &<< 3)) &- 1
      up &+= Self.bitCount(~x & (letters &>> 2) & lead)
      upper &+= up
      return j &+ k &- i
    }
    while j < n {
      let c = p[j]
      let lower = c | 0x20
      guard lower &- 0x61 < 26 else { break }
      if c < 0x61 { up &+= 1 }
      to[j &- i] = lower
      j &+= 1
    }
    upper &+= up
    return j &- i
  }

  /// The bits set in `v`, most often none or one (upper-case letters among eight bytes): told
  /// before counting, which the baseline x86-64 target does without `popcnt`, in some twelve
  /// instructions.
  @inline(__always)
  static func bitCount(_ v: UInt64) -> Int {
    if v & (v &- 1) == 0 { return v == 0 ? 0 : 1 }
    return v.nonzeroBitCount
  }

  /// The scalars D8 80...D8 BF (U+0600...U+063F) that are Arabic word scalars and fold to
  /// themselves, bit k for D8 (0x80 + k): U+0621, U+0624, U+0626...U+0628, U+062A...U+063F
  /// (not آ أ إ, which fold to ا, nor ة, which folds to ه).
  @inline(__always)
  static var keptAfterD8: UInt64 { 0xFFFF_FDD2_0000_0000 }

  /// As `keptAfterD8`, for D9 80...D9 BF (U+0640...U+067F): U+0641...U+0648, U+064A,
  /// U+0653...U+065F, U+0672...U+067F (not the tatweel and the tashkeel, which are dropped, nor
  /// ى and ٱ, which fold to ي and ا, nor the digits and marks U+0660...U+066F).
  @inline(__always)
  static var keptAfterD9: UInt64 { 0xFFFC_0000_FFF8_05FE }

  /// Whether the letters `keptRun` copied from `p[0..<count]` (two bytes each) are all
  /// diacritics that `endsInTaMarbuta` passes over (U+0653...U+065F, D9 93...D9 9F): the only
  /// ones among the letters it copies.
  static func onlyDiacritics(_ p: UnsafePointer<UInt8>, _ count: Int) -> Bool {
    var k = 0
    while k < count {
      guard p[k] == 0xD9, p[k &+ 1] >= 0x93, p[k &+ 1] <= 0x9F else { return false }
      k &+= 2
    }
    return true
  }

  /// `isInitialismSoFar` over bytes: the scalars from byte `start` to byte `end` (a ".") are one
  /// upper-case letter or upper-case letters separated by dots ("U", "U.S"), and then a "U" is
  /// one only when "X." follows.
  private static func isInitialismSoFar(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int)
    -> Bool
  {
    var expectLetter = true
    var k = start
    var count = 0
    while k < end {
      let (v, l) = ArabicClitics.decodeScalar(b, k)
      let s = Unicode.Scalar(v) ?? "\u{FFFD}"
      if expectLetter {
        guard isLatinLetter(s), isUpper(s) else { return false }
      } else if s != "." {
        return false
      }
      expectLetter.toggle()
      k += l
      count += 1
    }
    guard !expectLetter else { return false }
    if count > 1 { return true }
    // scalars[end + 1] and scalars[end + 2]: the two after the dot.
    let a = end + 1
    guard a < b.count else { return false }
    let (v1, l1) = ArabicClitics.decodeScalar(b, a)
    guard a + l1 < b.count else { return false }
    let (v2, _) = ArabicClitics.decodeScalar(b, a + l1)
    let s1 = Unicode.Scalar(v1) ?? "\u{FFFD}"
    return isLatinLetter(s1) && s1.properties.isUppercase && v2 == 0x2E
  }
}
