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

  /// One counting sort of the valid arcs by tail into flat arrays (input order kept within a
  /// row), each row then sorted by (head, input position), and one merge of equal (tail, head)
  /// runs, summing their weights in input order.
  init(
    nodeCount: Int, arcCount: Int, from: (Int) -> Int, to: (Int) -> Int, weight: (Int) -> Double
  ) {
    let n = max(0, nodeCount)
    // Pass 1: the valid arcs, read once, counted by tail.
    var tails = [Int](repeating: 0, count: arcCount)
    var heads = [Int](repeating: 0, count: arcCount)
    var weights = [Double](repeating: 0, count: arcCount)
    var outStart = [Int](repeating: 0, count: n + 1)
    var kept = 0
    for i in 0..<arcCount {
      let (f, t, w) = (from(i), to(i), weight(i))
      guard f >= 0, f < n, t >= 0, t < n, f != t, w.isFinite else { continue }
      tails[kept] = f
      heads[kept] = t
      weights[kept] = w
      outStart[f + 1] += 1
      kept += 1
    }
    for v in 0..<n { outStart[v + 1] += outStart[v] }
    // Pass 2: scattered into rows, in input order.
    var rowHeads = [Int](repeating: 0, count: kept)
    var rowWeights = [Double](repeating: 0, count: kept)
    var cursor = outStart
    for i in 0..<kept {
      let p = cursor[tails[i]]
      rowHeads[p] = heads[i]
      rowWeights[p] = weights[i]
      cursor[tails[i]] = p + 1
    }
    tails = []
    heads = []
    weights = []
    // Rows sorted by head, ties in input order (short rows by insertion, long ones by a sort
    // of (head, position) pairs), then equal heads merged.
    var outOffsets = [Int](repeating: 0, count: n + 1)
    var outTargets: [Int] = []
    var outWeights: [Double] = []
    outTargets.reserveCapacity(kept)
    outWeights.reserveCapacity(kept)
    var order: [(head: Int, position: Int)] = []
    for v in 0..<n {
      let lo = outStart[v]
      let hi = outStart[v + 1]
      if hi - lo <= 32 {
        var a = lo + 1
        while a < hi {
          let h = rowHeads[a]
          let w = rowWeights[a]
          var b = a
          while b > lo && rowHeads[b - 1] > h {
            rowHeads[b] = rowHeads[b - 1]
            rowWeights[b] = rowWeights[b - 1]
            b -= 1
          }
          rowHeads[b] = h
          rowWeights[b] = w
          a += 1
        }
      } else {
        order.removeAll(keepingCapacity: true)
        for p in lo..<hi { order.append((rowHeads[p], p)) }
        order.sort { $0.head != $1.head ? $0.head < $1.head : $0.position < $1.position }
        let ws = order.map { rowWeights[$0.position] }
        for (k, o) in order.enumerated() {
          rowHeads[lo + k] = o.head
          rowWeights[lo + k] = ws[k]
        }
      }
      var k = lo
      while k < hi {
        let t = rowHeads[k]
        var w = rowWeights[k]
        k += 1
        while k < hi && rowHeads[k] == t {
          w += rowWeights[k]
          k += 1
        }
        outTargets.append(t)
        outWeights.append(w)
      }
      outOffsets[v + 1] = outTargets.count
    }
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
