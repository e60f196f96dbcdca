/// Writes JSON into a byte buffer exactly as Foundation's `JSONEncoder` with
/// `[.sortedKeys, .withoutEscapingSlashes]` writes it (same escapes, same number forms), without
/// its per-value boxing. Callers write the keys in sorted order themselves.
struct JSONBytes {
  var bytes: [UInt8] = []
  private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

  @inline(__always)
  mutating func raw(_ s: StaticString) {
    s.withUTF8Buffer { bytes.append(contentsOf: $0) }
  }

  /// A string value: `"` and `\` escaped, control characters as \b \t \n \f \r or \u00xx;
  /// everything else (including `/` and non-ASCII) as is.
  mutating func string(_ s: String) {
    bytes.append(0x22)
    var s = s
    s.withUTF8 { b in
      var run = 0  // start of the bytes not yet copied
      var k = 0
      while k < b.count {
        // Eight bytes at a time while none of them needs an escape (most text), in a loop of
        // its own.
        if let base = b.baseAddress {
          while k + 8 <= b.count,
            !Self.mayNeedEscape(UnsafeRawPointer(base + k).loadUnaligned(as: UInt64.self))
          {
            k += 8
          }
          guard k < b.count else { break }
        }
        let c = b[k]
        k += 1
        guard c < 0x20 || c == 0x22 || c == 0x5C else { continue }
        let at = k - 1
        if at > run { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: b[run..<at])) }
        run = at + 1
        bytes.append(0x5C)
        switch c {
        case 0x22: bytes.append(0x22)
        case 0x5C: bytes.append(0x5C)
        case 0x08: bytes.append(0x62)  // b
        case 0x09: bytes.append(0x74)  // t
        case 0x0A: bytes.append(0x6E)  // n
        case 0x0C: bytes.append(0x66)  // f
        case 0x0D: bytes.append(0x72)  // r
        default:
          bytes.append(contentsOf: [
            0x75, 0x30, 0x30, Self.hex[Int(c >> 4)], Self.hex[Int(c & 0xF)],
          ])
        }
      }
      if b.count > run { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: b[run..<b.count])) }
    }
    bytes.append(0x22)
  }

  /// True when one of the eight bytes in `x` may be below 0x20, `"` or `\`; false only when
  /// none is (the byte tests of "Bit Twiddling Hacks": `hasless` and `haszero`, exact for
  /// whether any byte matches).
  @inline(__always)
  static func mayNeedEscape(_ x: UInt64) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let high: UInt64 = 0x8080_8080_8080_8080
    let control = (x &- ones &* 0x20) & ~x & high
    let q = x ^ (ones &* 0x22)
    let quote = (q &- ones) & ~q & high
    let bs = x ^ (ones &* 0x5C)
    let backslash = (bs &- ones) & ~bs & high
    return control | quote | backslash != 0
  }

  /// `v` in decimal, as `String(v)` writes it, without making the String.
  mutating func int(_ v: Int) {
    // Digits from the end of a 20-byte buffer (Int.min has 19 digits and a sign).
    var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
    withUnsafeMutableBytes(of: &digits) { buf in
      var k = 20
      var m = v.magnitude
      repeat {
        k -= 1
        buf[k] = UInt8(truncatingIfNeeded: 0x30 + m % 10)
        m /= 10
      } while m > 0
      if v < 0 {
        k -= 1
        buf[k] = 0x2D
      }
      bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: buf[k..<20]))
    }
  }

  mutating func bool(_ v: Bool) {
    if v { raw("true") } else { raw("false") }
  }

  /// A finite double, shortest round-trip form without a trailing ".0" ("1", "0.72", "1e-07").
  mutating func double(_ v: Double) {
    // Hundredths in (0, 1] (the confidences): written from their two digits, as `description`
    // writes them ("0.75", "0.7", "0.05", "1"), without making the String.
    if v > 0, v <= 1 {
      let k = (v * 100).rounded()
      if k / 100 == v {
        let n = Int(k)
        if n == 100 {
          bytes.append(0x31)
        } else {
          bytes.append(0x30)
          bytes.append(0x2E)
          bytes.append(UInt8(truncatingIfNeeded: 0x30 + n / 10))
          if n % 10 != 0 { bytes.append(UInt8(truncatingIfNeeded: 0x30 + n % 10)) }
        }
        return
      }
    }
    var s = v.description
    if s.hasSuffix(".0") { s.removeLast(2) }
    bytes.append(contentsOf: s.utf8)
  }
}
