/// A few folded words kept as one run of bytes, for testing a word against all of them by its
/// bytes: no String of the list is read (each read retained and released it), and most words
/// are ruled out by their length alone.
///
/// Only for words compared by bytes: folded words of plain letters, which no other UTF-8
/// spelling equals under canonical equivalence.
struct ByteWords: Sendable {
  /// The words' bytes, one after another.
  private let bytes: [UInt8]
  /// Word k is `bytes[ends[k - 1]..<ends[k]]` (from 0 for the first).
  private let ends: [Int]
  /// Bit n: some word has n bytes (n < 64); a longer word sets `anyLong`.
  private let lengths: UInt64
  private let anyLong: Bool

  init(_ words: [String]) {
    var bytes: [UInt8] = []
    var ends: [Int] = []
    var lengths: UInt64 = 0
    var anyLong = false
    for w in words {
      bytes.append(contentsOf: w.utf8)
      ends.append(bytes.count)
      let n = w.utf8.count
      if n < 64 { lengths |= 1 << UInt64(n) } else { anyLong = true }
    }
    self.bytes = bytes
    self.ends = ends
    self.lengths = lengths
    self.anyLong = anyLong
  }

  /// Whether `word` has the bytes of one of the words.
  @inline(__always)
  func contains(_ word: String) -> Bool {
    word.withBytes { b in
      let n = b.count
      guard n < 64 ? lengths & (1 << UInt64(n)) != 0 : anyLong else { return false }
      return matches(b)
    }
  }

  /// `contains` of bytes `b` whose length some word has.
  private func matches(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
    bytes.withUnsafeBufferPointer { all in
      var start = 0
      for end in ends {
        if end - start == b.count,
          bytesEqual(all.baseAddress.map { $0 + start }, b.baseAddress, b.count)
        {
          return true
        }
        start = end
      }
      return false
    }
  }
}
