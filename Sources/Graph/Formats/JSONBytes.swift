/// Writes JSON into a byte buffer exactly as Foundation's `JSONEncoder` with
/// `[.sortedKeys, .withoutEscapingSlashes]` writes it (same escapes, same number forms), without
/// its per-value boxing. Callers write the keys in sorted order themselves.
///
/// `Cursor` writes into memory with room made for it (`RelationsJSONL` writes a document's
/// lines so); `JSONBytes` itself grows an array as pieces come.
struct JSONBytes {
  /// The bytes written (`count` of them; the rest of `storage` is room, zeros).
  private var storage: [UInt8] = []
  private var count = 0
  private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

  /// The bytes written.
  var bytes: [UInt8] {
    count == storage.count ? storage : Array(storage[0..<count])
  }

  /// Makes room for at least `n` more bytes than are written (twice the bytes at least).
  private mutating func grow(_ n: Int) {
    let more = max(count + n, 2 * storage.count, 256) - storage.count
    storage.append(contentsOf: repeatElement(0, count: more))
  }

  /// Writes at most `n` bytes through a `Cursor`, in one access to the buffer: room is made
  /// once for all the pieces `body` writes, which must fit in `n` (the cursor does not check).
  @inline(__always)
  mutating func write(atMost n: Int, _ body: (inout Cursor) -> Void) {
    if count + n > storage.count { grow(n) }
    let at = count
    let written = storage.withUnsafeMutableBufferPointer { buffer in
      var cursor = Cursor(buffer.baseAddress.unsafelyUnwrapped + at)
      body(&cursor)
      return cursor.written
    }
    precondition(written <= n, "JSONBytes: more written than room was made for")
    count += written
  }

  mutating func raw(_ s: StaticString) {
    write(atMost: s.utf8CodeUnitCount) { $0.raw(s) }
  }

  /// A string value: `"` and `\` escaped, control characters as \b \t \n \f \r or \u00xx;
  /// everything else (including `/` and non-ASCII) as is.
  mutating func string(_ s: String) {
    write(atMost: Cursor.room(s)) { $0.string(s) }
  }

  /// `v` in decimal, as `String(v)` writes it.
  mutating func int(_ v: Int) {
    write(atMost: Cursor.intRoom) { $0.int(v) }
  }

  /// A finite double, shortest round-trip form without a trailing ".0" ("1", "0.72", "1e-07").
  mutating func double(_ v: Double) {
    write(atMost: Cursor.doubleRoom) { $0.double(v) }
  }

  /// Writes JSON pieces into memory with room made for them (by `write(atMost:_:)` or its
  /// owner), without checking for room: a piece takes at most its length (`raw`), `room(_:)`
  /// (`string`), `intRoom` or `doubleRoom`.
  struct Cursor {
    private let to: UnsafeMutablePointer<UInt8>
    /// The bytes written so far.
    private(set) var written = 0

    /// The most `int` writes: 19 digits and a sign.
    static let intRoom = 20
    /// The most `double` writes (its longest form, "-2.2250738585072014e-308", has 24 bytes).
    static let doubleRoom = 32

    /// The most `string` writes for `s`: the quotes and six bytes (\u00xx) for each of its bytes.
    @inline(__always)
    static func room(_ s: String) -> Int {
      6 * s.utf8.count + 2
    }

    /// Writes from `to` on (bytes of a trivial type: the memory need not be initialized).
    init(_ to: UnsafeMutablePointer<UInt8>) {
      self.to = to
    }

    @inline(__always)
    mutating func raw(_ s: StaticString) {
      s.withUTF8Buffer { write($0) }
    }

    /// Writes `b`.
    @inline(__always)
    private mutating func write(_ b: UnsafeBufferPointer<UInt8>) {
      guard let from = b.baseAddress else { return }
      (to + written).initialize(from: from, count: b.count)
      written += b.count
    }

    /// A string value (see `JSONBytes.string`).
    mutating func string(_ s: String) {
      // A String's bytes are read where they are (a copy made only for one without contiguous
      // UTF-8: `withUTF8` on a copy retained and released every String written).
      if s.utf8.withContiguousStorageIfAvailable({ string(utf8: $0) }) != nil { return }
      var s = s
      s.withUTF8 { string(utf8: $0) }
    }

    /// `string(_:)` of the UTF-8 bytes `b`.
    private mutating func string(utf8 b: UnsafeBufferPointer<UInt8>) {
      let to = self.to + written
      guard let base = b.baseAddress else {
        to[0] = 0x22
        to[1] = 0x22
        written += 2
        return
      }
      to[0] = 0x22
      var out = 1
      var run = 0  // start of the bytes not yet copied
      var k = JSONBytes.firstEscape(base, 0, b.count)
      while k < b.count {
        let c = base[k]
        let at = k
        k = JSONBytes.firstEscape(base, k + 1, b.count)
        if at > run {
          (to + out).initialize(from: base + run, count: at - run)
          out += at - run
        }
        run = at + 1
        to[out] = 0x5C
        out += 1
        let plain: UInt8
        switch c {
        case 0x22: plain = 0x22
        case 0x5C: plain = 0x5C
        case 0x08: plain = 0x62  // b
        case 0x09: plain = 0x74  // t
        case 0x0A: plain = 0x6E  // n
        case 0x0C: plain = 0x66  // f
        case 0x0D: plain = 0x72  // r
        default:
          to[out] = 0x75
          to[out + 1] = 0x30
          to[out + 2] = 0x30
          to[out + 3] = JSONBytes.hex[Int(c >> 4)]
          to[out + 4] = JSONBytes.hex[Int(c & 0xF)]
          out += 5
          continue
        }
        to[out] = plain
        out += 1
      }
      if b.count > run {
        (to + out).initialize(from: base + run, count: b.count - run)
        out += b.count - run
      }
      to[out] = 0x22
      written += out + 1
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
        guard let digitBase = buf.baseAddress else { return }
        UnsafeMutableRawPointer(to + written).copyMemory(from: digitBase + k, byteCount: 20 - k)
        written += 20 - k
      }
    }

    /// A finite double (see `JSONBytes.double`).
    mutating func double(_ v: Double) {
      // Hundredths in (0, 1] (the confidences): written from their two digits, as `description`
      // writes them ("0.75", "0.7", "0.05", "1"), without making the String.
      if v > 0, v <= 1 {
        let k = (v * 100).rounded()
        if k / 100 == v {
          let n = Int(k)
          let to = self.to + written
          if n == 100 {
            to[0] = 0x31
            written += 1
          } else {
            to[0] = 0x30
            to[1] = 0x2E
            to[2] = UInt8(truncatingIfNeeded: 0x30 + n / 10)
            if n % 10 != 0 {
              to[3] = UInt8(truncatingIfNeeded: 0x30 + n % 10)
              written += 4
            } else {
              written += 3
            }
          }
          return
        }
      }
      var s = v.description
      if s.hasSuffix(".0") { s.removeLast(2) }
      s.withUTF8 { write($0) }
    }
  }

  /// The offset of the first byte from `k` on in `p[0..<n]` that needs an escape (below 0x20,
  /// `"` or `\`), else `n`.
  @inline(__always)
  static func firstEscape(_ p: UnsafePointer<UInt8>, _ from: Int, _ n: Int) -> Int {
    var k = from
    // Sixteen, then eight bytes at a time (most text needs no escape); in a word that holds one,
    // the lowest flagged byte is the first (see `escapeBits`).
    while k + 16 <= n {
      let low = escapeBits(word(p + k))
      let high = escapeBits(word(p + k + 8))
      if low | high != 0 {
        return k + (low != 0 ? low.trailingZeroBitCount : 64 + high.trailingZeroBitCount) >> 3
      }
      k += 16
    }
    if k + 8 <= n {
      let bits = escapeBits(word(p + k))
      if bits != 0 { return k + bits.trailingZeroBitCount >> 3 }
      k += 8
    }
    guard k < n else { return n }
    // The last bytes: the last eight when they start at `from` or after (those before `k` were
    // found plain, so they flag nothing), else one at a time.
    if n - 8 >= from {
      let bits = escapeBits(word(p + n - 8))
      return bits == 0 ? n : n - 8 + bits.trailingZeroBitCount >> 3
    }
    while k < n {
      let c = p[k]
      if c < 0x20 || c == 0x22 || c == 0x5C { return k }
      k += 1
    }
    return n
  }

  /// The eight bytes at `p`, the first in the lowest bits.
  @inline(__always)
  static func word(_ p: UnsafePointer<UInt8>) -> UInt64 {
    UInt64(littleEndian: UnsafeRawPointer(p).loadUnaligned(as: UInt64.self))
  }

  /// True when one of the eight bytes in `x` may be below 0x20, `"` or `\`; false only when
  /// none is.
  @inline(__always)
  static func mayNeedEscape(_ x: UInt64) -> Bool {
    escapeBits(x) != 0
  }

  /// The high bit set in some byte of `x` when one of its eight bytes is below 0x20, `"` or `\`;
  /// zero when none is (the byte tests of "Bit Twiddling Hacks": `hasless` and `haszero`, exact
  /// for whether any byte matches). A byte flagged wrongly (by the borrow of a subtraction)
  /// always lies above one that matches, so the lowest flagged byte of a word read first byte
  /// lowest matches. The three tests share their last step: `"` and `\` are ASCII, so
  /// `~(x ^ c)` and `~x` have the same high bits.
  @inline(__always)
  static func escapeBits(_ x: UInt64) -> UInt64 {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let high: UInt64 = 0x8080_8080_8080_8080
    let control = x &- ones &* 0x20
    let quote = (x ^ (ones &* 0x22)) &- ones
    let backslash = (x ^ (ones &* 0x5C)) &- ones
    return (control | quote | backslash) & ~x & high
  }
}
