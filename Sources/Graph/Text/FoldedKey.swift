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
    var s = string
    s.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
  }

  public static func == (a: FoldedKey, b: FoldedKey) -> Bool {
    a.string.utf8.elementsEqual(b.string.utf8)
  }
}

extension String {
  /// Byte equality, for folded words (no Unicode normalisation).
  @inline(__always)
  func sameBytes(_ other: String) -> Bool { utf8.elementsEqual(other.utf8) }

  /// `hasPrefix` by UTF-8 bytes, for folded words and proclitics (plain letters, no combining
  /// marks, so bytes and Characters agree) without String's grapheme and normalisation work.
  @inline(__always)
  func hasBytePrefix(_ prefix: String) -> Bool { utf8.starts(with: prefix.utf8) }

  /// `hasSuffix` by UTF-8 bytes (see `hasBytePrefix`).
  @inline(__always)
  func hasByteSuffix(_ suffix: String) -> Bool {
    let a = utf8
    let n = suffix.utf8.count
    guard a.count >= n else { return false }
    return a[a.index(a.endIndex, offsetBy: -n)...].elementsEqual(suffix.utf8)
  }
}
