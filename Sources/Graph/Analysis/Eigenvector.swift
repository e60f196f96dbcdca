/// Eigenvector centrality of the undirected projection with |weights|: pair weight
/// `|w(u->v)| + |w(v->u)|` (merged arcs). The principal eigenvector, by power iteration on
/// `A + I` (the shift makes bipartite graphs converge), scaled to Euclidean norm 1 with
/// non-negative entries, as `networkx.eigenvector_centrality` returns it.
public struct EigenvectorCentrality: Sendable, Hashable {
  /// Stop when the L1 change of the normalised iterate falls below `tolerance * n`.
  public var tolerance: Double
  public var maxIterations: Int

  public init(tolerance: Double = 1e-14, maxIterations: Int = 100_000) {
    self.tolerance = tolerance
    self.maxIterations = maxIterations
  }

  /// Scores indexed by node id; all 0 when the graph has no tie of non-zero weight.
  public func scores(_ graph: CSRGraph) -> [Double] {
    let n = graph.nodeCount
    guard n > 0 else { return [] }
    var arcs: [(from: Int, to: Int, weight: Double)] = []
    arcs.reserveCapacity(2 * graph.arcCount)
    for u in 0..<n {
      for k in graph.outRange(u) where graph.outWeights[k] != 0 {
        let w = abs(graph.outWeights[k])
        arcs.append((u, graph.outTargets[k], w))
        arcs.append((graph.outTargets[k], u, w))
      }
    }
    guard !arcs.isEmpty else { return [Double](repeating: 0, count: n) }
    let a = CSRGraph(nodeCount: n, arcs: arcs)
    var x = [Double](repeating: 1 / Double(n).squareRoot(), count: n)
    var next = x
    for _ in 0..<max(1, maxIterations) {
      var norm = 0.0
      a.outOffsets.withUnsafeBufferPointer { off in
        a.outTargets.withUnsafeBufferPointer { heads in
          a.outWeights.withUnsafeBufferPointer { w in
            x.withUnsafeBufferPointer { xs in
              next.withUnsafeMutableBufferPointer { ys in
                for v in 0..<n {
                  var sum = xs[v]
                  for k in off[v]..<off[v + 1] { sum += w[k] * xs[heads[k]] }
                  ys[v] = sum
                  norm += sum * sum
                }
              }
            }
          }
        }
      }
      let scale = 1 / norm.squareRoot()
      var change = 0.0
      for v in 0..<n {
        next[v] *= scale
        change += abs(next[v] - x[v])
      }
      swap(&x, &next)
      if change < tolerance * Double(n) { break }
    }
    return x
  }
}
