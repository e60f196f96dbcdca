/// Validates UTF-8 byte ranges as Swift's own decoder does (shortest forms only, no surrogates,
/// nothing above U+10FFFF), ASCII and two-byte sequences sixteen or eight bytes at a time.
enum UTF8Check {
  /// The offset of the first byte of the first invalid sequence in `p[0..<n]`, or nil. With
  /// `final == false` a sequence cut off by the end is not an error: `complete` is then where it
  /// starts, so the caller can prepend those bytes to the next range.
  static func firstInvalid(_ p: UnsafePointer<UInt8>, _ n: Int, final: Bool = true) -> (
    invalid: Int?, complete: Int
  ) {
    var i = 0
    while i < n {
      // ASCII and two-byte sequences (Arabic, accented Latin), many bytes at a time;
      // anything else (three- and four-byte sequences, errors) is left to the byte-by-byte code
      // below, from the start of its sequence.
      i = Self.skipTwoByteText(p, i, n)
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

  /// The end of the run of ASCII bytes and valid two-byte sequences (lead C2...DF) that starts
  /// at `start` (the start of a sequence) in `p[0..<n]`: the start of the sequence where the run
  /// ends, or a place near `n` from which the caller reads the rest. Sixteen bytes at a time
  /// (`sixteenValid`), then eight (`wordErrors`).
  @inline(__always)
  static func skipTwoByteText(_ p: UnsafePointer<UInt8>, _ start: Int, _ n: Int) -> Int {
    let raw = UnsafeRawPointer(p)
    var i = start
    // (Offsets stay below `n`: no overflow checks.)
    if i == 0 && n >= 24 {
      // The first word alone (no byte before it for `sixteenValid`), when it ends in no lead.
      let w = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
      if Self.wordErrors(w, 0).bad == 0 && w & 0x8000_0000_0000_0000 == 0 { i = 8 }
    }
    // 0x80 (bit 7 of byte 0) when the bytes read so far end in a lead byte: the next word must
    // open with its continuation byte.
    var pending: UInt64 = 0
    if i > 0 && i &+ 16 <= n {
      while i &+ 16 <= n && Self.sixteenValid(raw + i) { i &+= 16 }
      pending = p[i &- 1] & 0xE0 == 0xC0 ? 0x80 : 0
    }
    while i &+ 8 <= n {
      let w = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
      let (bad, lead) = Self.wordErrors(w, pending)
      if bad != 0 { break }
      pending = lead &>> 56
      i &+= 8
    }
    // A lead byte whose continuation was not read (or did not match) is left to the caller.
    return pending != 0 ? i &- 1 : i
  }

  /// Whether the sixteen bytes at `q` (after at least one byte of the range, at `q - 1`) are
  /// ASCII or parts of two-byte sequences with lead C2...DF, a lead in the last place allowed:
  /// each byte told against the byte before it, read as the same sixteen bytes one place
  /// earlier. (About a third of the instructions of two `wordErrors`.)
  @inline(__always)
  static func sixteenValid(_ q: UnsafeRawPointer) -> Bool {
    let v = q.loadUnaligned(as: SIMD16<UInt8>.self)
    let before = (q - 1).loadUnaligned(as: SIMD16<UInt8>.self)
    let e0 = SIMD16<UInt8>(repeating: 0xE0)
    let c0 = SIMD16<UInt8>(repeating: 0xC0)
    // A byte from 0xE0 up or an overlong lead (C0, C1); a continuation byte where the byte before
    // is no lead byte (C0...DF), or none where it is.
    let bad =
      ((v & e0) .== e0) .| ((v & SIMD16<UInt8>(repeating: 0xFE)) .== c0)
      .| (((v & c0) .== SIMD16<UInt8>(repeating: 0x80)) .^ ((before & e0) .== c0))
    // (The mask's lanes read as two words: `any(bad)` was a call.)
    let lanes = unsafeBitCast(bad, to: SIMD2<UInt64>.self)
    return lanes[0] | lanes[1] == 0
  }

  /// Bit 7 of each byte.
  @inline(__always)
  static var high: UInt64 { 0x8080_8080_8080_8080 }

  /// For the eight bytes of `w` (the first in its low byte), after a word that left `pending`
  /// (0x80: it ended in a lead byte, whose continuation byte must open `w`; else 0): nonzero
  /// `bad` unless every byte is ASCII or part of a two-byte sequence with lead C2...DF, a lead in
  /// the last place allowed; `lead`, bit 7 of each lead byte.
  @inline(__always)
  static func wordErrors(_ w: UInt64, _ pending: UInt64) -> (bad: UInt64, lead: UInt64) {
    let b7 = w & Self.high
    // Bits 6 and 5 of each byte, moved to its bit 7.
    let b6 = (w &<< 1) & Self.high
    let b5 = (w &<< 2) & Self.high
    let lead = b7 & b6  // 0xC0...0xFF
    let cont = b7 & ~b6  // 0x80...0xBF
    // 0xC0 and 0xC1 (overlong) have bits 4...1 clear.
    let low = w & 0x1E1E_1E1E_1E1E_1E1E
    let nonzero = ((low &+ 0x7F7F_7F7F_7F7F_7F7F) | low) & Self.high
    // A byte from 0xE0 up, an overlong lead, or a continuation byte that does not follow a lead
    // byte (or a lead byte, but the last, not followed by one).
    let bad = (lead & b5) | (lead & ~nonzero) | ((lead &<< 8 | pending) ^ cont)
    return (bad, lead)
  }
}
