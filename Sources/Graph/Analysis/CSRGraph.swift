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
    let arcs = digraph.arcs
    self.init(
      nodeCount: digraph.nodes.count, arcCount: arcs.count,
      from: { arcs[$0].from }, to: { arcs[$0].to }, weight: { arcs[$0].weight })
  }

  /// Builds the CSR form of an arc list over `nodeCount` nodes.
  public init(nodeCount: Int, arcs: [(from: Int, to: Int, weight: Double)]) {
    self.init(
      nodeCount: nodeCount, arcCount: arcs.count,
      from: { arcs[$0].from }, to: { arcs[$0].to }, weight: { arcs[$0].weight })
  }

  /// Two stable counting sorts (by head, then by tail) into flat arrays, then one merge of
  /// equal (tail, head) runs, summing their weights in input order.
  init(
    nodeCount: Int, arcCount: Int, from: (Int) -> Int, to: (Int) -> Int, weight: (Int) -> Double
  ) {
    let n = max(0, nodeCount)
    func valid(_ i: Int) -> Bool {
      let (f, t) = (from(i), to(i))
      return f >= 0 && f < n && t >= 0 && t < n && f != t && weight(i).isFinite
    }
    // Pass 1: valid arcs bucketed by head.
    var start = [Int](repeating: 0, count: n + 1)
    var kept = 0
    for i in 0..<arcCount where valid(i) {
      start[to(i) + 1] += 1
      kept += 1
    }
    for v in 0..<n { start[v + 1] += start[v] }
    var byHead = [Int](repeating: 0, count: kept)  // arc indices
    for i in 0..<arcCount where valid(i) {
      byHead[start[to(i)]] = i
      start[to(i)] += 1
    }
    // Pass 2: stably by tail, so each row is sorted by head and keeps input order on ties.
    var outStart = [Int](repeating: 0, count: n + 1)
    for i in byHead { outStart[from(i) + 1] += 1 }
    for v in 0..<n { outStart[v + 1] += outStart[v] }
    var sorted = [Int](repeating: 0, count: kept)
    for i in byHead {
      sorted[outStart[from(i)]] = i
      outStart[from(i)] += 1
    }
    byHead = []
    // Merge runs of equal (tail, head).
    var outOffsets = [Int](repeating: 0, count: n + 1)
    var outTargets: [Int] = []
    var outWeights: [Double] = []
    outTargets.reserveCapacity(kept)
    outWeights.reserveCapacity(kept)
    var k = 0
    for v in 0..<n {
      let end = outStart[v]
      while k < end {
        let t = to(sorted[k])
        var w = weight(sorted[k])
        k += 1
        while k < end && to(sorted[k]) == t {
          w += weight(sorted[k])
          k += 1
        }
        outTargets.append(t)
        outWeights.append(w)
      }
      outOffsets[v + 1] = outTargets.count
    }
    sorted = []
    self.nodeCount = n
    self.outOffsets = outOffsets
    self.outTargets = outTargets
    self.outWeights = outWeights

    // In-adjacency: bucket the merged arcs by head; rows come out sorted by tail.
    var inOffsets = [Int](repeating: 0, count: n + 1)
    for t in outTargets { inOffsets[t + 1] += 1 }
    for v in 0..<n { inOffsets[v + 1] += inOffsets[v] }
    var fill = inOffsets
    var inSources = [Int](repeating: 0, count: outTargets.count)
    var inWeights = [Double](repeating: 0, count: outTargets.count)
    for u in 0..<n {
      for j in outOffsets[u]..<outOffsets[u + 1] {
        let t = outTargets[j]
        inSources[fill[t]] = u
        inWeights[fill[t]] = outWeights[j]
        fill[t] += 1
      }
    }
    self.inOffsets = inOffsets
    self.inSources = inSources
    self.inWeights = inWeights
  }

  /// Index range of `v`'s out-arcs in `outTargets` / `outWeights`.
  public func outRange(_ v: Int) -> Range<Int> { outOffsets[v]..<outOffsets[v + 1] }

  /// Index range of `v`'s in-arcs in `inSources` / `inWeights`.
  public func inRange(_ v: Int) -> Range<Int> { inOffsets[v]..<inOffsets[v + 1] }
}
