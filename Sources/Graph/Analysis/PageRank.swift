/// Weighted, directed PageRank with the conventions of `networkx.pagerank` and igraph's PRPACK:
/// arc weight |w|, uniform start and uniform teleport (personalisation) vector, and the rank of
/// dangling nodes (no out-arc of non-zero weight) spread uniformly over all nodes. Scores sum
/// to 1. Solved by Gauss–Seidel sweeps (as PRPACK does): each node's new rank is used as soon
/// as it is computed, with the dangling mass taken from the previous sweep. Rows are swept in
/// order of in-degree (see `solve`). This is a regular
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
    // Tails as 32-bit ids when they fit: less memory traffic per arc in the sweep.
    var x =
      n <= Int(Int32.max)
      ? solve(graph, outStrength, alpha, Int32.self) : solve(graph, outStrength, alpha, Int.self)
    // The fixed point sums to 1; rounding and the last sweep's lag are scaled away.
    let total = x.reduce(0, +)
    if total > 0 { for v in 0..<n { x[v] /= total } }
    return x
  }

  /// Sweeps the rows in order of in-degree (ties by node id): runs of rows with the same number
  /// of arcs let the processor predict the end of each row's loop, which otherwise costs more
  /// than the arithmetic. Returns the ranks indexed by node id, not yet scaled to sum 1.
  private func solve<I: FixedWidthInteger>(
    _ graph: CSRGraph, _ outStrength: [Double], _ alpha: Double, _: I.Type
  ) -> [Double] {
    let n = graph.nodeCount
    let arcs = graph.inSources.count
    // order[p] is the node swept p-th, position[v] where node v is swept (counting sort).
    var order = [Int](repeating: 0, count: n)
    var position = [I](repeating: 0, count: n)
    var offsets = [Int](repeating: 0, count: n + 1)
    var sources = [I](repeating: 0, count: arcs)
    // alpha |w| / outStrength(u) for each in-arc (u -> v), in sweep order.
    var prob = [Double](repeating: 0, count: arcs)
    graph.inOffsets.withUnsafeBufferPointer { inOff in
      var maxDegree = 0
      for v in 0..<n { maxDegree = max(maxDegree, inOff[v + 1] - inOff[v]) }
      var next = [Int](repeating: 0, count: maxDegree + 2)
      for v in 0..<n { next[inOff[v + 1] - inOff[v] + 1] += 1 }
      for d in 0...maxDegree { next[d + 1] += next[d] }
      for v in 0..<n {
        let d = inOff[v + 1] - inOff[v]
        order[next[d]] = v
        position[v] = I(truncatingIfNeeded: next[d])
        next[d] += 1
      }
      graph.inSources.withUnsafeBufferPointer { src in
        graph.inWeights.withUnsafeBufferPointer { w in
          var k = 0
          for p in 0..<n {
            let v = order[p]
            for j in inOff[v]..<inOff[v + 1] {
              let u = src[j]
              let s = outStrength[u]
              prob[k] = s > 0 ? alpha * abs(w[j]) / s : 0
              sources[k] = position[u]
              k += 1
            }
            offsets[p + 1] = k
          }
        }
      }
    }
    let dangling = (0..<n).filter { outStrength[order[$0]] == 0 }
    let uniform = 1.0 / Double(n)
    var x = [Double](repeating: uniform, count: n)
    for _ in 0..<max(1, maxIterations) {
      let base = (alpha * dangling.reduce(0.0) { $0 + x[$1] } + (1 - alpha)) * uniform
      let change = sources.withUnsafeBufferPointer { Self.sweep(&x, offsets, $0, prob, base) }
      if change < tolerance { break }
    }
    var ranks = [Double](repeating: 0, count: n)
    for p in 0..<n { ranks[order[p]] = x[p] }
    return ranks
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
