extension Array {
  /// `removeAll(keepingCapacity: true)` that leaves an empty array alone: the call replaces the
  /// (empty) range of all elements even then, about a hundred instructions, and the matchers'
  /// scratch lists are empty at most of the words they are cleared for.
  @inline(__always)
  mutating func clearKeepingCapacity() {
    guard !isEmpty else { return }
    removeAll(keepingCapacity: true)
  }
}
