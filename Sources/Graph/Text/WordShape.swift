/// The byte lengths and first bytes of a small set of words, to rule out most other words
/// before the set is asked (which hashes the word): a word whose length or first byte no word
/// of the set has is not in it.
///
/// Only for sets of words that no other UTF-8 spelling equals as a `String` (canonical
/// equivalence): plain lower-case ASCII words, as the English rule lists are, or folded
/// Arabic. A word of 64 bytes or more is always let through.
struct WordShape: Sendable {
  /// Bit n: a word of n bytes (n < 64).
  private var lengths: UInt64 = 0
  /// Bit b of the four: a word starting with byte b.
  private var firsts: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
  private var anyLong = false

  init(_ words: some Sequence<String>) {
    for w in words {
      let u = w.utf8
      if u.count < 64 { lengths |= 1 << UInt64(u.count) } else { anyLong = true }
      guard let c = u.first else { continue }
      let bit = UInt64(1) << UInt64(c & 63)
      switch c >> 6 {
      case 0: firsts.0 |= bit
      case 1: firsts.1 |= bit
      case 2: firsts.2 |= bit
      default: firsts.3 |= bit
      }
    }
  }

  /// False when no word of the set has `word`'s length and first byte.
  @inline(__always)
  func mayContain(_ word: String) -> Bool {
    let u = word.utf8
    let n = u.count
    if n >= 64 { return anyLong }
    guard lengths & (1 << UInt64(n)) != 0 else { return false }
    guard let c = u.first else { return true }
    let bit = UInt64(1) << UInt64(c & 63)
    switch c >> 6 {
    case 0: return firsts.0 & bit != 0
    case 1: return firsts.1 & bit != 0
    case 2: return firsts.2 & bit != 0
    default: return firsts.3 & bit != 0
    }
  }
}
