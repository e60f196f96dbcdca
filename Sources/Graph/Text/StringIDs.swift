/// Dense ids (0, 1, 2, ... in order of first appearance) for strings equal as Strings are
/// (canonical equivalence), found by their UTF-8 bytes while every string is plain NFC.
///
/// A plain string (ASCII, Latin up to U+02FF, Arabic letters and digits without marks) is in
/// NFC, and two NFC strings are equal as Strings exactly when their bytes are: such strings are
/// found in a `ByteTable` without String hashing. Once a string that is not plain comes, every
/// string is looked up as a String from then on, so the ids are always String equality's.
struct StringIDs {
  private var table = ByteTable()
  /// Set once a string that is not plain has come (then the only table in use).
  private var strings: [String: Int32]?

  var count: Int { strings?.count ?? table.count }

  /// Room for `count` strings of `bytes` bytes in all, made at once.
  mutating func reserveCapacity(_ count: Int, bytes: Int) {
    table.reserveCapacity(words: count, bytes: bytes)
  }

  /// The id of the string with UTF-8 bytes `bytes`, a new one (`count` before) when it is new.
  mutating func id(_ bytes: [UInt8]) -> Int32 {
    if strings == nil && Self.isPlain(bytes) { return table.insert(bytes) }
    if strings == nil {
      var all: [String: Int32] = [:]
      all.reserveCapacity(table.count + 1)
      for k in 0..<table.count { all[table.string(Int32(k))] = Int32(k) }
      strings = all
    }
    let s = String(decoding: bytes, as: UTF8.self)
    if let id = strings?[s] { return id }
    let id = Int32(strings?.count ?? 0)
    strings?[s] = id
    return id
  }

  /// True when the UTF-8 `bytes` hold only scalars below U+0300 or Arabic-block scalars
  /// (U+0600–U+06FF) of combining class 0: such text is in NFC (Unicode's quick check says yes
  /// for it), whatever the order.
  static func isPlain(_ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBufferPointer { isPlain(buffer: $0) }
  }

  /// `isPlain` of a String's UTF-8 bytes, read in place.
  static func isPlain(_ s: String) -> Bool { s.withBytes { isPlain(buffer: $0) } }

  private static func isPlain(buffer bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var k = 0
    let n = bytes.count
    while k < n {
      let b = bytes[k]
      if b < 0x80 {
        k += 1
        continue
      }
      guard k + 1 < n else { return false }
      let c = bytes[k + 1]
      // Two-byte forms only: lead 0xC2–0xCB is U+0080–U+02FF, 0xD8–0xDB is U+0600–U+06FF.
      guard c & 0xC0 == 0x80 else { return false }
      if b >= 0xC2 && b <= 0xCB {
        k += 2
        continue
      }
      guard b >= 0xD8 && b <= 0xDB else { return false }
      let v = (UInt32(b & 0x1F) << 6) | UInt32(c & 0x3F)
      switch v {
      case 0x0610...0x061A, 0x064B...0x065F, 0x0670, 0x06D6...0x06DC, 0x06DF...0x06E4,
        0x06E7...0x06E8, 0x06EA...0x06ED:
        return false
      default: k += 2
      }
    }
    return true
  }
}
