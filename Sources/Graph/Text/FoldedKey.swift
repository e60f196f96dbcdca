import Foundation

/// A dictionary key for folded words that hashes and compares their UTF-8 bytes.
///
/// Swift's `String` hashes and compares by canonical equivalence, which normalises non-ASCII
/// text on every look-up; folded words are already in one form, so bytes are enough and much
/// faster for Arabic.
public struct FoldedKey: Hashable, Sendable {
  public let string: String

  @inline(__always)
  public init(_ string: String) {
    var s = string
    s.makeContiguousUTF8()
    self.string = s
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(bytesHash)
  }

  /// What sets and dictionaries hash the key by: `bytesHash` mixed with their seed, without a
  /// `Hasher` (whose byte hashing and finalisation cost some 150 instructions a look-up).
  public func _rawHashValue(seed: Int) -> Int {
    var h = bytesHash ^ UInt64(truncatingIfNeeded: seed) &* 0x9E37_79B9_7F4A_7C15
    // The finalisation of MurmurHash3 (fmix64).
    h ^= h >> 33
    h = h &* 0xFF51_AFD7_ED55_8CCD
    h ^= h >> 33
    h = h &* 0xC4CE_B9FE_1A85_EC53
    h ^= h >> 33
    return Int(truncatingIfNeeded: h)
  }

  /// A 64-bit hash of the UTF-8 bytes, eight at a time.
  @inline(__always)
  var bytesHash: UInt64 {
    string.withBytes { Self.bytesHash($0) }
  }

  /// A 64-bit hash of the bytes `b`, eight at a time (`bytesHash` of a key; `WordStore` hashes
  /// the words it keeps by it too).
  @inline(__always)
  static func bytesHash(_ b: UnsafeBufferPointer<UInt8>) -> UInt64 {
    let n = b.count
    var h = UInt64(truncatingIfNeeded: n) &* 0x9E37_79B9_7F4A_7C15
    guard let p = b.baseAddress else { return h }
    let raw = UnsafeRawPointer(p)
    var i = 0
    while i + 8 <= n {
      h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
      h ^= h >> 29
      i += 8
    }
    if i < n {
      // The last one to seven bytes, byte k at bit 8k as they were gathered one at a time:
      // read four, two and one at a time (little-endian loads).
      var last: UInt64 = 0
      var shift: UInt64 = 0
      if n - i >= 4 {
        last = UInt64(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt32.self)))
        shift = 32
        i += 4
      }
      if n - i >= 2 {
        last |=
          UInt64(UInt16(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt16.self)))
          << shift
        shift += 16
        i += 2
      }
      if i < n { last |= UInt64(p[i]) << shift }
      h = (h ^ last) &* 0xFF51_AFD7_ED55_8CCD
      h ^= h >> 29
    }
    return h
  }

  /// (The byte counts are compared first, without reading the bytes: a native String keeps its
  /// count, and most keys a table look-up compares with have another length.)
  public static func == (a: FoldedKey, b: FoldedKey) -> Bool {
    a.string.utf8.count == b.string.utf8.count && a.string.sameBytes(b.string)
  }
}

extension String {
  /// Byte equality, for folded words (no Unicode normalisation).
  @inline(__always)
  func sameBytes(_ other: String) -> Bool {
    withBytes { a in
      other.withBytes { b in a.count == b.count && bytesEqual(a.baseAddress, b.baseAddress, a.count)
      }
    }
  }

  /// `utf8.lexicographicallyPrecedes(other.utf8)`, by `memcmp`.
  func bytesPrecede(_ other: String) -> Bool {
    withBytes { a in other.withBytes { b in Graph.bytesPrecede(a, b) } }
  }

  /// `hasPrefix` by UTF-8 bytes, for folded words and proclitics (plain letters, no combining
  /// marks, so bytes and Characters agree) without String's grapheme and normalisation work.
  @inline(__always)
  func hasBytePrefix(_ prefix: String) -> Bool {
    withBytes { a in
      prefix.withBytes { p in
        a.count >= p.count && bytesEqual(a.baseAddress, p.baseAddress, p.count)
      }
    }
  }

  /// `hasBytePrefix` of the one two-byte letter `b0 b1` (an Arabic letter: و is D9 88), the
  /// letter's bytes written out: no String is read for it, and an empty String (a proclitic,
  /// mostly) is told at once.
  @inline(__always)
  func startsWithLetter(_ b0: UInt8, _ b1: UInt8) -> Bool {
    !isEmpty && withBytes { $0.count >= 2 && $0[0] == b0 && $0[1] == b1 }
  }

  /// `hasSuffix` by UTF-8 bytes (see `hasBytePrefix`).
  @inline(__always)
  func hasByteSuffix(_ suffix: String) -> Bool {
    withBytes { a in
      suffix.withBytes { p in
        a.count >= p.count
          && bytesEqual(a.baseAddress.map { $0 + (a.count - p.count) }, p.baseAddress, p.count)
      }
    }
  }

  /// True when the UTF-8 bytes of `infix` occur in the String's (see `hasBytePrefix`), without
  /// Foundation's search.
  func hasByteInfix(_ infix: String) -> Bool {
    withBytes { a in
      infix.withBytes { p in
        guard p.count <= a.count, let pa = a.baseAddress else { return p.isEmpty }
        guard !p.isEmpty, let pp = p.baseAddress else { return true }
        // The infix's first and last bytes are compared before `memcmp` is called: a call at
        // every start cost some 30 instructions, and most starts fail on these two bytes.
        let first = pp[0]
        let lastAt = p.count - 1
        let last = pp[lastAt]
        for start in 0...(a.count - p.count)
        where pa[start] == first && pa[start + lastAt] == last
          && bytesEqual(pa + start, pp, p.count)
        {
          return true
        }
        return false
      }
    }
  }

  /// True when the String has the scalar `v` (for proclitics: plain letters, so the same as
  /// looking for the one-letter String, without Foundation's search).
  @inline(__always)
  func containsScalar(_ v: UInt32) -> Bool { unicodeScalars.contains { $0.value == v } }

  /// `String(unicodeScalars.dropFirst(n))`, cut on the UTF-8 bytes: the bytes after the first
  /// `n` scalars (all of them when there are fewer), copied without another check.
  func droppingScalars(_ n: Int) -> String {
    withBytes { b in
      var k = 0
      var dropped = 0
      while k < b.count && dropped < n {
        k += 1
        while k < b.count && b[k] & 0xC0 == 0x80 { k += 1 }
        dropped += 1
      }
      return String(validUTF8: UnsafeBufferPointer(rebasing: b[k...]))
    }
  }

  /// `unicodeScalars.count`, counted on the UTF-8 bytes (those that start a scalar, no
  /// continuation byte 10xxxxxx): the scalar view's count walked the String scalar by scalar,
  /// validating each index.
  var scalarCount: Int {
    withBytes { b in
      var n = 0
      for c in b where c & 0xC0 != 0x80 { n += 1 }
      return n
    }
  }

  /// Calls `body` with the String's UTF-8 bytes (in place for native Strings, small ones
  /// included; copied otherwise).
  @inline(__always)
  func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    if let r = utf8.withContiguousStorageIfAvailable(body) { return r }
    return ContiguousArray(utf8).withUnsafeBufferPointer(body)
  }
}

/// True when `a[0..<n]` and `b[0..<n]` hold the same bytes (a nil pointer only with `n` 0).
@inline(__always)
func bytesEqual(_ a: UnsafePointer<UInt8>?, _ b: UnsafePointer<UInt8>?, _ n: Int) -> Bool {
  guard n > 0 else { return true }
  guard let a, let b else { return false }
  return memcmp(a, b, n) == 0
}

/// `a.lexicographicallyPrecedes(b)` for bytes, by `memcmp`.
@inline(__always)
func bytesPrecede(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
  let n = Swift.min(a.count, b.count)
  if n > 0, let pa = a.baseAddress, let pb = b.baseAddress {
    let c = memcmp(pa, pb, n)
    if c != 0 { return c < 0 }
  }
  return a.count < b.count
}
