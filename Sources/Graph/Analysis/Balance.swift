/// Structural balance statistics of a `SignedProjection` (pairs of net weight 0 are ignored).
public enum Balance {
  /// Number of triangles and of balanced ones (product of the three signs positive).
  public static func triangles(_ projection: SignedProjection) -> (total: Int, balanced: Int) {
    let n = projection.nodeCount
    var sign = [Int8](repeating: 0, count: n)  // sign of the pair (u, x) for the current u
    var total = 0
    var balanced = 0
    for u in 0..<n {
      for k in projection.range(u) where projection.weights[k] != 0 {
        sign[projection.neighbors[k]] = projection.weights[k] > 0 ? 1 : -1
      }
      for k in projection.range(u) where projection.neighbors[k] > u && projection.weights[k] != 0 {
        let v = projection.neighbors[k]
        let uv: Int8 = projection.weights[k] > 0 ? 1 : -1
        for j in projection.range(v) where projection.neighbors[j] > v && projection.weights[j] != 0
        {
          let ux = sign[projection.neighbors[j]]
          guard ux != 0 else { continue }
          let vx: Int8 = projection.weights[j] > 0 ? 1 : -1
          total += 1
          if uv * ux * vx > 0 { balanced += 1 }
        }
      }
      for k in projection.range(u) { sign[projection.neighbors[k]] = 0 }
    }
    return (total, balanced)
  }

  /// Sum of |w| over pairs whose sign disagrees with `partition`: negative inside a group or
  /// positive across groups. Nodes beyond the end of `partition` count as groups of their own.
  public static func frustration(_ projection: SignedProjection, partition: [Int]) -> Double {
    var total = 0.0
    projection.forEachPair { u, v, w in
      guard w != 0 else { return }
      let same = u < partition.count && v < partition.count && partition[u] == partition[v]
      if (same && w < 0) || (!same && w > 0) { total += abs(w) }
    }
    return total
  }

  /// The balance report of `projection` under `partition`; the share is nil without triangles.
  public static func report(_ projection: SignedProjection, partition: [Int]) -> BalanceReport {
    let (total, balanced) = triangles(projection)
    return BalanceReport(
      balancedTriangleShare: total > 0 ? Double(balanced) / Double(total) : nil,
      triangles: total,
      frustration: frustration(projection, partition: partition))
  }
}
