/// How arc weights become path lengths for betweenness, closeness and harmonic centrality.
public enum PathLength: String, Sendable, Hashable, CaseIterable, Codable {
  /// Every arc has length 1 (unweighted shortest paths).
  case hops
  /// An arc is as long as |w|: igraph's and NetworkX's convention for `weights=` / `weight=`.
  case weight
  /// An arc is 1/|w| long, so strong ties are short.
  case inverse
}

/// The out-adjacency of a `CSRGraph` laid out for shortest-path sweeps: 32-bit heads and, when
/// lengths are weighted, one length per arc, all in contiguous arrays.
///
/// Nodes are renumbered by in-degree, largest first (ties by id), so that the nodes searches
/// touch most often share cache lines; `inner[v]` is the internal id of node `v` and
/// `outer[i]` the node of internal id `i`.
///
/// With weighted lengths an arc whose merged weight is 0 is left out (it would be a path of
/// length 0, or of infinite length with `inverse`); with `hops` every merged arc is kept.
struct DistanceGraph: Sendable {
  let nodeCount: Int
  let offsets: [Int]
  let heads: [Int32]
  /// Empty for `hops`.
  let lengths: [Double]
  let inner: [Int32]
  let outer: [Int32]
  /// In-adjacency (internal ids), for the bottom-up steps of the distance-only BFS; empty
  /// with weighted lengths.
  let inOffsets: [Int]
  let inTails: [Int32]
  let mode: PathLength
  var weighted: Bool { mode != .hops }

  init(_ graph: CSRGraph, lengths mode: PathLength) {
    precondition(graph.nodeCount < Int(Int32.max), "too many nodes for 32-bit node ids")
    self.mode = mode
    let n = graph.nodeCount
    nodeCount = n
    let outer = (0..<n).sorted { a, b in
      let da = graph.inOffsets[a + 1] - graph.inOffsets[a]
      let db = graph.inOffsets[b + 1] - graph.inOffsets[b]
      return da != db ? da > db : a < b
    }
    var inner = [Int32](repeating: 0, count: n)
    for (i, v) in outer.enumerated() { inner[v] = Int32(truncatingIfNeeded: i) }
    var offsets = [Int](repeating: 0, count: n + 1)
    var heads: [Int32] = []
    var lengths: [Double] = []
    heads.reserveCapacity(graph.arcCount)
    if mode != .hops { lengths.reserveCapacity(graph.arcCount) }
    for i in 0..<n {
      for k in graph.outRange(outer[i]) {
        if mode == .hops {
          heads.append(inner[graph.outTargets[k]])
          continue
        }
        let w = abs(graph.outWeights[k])
        guard w > 0 else { continue }
        let length = mode == .weight ? w : 1 / w
        guard length.isFinite, length > 0 else { continue }
        heads.append(inner[graph.outTargets[k]])
        lengths.append(length)
      }
      offsets[i + 1] = heads.count
    }
    self.offsets = offsets
    self.heads = heads
    self.lengths = lengths
    self.inner = inner
    self.outer = outer.map { Int32(truncatingIfNeeded: $0) }
    if mode == .hops {
      var inOffsets = [Int](repeating: 0, count: n + 1)
      for h in heads { inOffsets[Int(h) + 1] += 1 }
      for i in 0..<n { inOffsets[i + 1] += inOffsets[i] }
      var fill = inOffsets
      var inTails = [Int32](repeating: 0, count: heads.count)
      for i in 0..<n {
        for k in offsets[i]..<offsets[i + 1] {
          let h = Int(heads[k])
          inTails[fill[h]] = Int32(truncatingIfNeeded: i)
          fill[h] += 1
        }
      }
      self.inOffsets = inOffsets
      self.inTails = inTails
    } else {
      inOffsets = []
      inTails = []
    }
  }
}
