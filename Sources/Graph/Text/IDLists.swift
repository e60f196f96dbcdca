/// Lists of integers per word id, stored compressed (one offsets array, one items array): the
/// patterns, nisba entries or titles that start with each word of a `WordIndex`.
struct IDLists: Sendable {
  private var offsets: [Int32]
  private var items: [Int32]

  /// `lists[id]` for every id below `count` (missing ids get empty lists).
  init(count: Int, lists: [Int32: [Int32]]) {
    var offsets = [Int32](repeating: 0, count: count + 1)
    var items: [Int32] = []
    for id in 0..<count {
      items += lists[Int32(id)] ?? []
      offsets[id + 1] = Int32(items.count)
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
