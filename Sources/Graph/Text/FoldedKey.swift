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
    string.withBytes { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
  }

  public static func == (a: FoldedKey, b: FoldedKey) -> Bool {
    a.string.sameBytes(b.string)
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

  /// True when the String has the scalar `v` (for proclitics: plain letters, so the same as
  /// looking for the one-letter String, without Foundation's search).
  @inline(__always)
  func containsScalar(_ v: UInt32) -> Bool { unicodeScalars.contains { $0.value == v } }

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
