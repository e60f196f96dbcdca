/// Validates UTF-8 byte ranges as Swift's own decoder does (shortest forms only, no surrogates,
/// nothing above U+10FFFF), eight ASCII bytes at a time.
enum UTF8Check {
  /// The offset of the first byte of the first invalid sequence in `p[0..<n]`, or nil. With
  /// `final == false` a sequence cut off by the end is not an error: `complete` is then where it
  /// starts, so the caller can prepend those bytes to the next range.
  static func firstInvalid(_ p: UnsafePointer<UInt8>, _ n: Int, final: Bool = true) -> (
    invalid: Int?, complete: Int
  ) {
    var i = 0
    while i < n {
      // ASCII and two-byte sequences (Arabic, accented Latin), a word at a time; anything else
      // (three- and four-byte sequences, errors) is left to the byte-by-byte code below.
      while i + 8 <= n {
        let w = UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self)
        let high: UInt64 = 0x8080_8080_8080_8080
        let b7 = w & high
        if b7 == 0 {
          i += 8
          continue
        }
        // Bits 6 and 5 of each byte, moved to its bit 7.
        let b6 = (w << 1) & high
        let b5 = (w << 2) & high
        if b7 & b6 & b5 != 0 { break }  // a byte >= 0xE0
        let lead = b7 & b6  // 0xC0...0xDF
        let cont = b7 & ~b6  // 0x80...0xBF
        // 0xC0 and 0xC1 (overlong) have bits 4...1 clear.
        let low = w & 0x1E1E_1E1E_1E1E_1E1E
        let nonzero = ((low &+ 0x7F7F_7F7F_7F7F_7F7F) | low) & high
        if lead & ~nonzero != 0 { break }
        // Each continuation byte follows a lead byte, and each lead byte but the last is followed
        // by one; a lead byte in the last place is left for the next word.
        let trailingLead = lead >> 56 != 0
        if lead << 8 != cont { break }
        if !trailingLead {
          i += 8
        } else if i + 9 <= n, p[i + 8] & 0xC0 == 0x80 {
          // (The lead byte's continuation, the next word's first byte, read here: the next word
          // starts after the sequence, not at its lead byte.)
          i += 9
        } else {
          i += 7
        }
      }
      guard i < n else { break }
      let c = p[i]
      if c < 0x80 {
        i += 1
        continue
      }
      // Two-byte sequences (Arabic, accented Latin) directly.
      if c >= 0xC2 && c <= 0xDF {
        guard i + 1 < n else { return final ? (i, i) : (nil, i) }
        guard p[i + 1] & 0xC0 == 0x80 else { return (i, i) }
        i += 2
        continue
      }
      let need: Int
      var lo: UInt8 = 0x80
      var hi: UInt8 = 0xBF
      switch c {
      case 0xC2...0xDF: need = 1
      case 0xE0:
        need = 2
        lo = 0xA0
      case 0xE1...0xEC, 0xEE...0xEF: need = 2
      case 0xED:
        need = 2
        hi = 0x9F
      case 0xF0:
        need = 3
        lo = 0x90
      case 0xF1...0xF3: need = 3
      case 0xF4:
        need = 3
        hi = 0x8F
      default: return (i, i)
      }
      // The second byte has the narrowed range; the others are plain continuation bytes.
      for k in 1...need {
        guard i + k < n else { return final ? (i, i) : (nil, i) }
        let b = p[i + k]
        if k == 1 {
          if b < lo || b > hi { return (i, i) }
        } else if b & 0xC0 != 0x80 {
          return (i, i)
        }
      }
      i += need + 1
    }
    return (nil, n)
  }
}
