/// A compact, immutable adjacency structure (compressed sparse rows) over the nodes of a
/// `SignedDigraph`, with both out- and in-adjacency.
///
/// Parallel arcs are merged into one arc whose weight is the sum of their signed weights; a
/// merged arc whose weights cancel to exactly 0 is kept (it still counts as a neighbour).
/// Self-loops, arcs with a node id out of range and arcs with a non-finite weight are dropped.
/// Neighbours of a node are sorted by node id.
public struct CSRGraph: Sendable, Hashable {
  /// Number of nodes; node ids are `0..<nodeCount`, in the order of `SignedDigraph.nodes`.
  public let nodeCount: Int
  /// `outTargets[outOffsets[v]..<outOffsets[v + 1]]` are the heads of `v`'s out-arcs.
  public let outOffsets: [Int]
  public let outTargets: [Int]
  public let outWeights: [Double]
  /// `inSources[inOffsets[v]..<inOffsets[v + 1]]` are the tails of `v`'s in-arcs.
  public let inOffsets: [Int]
  public let inSources: [Int]
  public let inWeights: [Double]

  /// Number of merged arcs.
  public var arcCount: Int { outTargets.count }

  /// Builds the CSR form of `digraph` (see the type's documentation for what is merged or dropped).
  public init(_ digraph: SignedDigraph) {
    self.init(
      nodeCount: digraph.nodes.count, arcs: digraph.arcs.map { ($0.from, $0.to, $0.weight) })
  }

  /// Builds the CSR form of an arc list over `nodeCount` nodes.
  public init(nodeCount: Int, arcs: [(from: Int, to: Int, weight: Double)]) {
    let n = max(0, nodeCount)
    let valid = arcs.filter {
      $0.from >= 0 && $0.from < n && $0.to >= 0 && $0.to < n && $0.from != $0.to
        && $0.weight.isFinite
    }
    // Sort by (from, to) with a stable counting pass on `to` then on `from`, then merge runs.
    let byTarget = CSRGraph.bucket(valid, count: n, key: { $0.to })
    let sorted = CSRGraph.bucket(byTarget, count: n, key: { $0.from })
    var merged: [(from: Int, to: Int, weight: Double)] = []
    merged.reserveCapacity(sorted.count)
    for arc in sorted {
      if let last = merged.last, last.from == arc.from, last.to == arc.to {
        merged[merged.count - 1].weight += arc.weight
      } else {
        merged.append(arc)
      }
    }
    var outOffsets = [Int](repeating: 0, count: n + 1)
    for arc in merged { outOffsets[arc.from + 1] += 1 }
    for v in 0..<n { outOffsets[v + 1] += outOffsets[v] }
    self.nodeCount = n
    self.outOffsets = outOffsets
    self.outTargets = merged.map(\.to)
    self.outWeights = merged.map(\.weight)

    // In-adjacency: bucket the merged arcs by head; stability keeps tails sorted.
    let byHead = CSRGraph.bucket(merged, count: n, key: { $0.to })
    var inOffsets = [Int](repeating: 0, count: n + 1)
    for arc in byHead { inOffsets[arc.to + 1] += 1 }
    for v in 0..<n { inOffsets[v + 1] += inOffsets[v] }
    self.inOffsets = inOffsets
    self.inSources = byHead.map(\.from)
    self.inWeights = byHead.map(\.weight)
  }

  /// Index range of `v`'s out-arcs in `outTargets` / `outWeights`.
  public func outRange(_ v: Int) -> Range<Int> { outOffsets[v]..<outOffsets[v + 1] }

  /// Index range of `v`'s in-arcs in `inSources` / `inWeights`.
  public func inRange(_ v: Int) -> Range<Int> { inOffsets[v]..<inOffsets[v + 1] }

  /// Stable counting sort of `items` by an integer key in `0..<count`.
  private static func bucket<T>(_ items: [T], count: Int, key: (T) -> Int) -> [T] {
    guard let first = items.first else { return [] }
    var start = [Int](repeating: 0, count: count + 1)
    for item in items { start[key(item) + 1] += 1 }
    for k in 0..<count { start[k + 1] += start[k] }
    var result = [T](repeating: first, count: items.count)
    for item in items {
      let k = key(item)
      result[start[k]] = item
      start[k] += 1
    }
    return result
  }
}
