/// The exact split of a signed graph into two camps of minimum frustration (the weighted
/// frustration index, or line index of balance): the total |w| of negative pairs inside a
/// camp and positive pairs across camps is as small as it can be.
///
/// Solved by branch and bound on each connected component (pairs of net weight 0 are no tie):
/// nodes are fixed one at a time in breadth-first order from the component's first node, which
/// goes to camp 0; the bound adds, for every node not yet fixed, the cheaper of its two costs
/// against the fixed nodes. The first optimum found in the order "camp 0 before camp 1" is
/// kept, so the split is deterministic. Exponential in the worst case: components larger
/// than `maxComponent` nodes are not solved.
public struct TwoCampSplit: Sendable, Hashable {
  /// Camp (0 or 1) of every node. Each component is solved on its own, its first node in camp 0.
  public var camp: [Int]
  /// Frustration of the split: the minimum over all two-camp splits.
  public var frustration: Double

  /// The optimum of `projection`, or nil when a component has more than `maxComponent` nodes.
  public static func solve(_ projection: SignedProjection, maxComponent: Int = 30) -> TwoCampSplit?
  {
    let n = projection.nodeCount
    var camp = [Int](repeating: -1, count: n)
    var component = [Int](repeating: -1, count: n)
    var total = 0.0
    for start in 0..<n where component[start] < 0 {
      // Breadth-first order of the component.
      var nodes = [start]
      component[start] = start
      var head = 0
      while head < nodes.count {
        let v = nodes[head]
        head += 1
        for k in projection.range(v) where projection.weights[k] != 0 {
          let u = projection.neighbors[k]
          if component[u] < 0 {
            component[u] = start
            nodes.append(u)
          }
        }
      }
      guard nodes.count <= maxComponent else { return nil }
      let (sides, cost) = solveComponent(projection, nodes)
      for (i, v) in nodes.enumerated() { camp[v] = sides[i] }
      total += cost
    }
    return TwoCampSplit(camp: camp, frustration: total)
  }

  /// Branch and bound over one component given in breadth-first order.
  private static func solveComponent(_ projection: SignedProjection, _ nodes: [Int]) -> (
    [Int], Double
  ) {
    let m = nodes.count
    guard m > 1 else { return ([0], 0) }
    var local: [Int: Int] = [:]
    for (i, v) in nodes.enumerated() { local[v] = i }
    // Ties of each local node to local nodes: (other, weight).
    var ties = [[(Int, Double)]](repeating: [], count: m)
    for (i, v) in nodes.enumerated() {
      for k in projection.range(v) where projection.weights[k] != 0 {
        if let j = local[projection.neighbors[k]] { ties[i].append((j, projection.weights[k])) }
      }
    }
    // cost[i][s]: frustration of node i's ties to fixed nodes if i goes to camp s.
    var cost0 = [Double](repeating: 0, count: m)
    var cost1 = [Double](repeating: 0, count: m)
    var side = [Int](repeating: -1, count: m)
    var best = [Int](repeating: 0, count: m)
    var bestCost = Double.infinity
    // Camp of every node = 0 is a valid first upper bound.
    var allZero = 0.0
    for i in 0..<m { for (j, w) in ties[i] where j > i && w < 0 { allZero += -w } }
    bestCost = allZero
    func place(_ i: Int, _ s: Int, _ sign: Double) {
      for (j, w) in ties[i] where side[j] < 0 {
        // Positive tie: j pays w if it goes to the other camp; negative: |w| in the same camp.
        if w > 0 {
          if s == 0 { cost1[j] += sign * w } else { cost0[j] += sign * w }
        } else {
          if s == 0 { cost0[j] += sign * -w } else { cost1[j] += sign * -w }
        }
      }
    }
    func bound(_ from: Int) -> Double {
      var b = 0.0
      for j in from..<m { b += min(cost0[j], cost1[j]) }
      return b
    }
    func branch(_ i: Int, _ fixedCost: Double) {
      if i == m {
        if fixedCost < bestCost - 1e-12 * max(1, bestCost) {
          bestCost = fixedCost
          best = side
        }
        return
      }
      for s in 0...1 {
        if i == 0 && s == 1 { break }
        let c = fixedCost + (s == 0 ? cost0[i] : cost1[i])
        side[i] = s
        place(i, s, 1)
        if c + bound(i + 1) < bestCost - 1e-12 * max(1, bestCost) { branch(i + 1, c) }
        place(i, s, -1)
        side[i] = -1
      }
    }
    branch(0, 0)
    // Recomputed from the split so that undoing the running costs leaves no rounding in it.
    var exact = 0.0
    for i in 0..<m {
      for (j, w) in ties[i] where j > i {
        let same = best[i] == best[j]
        if (same && w < 0) || (!same && w > 0) { exact += abs(w) }
      }
    }
    return (best, exact)
  }
}
