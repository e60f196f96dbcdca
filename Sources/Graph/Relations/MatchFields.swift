extension Array where Element == Lexicon.Match {
  /// `self[i].entry.relation`, read through the element's address: `self[i].entry.relation`
  /// copied the whole match (its entry's texts and two Strings) first and destroyed the copy
  /// after.
  @inline(__always)
  func relation(_ i: Int) -> RelationType? {
    // (Here and below, the bounds are checked against the buffer: `count` was left a call in
    // long callers.)
    return withUnsafeBufferPointer {
      precondition(i >= 0 && i < $0.count, "Index out of range")
      return $0.baseAddress.unsafelyUnwrapped[i].entry.relation
    }
  }

  /// `self[i].entry.frame`, read in place (see `relation(_:)`).
  @inline(__always)
  func frame(_ i: Int) -> CueFrame {
    return withUnsafeBufferPointer {
      precondition(i >= 0 && i < $0.count, "Index out of range")
      return $0.baseAddress.unsafelyUnwrapped[i].entry.frame
    }
  }

  /// `self[i].tokenStart`, read in place (see `relation(_:)`).
  @inline(__always)
  func tokenStart(_ i: Int) -> Int {
    return withUnsafeBufferPointer {
      precondition(i >= 0 && i < $0.count, "Index out of range")
      return $0.baseAddress.unsafelyUnwrapped[i].tokenStart
    }
  }

  /// `self[i].tokenEnd`, read in place (see `relation(_:)`).
  @inline(__always)
  func tokenEnd(_ i: Int) -> Int {
    return withUnsafeBufferPointer {
      precondition(i >= 0 && i < $0.count, "Index out of range")
      return $0.baseAddress.unsafelyUnwrapped[i].tokenEnd
    }
  }
}
