/// Lists of integers per word id, stored compressed (one offsets array, one items array): the
/// patterns, nisba entries or titles that start with each word of a `WordIndex`.
struct IDLists: Sendable {
  private var offsets: [Int32]
  private var items: [Int32]

  /// `lists[id]` for every id below `count` (missing ids get empty lists).
  init(count: Int, lists: [Int32: [Int32]]) {
    // Sizes first, then each list copied to its place (the lists, not every id, looked at).
    var offsets = [Int32](repeating: 0, count: count + 1)
    for (id, list) in lists where id >= 0 && Int(id) < count {
      offsets[Int(id) + 1] = Int32(list.count)
    }
    for id in 0..<count { offsets[id + 1] += offsets[id] }
    var items = [Int32](repeating: 0, count: Int(offsets[count]))
    for (id, list) in lists where id >= 0 && Int(id) < count {
      var at = Int(offsets[Int(id)])
      for x in list {
        items[at] = x
        at += 1
      }
    }
    self.offsets = offsets
    self.items = items
  }

  /// For every id below `count`, the places k (increasing) with `owners[k] == id`: the lists of
  /// `init(count:lists:)` when each list is made in order (other ids belong to none).
  init(count: Int, owners: [Int32]) {
    var offsets = [Int32](repeating: 0, count: count + 1)
    for o in owners where o >= 0 && Int(o) < count { offsets[Int(o) + 1] += 1 }
    for id in 0..<count { offsets[id + 1] += offsets[id] }
    var items = [Int32](repeating: 0, count: Int(offsets[count]))
    var next = offsets
    for (k, o) in owners.enumerated() where o >= 0 && Int(o) < count {
      items[Int(next[Int(o)])] = Int32(k)
      next[Int(o)] += 1
    }
    self.offsets = offsets
    self.items = items
  }

  /// The list of `id` (empty for -1 and unknown ids) as a range of positions for `item(_:)`.
  @inline(__always)
  func range(_ id: Int32) -> Range<Int> {
    guard id >= 0, Int(id) + 1 < offsets.count else { return 0..<0 }
    return Int(offsets[Int(id)])..<Int(offsets[Int(id) + 1])
  }

  @inline(__always)
  func item(_ k: Int) -> Int { Int(items[k]) }
}
