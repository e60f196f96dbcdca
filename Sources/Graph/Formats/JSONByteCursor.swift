/// A reading position in the bytes of one JSON line, with the two steps the byte parsers of
/// JSON lines share (documents in `JSONLine`, gazetteer entries in `GazetteerLine`).
protocol JSONByteCursor {
  var b: UnsafeBufferPointer<UInt8> { get }
  var i: Int { get set }
  /// Whether `b` is known to be valid UTF-8 (the bytes of a String, or checked): strings are
  /// then cut from it without checking their bytes again (`plainString`).
  var bytesAreValidUTF8: Bool { get }
}

extension JSONByteCursor {
  var bytesAreValidUTF8: Bool { false }

  /// Skips JSON whitespace (space, tab, line feed, carriage return).
  mutating func ws() {
    while i < b.count, b[i] == 0x20 || b[i] == 0x09 || b[i] == 0x0A || b[i] == 0x0D { i += 1 }
  }

  /// Steps over byte `c` if it is next.
  @inline(__always)
  mutating func eat(_ c: UInt8) -> Bool {
    guard i < b.count, b[i] == c else { return false }
    i += 1
    return true
  }

  /// The high bit of each of the eight bytes of `w` that may be a quote, a backslash or a
  /// control character (exact for whether any is).
  @inline(__always)
  static func special(_ w: UInt64) -> UInt64 {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let high: UInt64 = 0x8080_8080_8080_8080
    let q = w ^ (0x22 &* ones)
    let s = w ^ (0x5C &* ones)
    return ((q &- ones) & ~q | (s &- ones) & ~s | (w &- 0x20 &* ones) & ~w) & high
  }

  /// The bytes of a string that has no escapes or control characters, the cursor past its
  /// closing quote; nil otherwise (a parser then hands the line to a full decoder).
  mutating func plainStringRange() -> Range<Int>? {
    guard eat(0x22) else { return nil }
    let start = i
    // Eight plain bytes at a time (no quote, backslash or control character), then byte by byte
    // from the first word that may hold one.
    if let base = b.baseAddress {
      while i + 8 <= b.count {
        if Self.special(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)) != 0 { break }
        i += 8
      }
    }
    while i < b.count {
      let c = b[i]
      if c == 0x22 {
        i += 1
        return start..<(i - 1)
      }
      if c == 0x5C || c < 0x20 { return nil }
      i += 1
    }
    return nil
  }

  /// `plainStringRange()` as a String.
  mutating func plainString() -> String? {
    guard let r = plainStringRange() else { return nil }
    // (A cut of valid UTF-8 at two quotes is valid: made without the check when `b` is.)
    if bytesAreValidUTF8 { return String(validUTF8: UnsafeBufferPointer(rebasing: b[r])) }
    return String(decoding: UnsafeBufferPointer(rebasing: b[r]), as: UTF8.self)
  }

  /// A list of `plainString()`s, the cursor past its "]"; nil when any item is not plain.
  mutating func plainStrings() -> [String]? {
    guard eat(0x5B) else { return nil }  // [
    var out: [String] = []
    // Room for them all at once: half the quotes before the first "]" (fewer when a string
    // holds one; the list then grows as it would anyway).
    var quotes = 0
    var k = i
    while k < b.count, b[k] != 0x5D {
      if b[k] == 0x22 { quotes += 1 }
      k += 1
    }
    out.reserveCapacity(quotes / 2)
    ws()
    if eat(0x5D) { return out }
    while true {
      ws()
      guard let s = plainString() else { return nil }
      out.append(s)
      ws()
      if eat(0x5D) { return out }
      guard eat(0x2C) else { return nil }
    }
  }

  /// Steps over ASCII digits; how many there were.
  mutating func skipDigits() -> Int {
    var n = 0
    while i < b.count, b[i] >= 0x30 && b[i] <= 0x39 {
      i += 1
      n += 1
    }
    return n
  }
}
