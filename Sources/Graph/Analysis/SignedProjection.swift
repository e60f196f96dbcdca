/// The undirected signed projection of a directed graph: one entry per unordered pair of
/// distinct nodes joined by an arc in either direction, weighted by the sum of the two
/// directions' (merged) signed weights. A pair whose weights cancel keeps weight 0.
///
/// Stored symmetrically: pair {u, v} appears in both `u`'s and `v`'s neighbour lists, sorted by
/// node id.
public struct SignedProjection: Sendable, Hashable {
  public let nodeCount: Int
  /// `neighbors[offsets[v]..<offsets[v + 1]]` are `v`'s neighbours.
  public let offsets: [Int]
  public let neighbors: [Int]
  /// Net signed weight of each neighbour entry.
  public let weights: [Double]

  /// Projects `graph`: row v merges v's out-arcs and in-arcs (both sorted by neighbour), so no
  /// intermediate arc list is built.
  public init(_ graph: CSRGraph) {
    let n = graph.nodeCount
    var offsets = [Int](repeating: 0, count: n + 1)
    var neighbors: [Int] = []
    var weights: [Double] = []
    neighbors.reserveCapacity(2 * graph.arcCount)
    weights.reserveCapacity(2 * graph.arcCount)
    for v in 0..<n {
      var o = graph.outOffsets[v]
      let oEnd = graph.outOffsets[v + 1]
      var i = graph.inOffsets[v]
      let iEnd = graph.inOffsets[v + 1]
      while o < oEnd || i < iEnd {
        let out = o < oEnd ? graph.outTargets[o] : Int.max
        let inn = i < iEnd ? graph.inSources[i] : Int.max
        if out < inn {
          neighbors.append(out)
          weights.append(graph.outWeights[o])
          o += 1
        } else if inn < out {
          neighbors.append(inn)
          weights.append(graph.inWeights[i])
          i += 1
        } else {
          neighbors.append(out)
          weights.append(graph.outWeights[o] + graph.inWeights[i])
          o += 1
          i += 1
        }
      }
      offsets[v + 1] = neighbors.count
    }
    nodeCount = n
    self.offsets = offsets
    self.neighbors = neighbors
    self.weights = weights
  }

  /// Projects a signed digraph (merging parallel arcs and dropping self-loops first).
  ///
  /// A symmetric relation stored as two arcs (as `SignedDigraph(_:weights:)` stores
  /// `negotiates-with`) counts twice here; use `init(_:weights:)` on the actor graph to count
  /// each edge once.
  public init(_ digraph: SignedDigraph) {
    self.init(CSRGraph(digraph))
  }

  /// Projects an actor graph counting every edge once: pair weight = sum over the edges
  /// between the two actors (either direction, any type) of type weight x edge weight. Nodes
  /// are `graph.actors` in order, as in `SignedDigraph(graph, weights:)`; edges naming an
  /// unknown actor are skipped.
  public init(_ graph: ActorGraph, weights: SignedWeights = .standard) {
    var index: [String: Int] = [:]
    for (i, actor) in graph.actors.enumerated() { index[actor.code] = i }
    var arcs: [(from: Int, to: Int, weight: Double)] = []
    for e in graph.edges {
      guard let s = index[e.source], let t = index[e.target] else { continue }
      arcs.append((s, t, weights.weight(of: e.type) * e.weight))
    }
    self.init(CSRGraph(nodeCount: graph.actors.count, arcs: arcs))
  }

  /// Index range of `v`'s entries in `neighbors` / `weights`.
  public func range(_ v: Int) -> Range<Int> { offsets[v]..<offsets[v + 1] }

  /// Calls `body(u, v, weight)` once for every pair with `u < v`.
  public func forEachPair(_ body: (Int, Int, Double) -> Void) {
    for u in 0..<nodeCount {
      for k in range(u) where neighbors[k] > u { body(u, neighbors[k], weights[k]) }
    }
  }
}
