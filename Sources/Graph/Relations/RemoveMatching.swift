extension Array {
  /// `removeAll(where:)` that leaves the array untouched when no element matches, the common
  /// case of the extractor's per-sentence filters: `removeAll(where:)` partitions and then
  /// replaces an empty range even then. `shouldRemove` must be free of side effects (it is
  /// asked again for the elements before the first match). The elements are first tested by
  /// index, in place (`contains(where:)` copied each).
  @inline(__always)
  mutating func removeMatching(_ shouldRemove: (Element) throws -> Bool) rethrows {
    guard try indices.contains(where: { try shouldRemove(self[$0]) }) else { return }
    try removeAll(where: shouldRemove)
  }
}
