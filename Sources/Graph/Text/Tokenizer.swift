/// Splits text into tokens with offsets back into the original (Unicode scalar offsets).
public enum Tokenizer {
  /// Tokenises `scalars` (the original text's Unicode scalars).
  public static func tokenize(_ scalars: [Unicode.Scalar]) -> [Token] {
    tokenize(scalars, index: nil)
  }

  /// Tokenises `scalars`; with `index`, each word is looked up in it (`Token.lex`).
  static func tokenize(_ scalars: [Unicode.Scalar], index: WordIndex?) -> [Token] {
    var out = Output(index: index)
    out.tokens.reserveCapacity(scalars.count / 5)
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
      out.norm.count = 0
      if isArabicWordScalar(s) {
        while i < n, isArabicWordScalar(scalars[i]) {
          out.norm.appendFolded(scalars[i])
          i += 1
        }
        if out.norm.count == 0 { continue }
        out.add(.arabic, start, i)
      } else if isLatinLetter(s) {
        var upper = 0
        var letters = 0
        while i < n {
          let c = scalars[i]
          if isLatinLetter(c) || (c.value >= 0x300 && c.value <= 0x36F) {
            if isUpper(c) { upper += 1 }
            if isLatinLetter(c) { letters += 1 }
            out.norm.appendFolded(c)
            i += 1
          } else if c == ".", isInitialismSoFar(scalars, start, i) {
            // Initialisms such as U.S. or U.N.: keep the dots inside the token.
            let nextIsLetter = i + 1 < n && isUpper(scalars[i + 1])
            let letterThenDot = nextIsLetter && (i + 2 >= n || !isLatinLetter(scalars[i + 2]))
            out.norm.append(0x2E)
            i += 1
            if !letterThenDot { break }
          } else {
            break
          }
        }
        out.add(
          .latin, start, i, capitalized: isUpper(scalars[start]),
          allCaps: upper >= 2 && upper == letters)
      } else if isNumeric(s) {
        while i < n,
          isNumeric(scalars[i]) || scalars[i] == "," && i + 1 < n && isNumeric(scalars[i + 1])
        {
          out.norm.append(scalars[i])
          i += 1
        }
        out.add(.number, start, i)
      } else {
        let kind = punctuationKind(s)
        out.norm.append(s)
        i += 1
        if kind == .stop {
          while i < n, punctuationKind(scalars[i]) == .stop { i += 1 }
        }
        out.add(kind, start, i)
      }
      out.sawNewline = false
    }
    return out.tokens
  }

  /// The tokens made so far and the folded form of the current one.
  private struct Output {
    let index: WordIndex?
    var tokens: [Token] = []
    /// The folded form of the current token, as UTF-8.
    var norm = NormBuffer()
    var sawNewline = false
    var scratch = WordIndex.Scratch()

    init(index: WordIndex?) {
      self.index = index
    }

    mutating func add(
      _ kind: TokenKind, _ start: Int, _ end: Int, capitalized: Bool = false,
      allCaps: Bool = false
    ) {
      let b = norm.bytes
      tokens.append(
        Token(
          norm: String(decoding: b, as: UTF8.self), start: start, end: end, kind: kind,
          capitalized: capitalized, allCaps: allCaps, afterNewline: sawNewline,
          lex: index?.analyze(kind: kind, b.baseAddress!, b.count, scratch: &scratch)
            ?? TokenLex()))
    }
  }

  /// A growable byte buffer for the folded form of one token (no per-byte uniqueness checks).
  private struct NormBuffer {
    private var storage = UnsafeMutablePointer<UInt8>.allocate(capacity: 64)
    private var capacity = 64
    var count = 0
    /// Keeps `storage` freed with the buffer.
    private let owner: Owner

    private final class Owner {
      var pointer: UnsafeMutablePointer<UInt8>
      init(_ p: UnsafeMutablePointer<UInt8>) { pointer = p }
      deinit { pointer.deallocate() }
    }

    init() { owner = Owner(storage) }

    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: storage, count: count) }

    @inline(__always)
    private mutating func reserve(_ n: Int) {
      guard count + n > capacity else { return }
      let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: 2 * (count + n))
      bigger.update(from: storage, count: count)
      storage.deallocate()
      storage = bigger
      owner.pointer = bigger
      capacity = 2 * (count + n)
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
      reserve(1)
      storage[count] = byte
      count += 1
    }

    /// The scalar as UTF-8.
    @inline(__always)
    mutating func append(_ s: Unicode.Scalar) {
      reserve(4)
      let v = s.value
      if v < 0x80 {
        storage[count] = UInt8(v)
        count += 1
      } else if v < 0x800 {
        storage[count] = UInt8(0xC0 | v >> 6)
        storage[count + 1] = UInt8(0x80 | v & 0x3F)
        count += 2
      } else if v < 0x10000 {
        storage[count] = UInt8(0xE0 | v >> 12)
        storage[count + 1] = UInt8(0x80 | v >> 6 & 0x3F)
        storage[count + 2] = UInt8(0x80 | v & 0x3F)
        count += 3
      } else {
        storage[count] = UInt8(0xF0 | v >> 18)
        storage[count + 1] = UInt8(0x80 | v >> 12 & 0x3F)
        storage[count + 2] = UInt8(0x80 | v >> 6 & 0x3F)
        storage[count + 3] = UInt8(0x80 | v & 0x3F)
        count += 4
      }
    }

    /// The scalar folded (`Normalizer.fold`), when it is not dropped. Arabic letters that fold
    /// to themselves are the common case and skip the fold table.
    @inline(__always)
    mutating func appendFolded(_ s: Unicode.Scalar) {
      let v = s.value
      if v >= 0x0624 && v <= 0x063A && v != 0x0625 && v != 0x0629 || v >= 0x0641 && v <= 0x0648 {
        append(s)
      } else if let f = Normalizer.fold(s) {
        append(f)
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

  @inline(__always)
  static func isSpace(_ s: Unicode.Scalar) -> Bool {
    let v = s.value
    if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
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
