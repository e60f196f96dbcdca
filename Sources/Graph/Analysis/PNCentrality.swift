/// PN centrality (Everett & Borgatti 2014) on the signed undirected projection:
/// `PN = (I - A / (2n - 2))^-1 1` with `A = P - 2N`, where P and N are the 0/1 adjacency
/// matrices of the pairs whose net signed weight is positive and negative (weights beyond the
/// sign are ignored, as in the paper; pairs that cancel to 0 are no tie).
///
/// `I - A / (2n - 2)` is symmetric positive definite (its eigenvalues lie in (0, 2] for n >= 3),
/// so the system is solved by conjugate gradients to a relative residual below `tolerance`.
public struct PNCentrality: Sendable, Hashable {
  public var tolerance: Double
  public var maxIterations: Int

  public init(tolerance: Double = 1e-14, maxIterations: Int = 10_000) {
    self.tolerance = tolerance
    self.maxIterations = maxIterations
  }

  /// Scores indexed by node id (1 for a graph of one node).
  public func scores(_ projection: SignedProjection) -> [Double] {
    let n = projection.nodeCount
    guard n > 1 else { return [Double](repeating: 1, count: n) }
    let beta = 1 / Double(2 * n - 2)
    // Entries of M = I - beta A off the diagonal: -beta for a positive tie, +2 beta for a
    // negative one.
    let entry = projection.weights.map { w -> Double in w > 0 ? -beta : (w < 0 ? 2 * beta : 0) }
    func multiply(_ x: [Double], _ y: inout [Double]) {
      projection.offsets.withUnsafeBufferPointer { off in
        projection.neighbors.withUnsafeBufferPointer { nb in
          entry.withUnsafeBufferPointer { m in
            x.withUnsafeBufferPointer { xs in
              y.withUnsafeMutableBufferPointer { ys in
                for v in 0..<n {
                  var sum = xs[v]
                  for k in off[v]..<off[v + 1] { sum += m[k] * xs[nb[k]] }
                  ys[v] = sum
                }
              }
            }
          }
        }
      }
    }
    func dot(_ a: [Double], _ b: [Double]) -> Double {
      var s = 0.0
      for i in 0..<n { s += a[i] * b[i] }
      return s
    }
    var x = [Double](repeating: 1, count: n)
    var mx = [Double](repeating: 0, count: n)
    multiply(x, &mx)
    var r = (0..<n).map { 1 - mx[$0] }
    var p = r
    var rr = dot(r, r)
    let stop = tolerance * tolerance * Double(n)  // ||b||^2 = n
    var mp = [Double](repeating: 0, count: n)
    var iteration = 0
    while rr > stop && iteration < maxIterations {
      multiply(p, &mp)
      let pmp = dot(p, mp)
      guard pmp > 0 else { break }
      let alpha = rr / pmp
      for i in 0..<n {
        x[i] += alpha * p[i]
        r[i] -= alpha * mp[i]
      }
      let rrNext = dot(r, r)
      let ratio = rrNext / rr
      for i in 0..<n { p[i] = r[i] + ratio * p[i] }
      rr = rrNext
      iteration += 1
    }
    return x
  }
}
