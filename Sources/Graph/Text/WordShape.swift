/// The byte lengths, first bytes and last bytes of a small set of words, to rule out most other
/// words before the set is asked (which hashes the word): a word whose length, first byte or
/// last byte no word of the set has is not in it.
///
/// Only for sets compared by bytes (`FoldedKey`), or sets of `String`s that no other UTF-8
/// spelling equals under canonical equivalence: plain lower-case ASCII words, as the English
/// rule lists are. A word of 64 bytes or more is always let through.
struct WordShape: Sendable {
  /// Bit n: a word of n bytes (n < 64).
  private var lengths: UInt64 = 0
  /// Bit b: a word starting (`firsts`) or ending (`lasts`) with byte b.
  private var firsts = ByteBits()
  private var lasts = ByteBits()
  private var anyLong = false

  /// 256 bits, one a byte value.
  private struct ByteBits {
    var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    mutating func insert(_ c: UInt8) {
      let bit = UInt64(1) << UInt64(c & 63)
      switch c >> 6 {
      case 0: words.0 |= bit
      case 1: words.1 |= bit
      case 2: words.2 |= bit
      default: words.3 |= bit
      }
    }

    @inline(__always)
    func contains(_ c: UInt8) -> Bool {
      let bit = UInt64(1) << UInt64(c & 63)
      switch c >> 6 {
      case 0: return words.0 & bit != 0
      case 1: return words.1 & bit != 0
      case 2: return words.2 & bit != 0
      default: return words.3 & bit != 0
      }
    }
  }

  init(_ words: some Sequence<String>) {
    for w in words {
      w.withBytes { b in
        if b.count < 64 { lengths |= 1 << UInt64(b.count) } else { anyLong = true }
        guard let first = b.first, let last = b.last else { return }
        firsts.insert(first)
        lasts.insert(last)
      }
    }
  }

  /// False when no word of the set has `word`'s length, first byte and last byte.
  @inline(__always)
  func mayContain(_ word: String) -> Bool {
    word.withBytes { b in
      let n = b.count
      if n >= 64 { return anyLong }
      guard lengths & (1 << UInt64(n)) != 0 else { return false }
      guard let first = b.first, let last = b.last else { return true }
      return firsts.contains(first) && lasts.contains(last)
    }
  }
}
