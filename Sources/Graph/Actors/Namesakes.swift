extension ActorMatcher {
  /// For each dated entry, the other dated entries of the same kind and name (names equal as
  /// Strings), in entry order; empty for the rest (`namesakes`).
  ///
  /// Kind and name are found by their bytes in a `StringIDs` (which keeps String equality): a
  /// table keyed by the joined Strings hashed each key twice and grew a dozen times, some ten
  /// million instructions at start-up.
  static func namesakes(_ entries: [GazetteerEntry], dated: [Bool]) -> [[Int]] {
    var ids = StringIDs()
    var key: [UInt8] = []
    // Each dated entry's group (an id of `ids`), -1 for the rest; the groups' entries.
    var group = [Int32](repeating: -1, count: entries.count)
    var members: [[Int]] = []
    for k in entries.indices where dated[k] {
      // The bytes of kind + "\u{1F}" + name.
      key.removeAll(keepingCapacity: true)
      appendBytes(entries[k].kind.rawValue, to: &key)
      key.append(0x1F)
      appendBytes(entries[k].name, to: &key)
      let g = ids.id(key)
      if Int(g) == members.count { members.append([]) }
      members[Int(g)].append(k)
      group[k] = g
    }
    return entries.indices.map { k in
      group[k] < 0 ? [] : members[Int(group[k])].filter { $0 != k }
    }
  }

  /// Appends the UTF-8 bytes of `s` to `bytes`, read in place when they are contiguous.
  private static func appendBytes(_ s: String, to bytes: inout [UInt8]) {
    if s.utf8.withContiguousStorageIfAvailable({ bytes.append(contentsOf: $0) }) == nil {
      bytes.append(contentsOf: s.utf8)
    }
  }
}
