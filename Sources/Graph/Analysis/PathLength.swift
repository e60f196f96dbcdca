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
/// With weighted lengths an arc whose merged weight is 0 is left out (it would be a path of
/// length 0, or of infinite length with `inverse`); with `hops` every merged arc is kept.
struct DistanceGraph: Sendable {
  let nodeCount: Int
  let offsets: [Int]
  let heads: [Int32]
  /// Empty for `hops`.
  let lengths: [Double]

  let mode: PathLength
  var weighted: Bool { mode != .hops }

  init(_ graph: CSRGraph, lengths mode: PathLength) {
    precondition(graph.nodeCount < Int(Int32.max), "too many nodes for 32-bit node ids")
    self.mode = mode
    nodeCount = graph.nodeCount
    switch mode {
    case .hops:
      offsets = graph.outOffsets
      heads = graph.outTargets.map { Int32(truncatingIfNeeded: $0) }
      lengths = []
    case .weight, .inverse:
      var offsets = [Int](repeating: 0, count: graph.nodeCount + 1)
      var heads: [Int32] = []
      var lengths: [Double] = []
      heads.reserveCapacity(graph.arcCount)
      lengths.reserveCapacity(graph.arcCount)
      for v in 0..<graph.nodeCount {
        for k in graph.outRange(v) {
          let w = abs(graph.outWeights[k])
          guard w > 0 else { continue }
          let length = mode == .weight ? w : 1 / w
          guard length.isFinite, length > 0 else { continue }
          heads.append(Int32(truncatingIfNeeded: graph.outTargets[k]))
          lengths.append(length)
        }
        offsets[v + 1] = heads.count
      }
      self.offsets = offsets
      self.heads = heads
      self.lengths = lengths
    }
  }
}
