extension Array {
  /// `removeAll(keepingCapacity: true)` that leaves an empty array alone: the call replaces the
  /// (empty) range of all elements even then, about a hundred instructions, and the matchers'
  /// scratch lists are empty at most of the words they are cleared for. A few elements are
  /// removed one by one from the end (`removeLast()` is some forty instructions; replacing the
  /// range of all elements, close to three hundred for a list of matches).
  @inline(__always)
  mutating func clearKeepingCapacity() {
    guard !isEmpty else { return }
    removeLastKeepingCapacity(count)
  }

  /// `removeLast(k)`, the elements removed one by one when they are few (see
  /// `clearKeepingCapacity`); the capacity is kept either way.
  @inline(__always)
  mutating func removeLastKeepingCapacity(_ k: Int) {
    if k <= 4 {
      for _ in 0..<k { removeLast() }
    } else if k == count {
      removeAll(keepingCapacity: true)
    } else {
      removeLast(k)
    }
  }
}
