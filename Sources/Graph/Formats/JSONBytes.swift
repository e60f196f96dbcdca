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
      for k in 0..<b.count {
        let c = b[k]
        guard c < 0x20 || c == 0x22 || c == 0x5C else { continue }
        if k > run { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: b[run..<k])) }
        run = k + 1
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

  mutating func int(_ v: Int) {
    bytes.append(contentsOf: String(v).utf8)
  }

  mutating func bool(_ v: Bool) {
    if v { raw("true") } else { raw("false") }
  }

  /// A finite double, shortest round-trip form without a trailing ".0" ("1", "0.72", "1e-07").
  mutating func double(_ v: Double) {
    var s = v.description
    if s.hasSuffix(".0") { s.removeLast(2) }
    bytes.append(contentsOf: s.utf8)
  }
}
