extension Array {
  /// `removeAll(where:)` that leaves the array untouched when no element matches, the common
  /// case of the extractor's per-sentence filters: `removeAll(where:)` partitions and then
  /// replaces an empty range even then. `shouldRemove` must be free of side effects.
  ///
  /// The elements are tested in place, through the array's buffer, each once, and the ones
  /// kept are moved down over the ones removed, in order: `removeAll(where:)` copied each
  /// element it tested (a match is an entry and two Strings) and swapped by copies. (Not
  /// inlined: in the long functions that call it, the inlined loops cost more than the call.)
  @inline(never)
  mutating func removeMatching(_ shouldRemove: (Element) throws -> Bool) rethrows {
    guard
      let first = try withUnsafeBufferPointer({ b -> Int? in
        var k = 0
        while k < b.count {
          if try shouldRemove(b[k]) { return k }
          k += 1
        }
        return nil
      })
    else { return }
    let n = count
    var kept = first
    try withUnsafeMutableBufferPointer { b in
      var k = first + 1
      while k < n {
        if try !shouldRemove(b[k]) {
          // (Moved, not copied.)
          b.swapAt(kept, k)
          kept += 1
        }
        k += 1
      }
    }
    removeLastKeepingCapacity(n - kept)
  }
}
