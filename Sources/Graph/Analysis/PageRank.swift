/// Weighted, directed PageRank with the conventions of `networkx.pagerank` and igraph's PRPACK:
/// arc weight |w|, uniform start and uniform teleport (personalisation) vector, and the rank of
/// dangling nodes (no out-arc of non-zero weight) spread uniformly over all nodes. Scores sum
/// to 1. Solved by Gauss–Seidel sweeps (as PRPACK does): each node's new rank is used as soon
/// as it is computed, with the dangling mass taken from the previous sweep. This is a regular
/// splitting of `I - damping·S` (S column-stochastic), so it converges to the same vector as the
/// power iteration, in fewer sweeps.
public struct PageRank: Sendable, Hashable {
  /// Probability of following an arc rather than teleporting (NetworkX `alpha`).
  public var damping: Double
  /// Stop when the L1 norm of the change made by one sweep falls below this.
  public var tolerance: Double
  /// Upper bound on the number of sweeps (the last iterate is returned when it is hit).
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
    var outStrength = [Double](repeating: 0, count: n)
    graph.outOffsets.withUnsafeBufferPointer { off in
      graph.outWeights.withUnsafeBufferPointer { w in
        for v in 0..<n {
          var s = 0.0
          for j in off[v]..<off[v + 1] { s += abs(w[j]) }
          outStrength[v] = s
        }
      }
    }
    // Transition probability of each in-arc (u -> v), times alpha: alpha |w| / outStrength(u).
    let arcs = graph.inSources.count
    var inProb = [Double](repeating: 0, count: arcs)
    // Tails as 32-bit ids when they fit: less memory traffic per arc in the sweep.
    let narrow = n <= Int(Int32.max)
    var sources32 = [Int32](repeating: 0, count: narrow ? arcs : 0)
    graph.inSources.withUnsafeBufferPointer { src in
      graph.inWeights.withUnsafeBufferPointer { w in
        for k in 0..<arcs {
          let s = outStrength[src[k]]
          inProb[k] = s > 0 ? alpha * abs(w[k]) / s : 0
          if narrow { sources32[k] = Int32(truncatingIfNeeded: src[k]) }
        }
      }
    }
    let dangling = (0..<n).filter { outStrength[$0] == 0 }
    let uniform = 1.0 / Double(n)
    var x = [Double](repeating: uniform, count: n)
    for _ in 0..<max(1, maxIterations) {
      let base = (alpha * dangling.reduce(0.0) { $0 + x[$1] } + (1 - alpha)) * uniform
      let change =
        narrow
        ? sources32.withUnsafeBufferPointer { Self.sweep(&x, graph.inOffsets, $0, inProb, base) }
        : graph.inSources.withUnsafeBufferPointer {
          Self.sweep(&x, graph.inOffsets, $0, inProb, base)
        }
      if change < tolerance { break }
    }
    // The fixed point sums to 1; rounding and the last sweep's lag are scaled away.
    let total = x.reduce(0, +)
    if total > 0 { for v in 0..<n { x[v] /= total } }
    return x
  }

  /// One Gauss-Seidel sweep: each rank becomes `base` plus its in-arcs' share of the newest
  /// ranks of their tails `src`. Returns the L1 change.
  @inline(__always)
  private static func sweep<I: BinaryInteger>(
    _ x: inout [Double], _ offsets: [Int], _ src: UnsafeBufferPointer<I>, _ prob: [Double],
    _ base: Double
  ) -> Double {
    var change = 0.0
    x.withUnsafeMutableBufferPointer { xs in
      offsets.withUnsafeBufferPointer { off in
        prob.withUnsafeBufferPointer { prob in
          var k = off[0]
          for v in 0..<xs.count {
            var sum = base
            let end = off[v + 1]
            while k < end {
              sum += xs[Int(src[k])] * prob[k]
              k += 1
            }
            change += abs(sum - xs[v])
            xs[v] = sum
          }
        }
      }
    }
    return change
  }
}
