/// Folds text into the form the dictionaries are matched in, one Unicode scalar at a time.
///
/// Arabic: tashkeel (U+064B–U+0652, U+0670) and tatweel (U+0640) are dropped; أ إ آ ٱ → ا;
/// ى → ي; ة → ه; ک → ك; ی → ي; ؤ ئ are kept. Latin letters are lower-cased (ASCII and Latin-1,
/// with common accents folded: ğ → g, ş → s, ü → u, é → e, ...). Everything else is kept as is.
public enum Normalizer {
  /// The folded scalar, or nil when the scalar is dropped.
  @inline(__always)
  public static func fold(_ s: Unicode.Scalar) -> Unicode.Scalar? {
    let v = s.value
    if v < 0x80 {
      if v >= 0x41 && v <= 0x5A { return Unicode.Scalar(v + 0x20) }
      return s
    }
    if v >= 0x0600 && v <= 0x06FF { return foldArabic(s) }
    switch v {
    case 0x200B...0x200F, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF: return nil
    default: break
    }
    if v >= 0xC0 && v <= 0x17F { return latinFold(v) ?? s }
    return s
  }

  /// `fold(s)` for a scalar of the Arabic block (U+0600...U+06FF), which the byte tokenizer
  /// calls for the letters it does not copy as they are.
  @inline(__always)
  static func foldArabic(_ s: Unicode.Scalar) -> Unicode.Scalar? {
    switch s.value {
    case 0x064B...0x0652, 0x0670, 0x0640: return nil
    case 0x0623, 0x0625, 0x0622, 0x0671: return "\u{0627}"
    case 0x0649, 0x06CC: return "\u{064A}"
    case 0x0629: return "\u{0647}"
    case 0x06A9: return "\u{0643}"
    default: return s
    }
  }

  private static func latinFold(_ v: UInt32) -> Unicode.Scalar? {
    switch v {
    case 0xC0...0xC5, 0xE0...0xE5, 0x100...0x105: return "a"
    case 0xC7, 0xE7, 0x106...0x10D: return "c"
    case 0xC8...0xCB, 0xE8...0xEB, 0x112...0x11B: return "e"
    case 0xCC...0xCF, 0xEC...0xEF, 0x128...0x131: return "i"
    case 0xD1, 0xF1, 0x143...0x148: return "n"
    case 0xD2...0xD6, 0xD8, 0xF2...0xF6, 0xF8, 0x14C...0x151: return "o"
    case 0xD9...0xDC, 0xF9...0xFC, 0x168...0x173: return "u"
    case 0xDD, 0xFD, 0xFF: return "y"
    case 0x11C...0x123: return "g"
    case 0x15A...0x161: return "s"
    case 0x179...0x17E: return "z"
    default: return nil
    }
  }

  /// Folds a whole string (used for dictionary entries).
  public static func normalize(_ text: String) -> String {
    // The folded scalars' UTF-8 written into one buffer (folding never makes a scalar longer
    // in UTF-8): appending them to a `String.UnicodeScalarView` cost some 300 instructions each.
    let n = text.utf8.count
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: n + 4) { space in
      guard let p = space.baseAddress else { return "" }
      var len = 0
      for s in text.unicodeScalars {
        if let f = fold(s) { len += ScalarText.writeUTF8(f, to: p + len) }
      }
      return String(validUTF8: UnsafeBufferPointer(start: p, count: len))
    }
  }

  /// True when `normalize(text)` has the UTF-8 bytes of `folded`, without making it.
  public static func normalizes(_ text: String, to folded: String) -> Bool {
    folded.withBytes { b in
      var k = 0
      for s in text.unicodeScalars {
        guard let f = fold(s) else { continue }
        var same = true
        UTF8.encode(f) { byte in
          if same { same = k < b.count && b[k] == byte }
          k += 1
        }
        if !same { return false }
      }
      return k == b.count
    }
  }

  /// True for Arabic-script letters (after folding).
  @inline(__always)
  public static func isArabicLetter(_ s: Unicode.Scalar) -> Bool {
    let v = s.value
    return (v >= 0x0621 && v <= 0x064A) || (v >= 0x0671 && v <= 0x06D3) || v == 0x06D5
  }
}
