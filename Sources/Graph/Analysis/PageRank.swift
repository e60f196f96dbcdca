/// Weighted, directed PageRank by power iteration, with the conventions of
/// `networkx.pagerank` and igraph's PRPACK: arc weight |w|, uniform start and uniform
/// teleport (personalisation) vector, and the rank of dangling nodes (no out-arc of non-zero
/// weight) spread uniformly over all nodes. Scores sum to 1.
public struct PageRank: Sendable, Hashable {
  /// Probability of following an arc rather than teleporting (NetworkX `alpha`).
  public var damping: Double
  /// Stop when the L1 norm of the change between two iterates falls below this.
  public var tolerance: Double
  /// Upper bound on the number of iterations (the last iterate is returned when it is hit).
  public var maxIterations: Int

  public init(damping: Double = 0.85, tolerance: Double = 1e-10, maxIterations: Int = 10_000) {
    self.damping = damping
    self.tolerance = tolerance
    self.maxIterations = maxIterations
  }

  /// The PageRank vector of `graph`, indexed by node id; empty for an empty graph.
  public func scores(_ graph: CSRGraph) -> [Double] {
    let n = graph.nodeCount
    guard n > 0 else { return [] }
    let alpha = min(max(damping, 0), 1)
    let outStrength = (0..<n).map { v in
      graph.outRange(v).reduce(0.0) { $0 + abs(graph.outWeights[$1]) }
    }
    // Transition probability of each in-arc (u -> v): |w| / outStrength(u).
    let inProb = (0..<graph.inSources.count).map { k -> Double in
      let s = outStrength[graph.inSources[k]]
      return s > 0 ? abs(graph.inWeights[k]) / s : 0
    }
    let dangling = (0..<n).filter { outStrength[$0] == 0 }
    let uniform = 1.0 / Double(n)
    var x = [Double](repeating: uniform, count: n)
    var next = x
    let offsets = graph.inOffsets
    let sources = graph.inSources
    for _ in 0..<max(1, maxIterations) {
      var change = 0.0
      x.withUnsafeBufferPointer { xs in
        next.withUnsafeMutableBufferPointer { ys in
          offsets.withUnsafeBufferPointer { off in
            sources.withUnsafeBufferPointer { src in
              inProb.withUnsafeBufferPointer { prob in
                var danglingMass = 0.0
                for d in dangling { danglingMass += xs[d] }
                let base = (alpha * danglingMass + (1 - alpha)) * uniform
                var k = off[0]
                for v in 0..<n {
                  var sum = 0.0
                  let end = off[v + 1]
                  while k < end {
                    sum += xs[src[k]] * prob[k]
                    k += 1
                  }
                  let y = alpha * sum + base
                  ys[v] = y
                  change += abs(y - xs[v])
                }
              }
            }
          }
        }
      }
      swap(&x, &next)
      if change < tolerance { break }
    }
    return x
  }
}
