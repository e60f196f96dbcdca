/// A trie over word-id sequences (the patterns of a dictionary, by `WordIndex` ids): from a first
/// word, each further word leads to a child, and every node lists the patterns that end there.
/// Matching walks one edge per token instead of comparing every pattern that starts with the
/// first word.
struct IDTrie: Sendable {
  /// Root node of each first word id, -1 when no pattern starts with it.
  private var roots: [Int32]
  /// Children: open addressing on (node, word id) -> child.
  private var keys: [UInt64]
  private var children: [Int32]
  private var mask: Int
  /// Patterns ending at each node (indices into the caller's pattern list, increasing).
  private var ends: IDLists

  static let empty: UInt64 = .max

  /// The word ids of pattern k are `ids[start[k]..<start[k + 1]]` (all ids >= 0, at least one
  /// word; the patterns' ids in one array, as the dictionaries keep them: an array per pattern
  /// cost an allocation each).
  init(vocabulary: Int, ids: [Int32], start: [Int32]) {
    let count = max(start.count - 1, 0)
    func sequence(_ k: Int) -> ArraySlice<Int32> { ids[Int(start[k])..<Int(start[k + 1])] }
    var roots = [Int32](repeating: -1, count: vocabulary)
    // The children's table, filled as the patterns are walked (a Dictionary of the edges first
    // cost a hash of every edge twice): at most half full with every edge of every pattern.
    let edgeBound = (0..<count).reduce(0) { $0 + max(sequence($1).count - 1, 0) }
    var size = 16
    while size < 2 * edgeBound { size *= 2 }
    var keys = [UInt64](repeating: Self.empty, count: size)
    var children = [Int32](repeating: -1, count: size)
    let mask = size - 1
    // The node each pattern ends at (-1 for none).
    var endsAt = [Int32](repeating: -1, count: count)
    var nodes: Int32 = 0
    for k in 0..<count {
      let seq = sequence(k)
      guard let f = seq.first, f >= 0 else { continue }
      if roots[Int(f)] < 0 {
        roots[Int(f)] = nodes
        nodes += 1
      }
      var node = roots[Int(f)]
      for id in seq.dropFirst() {
        let key = Self.key(node, id)
        var i = Self.slot(key) & mask
        while keys[i] != Self.empty && keys[i] != key { i = (i + 1) & mask }
        if keys[i] == key {
          node = children[i]
        } else {
          keys[i] = key
          children[i] = nodes
          node = nodes
          nodes += 1
        }
      }
      endsAt[k] = node
    }
    self.keys = keys
    self.children = children
    self.mask = mask
    self.roots = roots
    self.ends = IDLists(count: Int(nodes), owners: endsAt)
  }

  @inline(__always)
  private static func key(_ node: Int32, _ id: Int32) -> UInt64 {
    UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: id))
  }

  @inline(__always)
  private static func slot(_ key: UInt64) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32)
  }

  /// The node of the one-word prefix `id`, or -1.
  @inline(__always)
  func root(_ id: Int32) -> Int32 {
    id >= 0 && Int(id) < roots.count ? roots[Int(id)] : -1
  }

  /// The child of `node` by word `id`, or -1.
  @inline(__always)
  func child(_ node: Int32, _ id: Int32) -> Int32 {
    guard node >= 0, id >= 0 else { return -1 }
    let key = Self.key(node, id)
    var i = Self.slot(key) & mask
    while true {
      let k = keys[i]
      if k == key { return children[i] }
      if k == Self.empty { return -1 }
      i = (i + 1) & mask
    }
  }

  /// Positions (for `pattern(_:)`) of the patterns ending at `node`.
  @inline(__always)
  func ends(_ node: Int32) -> Range<Int> { ends.range(node) }

  @inline(__always)
  func pattern(_ position: Int) -> Int { ends.item(position) }
}
