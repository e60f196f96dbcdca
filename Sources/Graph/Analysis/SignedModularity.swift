/// Signed modularity of Traag & Bruggeman (2009) on a `SignedProjection`, and a seeded
/// Leiden-style optimiser for it (Traag, Waltman & van Eck 2019): fast local moving, refinement
/// of each group into well-connected sub-groups, aggregation of the refined sub-groups, repeated
/// level by level.
///
/// With A+ the positive and A- the magnitude of the negative pair weights, k+ / k- their row
/// sums and 2w+ / 2w- their totals,
/// `Q = 1/(2w+ + 2w-) * sum_ij [(A+_ij - gamma k+_i k+_j / 2w+) - (A-_ij - gamma k-_i k-_j / 2w-)] delta(c_i, c_j)`;
/// a null-model term whose total is 0 is left out.
///
/// A node only ever joins a group to which it has a net positive tie, so isolated nodes and
/// nodes with only hostile ties end up alone. (The unconstrained optimum of Q can group two
/// actors with no tie between them that are hostile to the same third parties; this
/// optimiser does not look for such groups.)
///
/// Cost: each multilevel run is roughly linear in the number of pairs per level.
/// `scaled(for:resolution:seed:)` (what `Analyzer` uses) keeps 8 restarts for graphs of up to
/// 2,000 nodes and does one run of two passes above that: 100k nodes and 500k arcs take about
/// 0.6 s in a release build (scripts/bench/analysis.sh).
public struct SignedModularity: Sendable, Hashable {
  /// gamma: larger values give more, smaller groups.
  public var resolution: Double
  /// Seed of the `SplitMix64` that shuffles the node visiting order.
  public var seed: UInt64
  /// Leiden-style refinement before aggregating (see `refined(_:_:using:)`).
  public var refine: Bool
  /// Upper bound on the number of aggregation levels.
  public var maxLevels: Int
  /// Independent runs from singletons; the best partition is kept.
  public var restarts: Int
  /// Upper bound on the passes that restart a run from its own result (a pass must raise Q
  /// by more than 1e-7 relative for the next one to run).
  public var iterations: Int

  public init(
    resolution: Double = 1.0, seed: UInt64 = 42, refine: Bool = true, maxLevels: Int = 64,
    restarts: Int = 8, iterations: Int = 20
  ) {
    self.resolution = resolution
    self.seed = seed
    self.refine = refine
    self.maxLevels = maxLevels
    self.restarts = restarts
    self.iterations = iterations
  }

  /// The optimiser `Analyzer` uses for a graph of `nodeCount` nodes: 8 restarts and up to 20
  /// passes on graphs of at most 2,000 nodes (where quality matters more than time), one run
  /// of at most 2 passes on larger ones (as leidenalg's default `n_iterations=2`).
  public static func scaled(for nodeCount: Int, resolution: Double, seed: UInt64)
    -> SignedModularity
  {
    nodeCount <= 2000
      ? SignedModularity(resolution: resolution, seed: seed)
      : SignedModularity(resolution: resolution, seed: seed, restarts: 1, iterations: 1)
  }

  /// Q of `partition` (one label per node, any integers); NaN if it has the wrong length.
  public func quality(of partition: [Int], in projection: SignedProjection) -> Double {
    guard partition.count == projection.nodeCount else { return .nan }
    return LevelGraph(projection).modularity(partition, resolution: resolution)
  }

  /// A partition with high Q: labels `0..<k` in order of first appearance by node id.
  /// The same seed gives the same partition on every platform.
  ///
  /// Runs the multilevel optimiser `restarts` times (visiting orders drawn from one
  /// `SplitMix64(seed:)` stream); each run starts from singletons and is then repeated from
  /// its own result while Q keeps rising (at most `iterations` times). The partition with the
  /// highest Q is kept (the earliest on ties); last, a group is split into the components of
  /// its positive ties when that does not lower Q.
  public func optimise(_ projection: SignedProjection) -> [Int] {
    let base = LevelGraph(projection)
    var rng = SplitMix64(seed: seed)
    var best = Array(0..<base.nodeCount)
    var bestQ = base.modularity(best, resolution: resolution)
    let epsilon = 1e-12
    for _ in 0..<max(1, restarts) {
      var partition = multilevel(base, from: Array(0..<base.nodeCount), using: &rng)
      var q = base.modularity(partition, resolution: resolution)
      for _ in 0..<max(0, iterations) {
        let again = multilevel(base, from: partition, using: &rng)
        let qAgain = base.modularity(again, resolution: resolution)
        guard qAgain > q + max(epsilon, 1e-7 * abs(q)) else { break }
        partition = again
        q = qAgain
      }
      if q > bestQ + epsilon {
        best = partition
        bestQ = q
      }
    }
    return compactLabels(splitLoose(base, best)).labels
  }

  /// Splits each group into the components of its positive ties when that does not lower Q
  /// (Q is a sum over groups, so each group is decided on its own).
  func splitLoose(_ graph: LevelGraph, _ partition: [Int]) -> [Int] {
    let n = graph.nodeCount
    var parent = Array(0..<n)
    func root(_ v: Int) -> Int {
      var v = v
      while parent[v] != v {
        parent[v] = parent[parent[v]]
        v = parent[v]
      }
      return v
    }
    for u in 0..<n {
      for k in graph.range(u) where graph.positive[k] > 0 {
        let v = graph.neighbors[k]
        if partition[u] == partition[v] {
          let (a, b) = (root(u), root(v))
          if a != b { parent[max(a, b)] = min(a, b) }
        }
      }
    }
    // Q is a sum of one term per group: compare each loose group's term with the sum of the
    // terms of its positive components, both from one pass over the pairs.
    let (groupOf, groupCount) = compactLabels(partition)
    var componentOf = [Int](repeating: -1, count: n)
    var componentCount = 0
    var componentIndex = [Int](repeating: -1, count: n)
    for v in 0..<n {
      let r = root(v)
      if componentIndex[r] < 0 {
        componentIndex[r] = componentCount
        componentCount += 1
      }
      componentOf[v] = componentIndex[r]
    }
    let groupTerms = terms(graph, groupOf, groupCount)
    let componentTerms = terms(graph, componentOf, componentCount)
    var split = [Double](repeating: 0, count: groupCount)
    var parts = [Int](repeating: 0, count: groupCount)
    var counted = [Bool](repeating: false, count: componentCount)
    for v in 0..<n where !counted[componentOf[v]] {
      counted[componentOf[v]] = true
      split[groupOf[v]] += componentTerms[componentOf[v]]
      parts[groupOf[v]] += 1
    }
    let tolerance = 1e-12 * max(1, graph.totalPositive + graph.totalNegative)
    var result = groupOf
    for v in 0..<n {
      let g = groupOf[v]
      if parts[g] > 1 && split[g] >= groupTerms[g] - tolerance {
        result[v] = groupCount + componentOf[v]
      }
    }
    return result
  }

  /// Each group's term of Q * (2w+ + 2w-) for labels in `0..<count`.
  func terms(_ graph: LevelGraph, _ labels: [Int], _ count: Int) -> [Double] {
    var inside = [Double](repeating: 0, count: count)
    var sumPos = [Double](repeating: 0, count: count)
    var sumNeg = [Double](repeating: 0, count: count)
    for v in 0..<graph.nodeCount {
      let c = labels[v]
      inside[c] += graph.selfPositive[v] - graph.selfNegative[v]
      sumPos[c] += graph.degreePositive[v]
      sumNeg[c] += graph.degreeNegative[v]
      for k in graph.range(v) where labels[graph.neighbors[k]] == c {
        inside[c] += graph.positive[k] - graph.negative[k]
      }
    }
    return (0..<count).map { c in
      var t = inside[c]
      if graph.totalPositive > 0 { t -= resolution * sumPos[c] * sumPos[c] / graph.totalPositive }
      if graph.totalNegative > 0 { t += resolution * sumNeg[c] * sumNeg[c] / graph.totalNegative }
      return t
    }
  }

  /// One multilevel pass: local moving, refinement, aggregation, until a level moves nothing.
  func multilevel(_ base: LevelGraph, from initial: [Int], using rng: inout SplitMix64) -> [Int] {
    var graph = base
    var membership = Array(0..<graph.nodeCount)  // original node -> node of `graph`
    var communities = compactLabels(initial).labels  // node of `graph` -> community
    for _ in 0..<max(1, maxLevels) {
      moveNodes(graph, &communities, using: &rng)
      let (labels, count) = compactLabels(communities)
      communities = labels
      if count == graph.nodeCount { break }
      var groups = labels
      var groupCount = count
      var next = Array(0..<count)
      if refine {
        let (refinedLabels, refinedCount) = compactLabels(refined(graph, labels, using: &rng))
        if refinedCount < graph.nodeCount {
          groups = refinedLabels
          groupCount = refinedCount
          next = [Int](repeating: 0, count: refinedCount)
          for v in 0..<graph.nodeCount { next[refinedLabels[v]] = labels[v] }
        }
      }
      membership = membership.map { groups[$0] }
      graph = graph.aggregated(by: groups, groupCount: groupCount)
      communities = next
    }
    return compactLabels(membership.map { communities[$0] }).labels
  }

  /// Half the change of Q * (2w+ + 2w-) when a node with degrees (kp, kn), detached from every
  /// group, joins a group with degree totals (sp, sn) to which it has ties (wp, wn).
  private func gain(
    _ graph: LevelGraph, kp: Double, kn: Double, wp: Double, wn: Double, sp: Double, sn: Double
  ) -> Double {
    var g = wp - wn
    if graph.totalPositive > 0 { g -= resolution * kp * sp / graph.totalPositive }
    if graph.totalNegative > 0 { g += resolution * kn * sn / graph.totalNegative }
    return g
  }

  /// Local moving: visits the nodes in a seeded random order, moving each node to the group (or
  /// a new group of its own) that raises Q most; a move puts the mover's neighbours outside its
  /// new group back in the queue (Leiden's fast local moving). Ends when the queue is empty.
  func moveNodes(_ graph: LevelGraph, _ communities: inout [Int], using rng: inout SplitMix64) {
    let n = graph.nodeCount
    guard n > 1 else { return }
    let epsilon = 1e-13 * max(1, graph.totalPositive + graph.totalNegative)
    let invPos = graph.totalPositive > 0 ? resolution / graph.totalPositive : 0
    let invNeg = graph.totalNegative > 0 ? resolution / graph.totalNegative : 0
    // Scratch arrays on raw buffers: this loop is the optimiser's hot spot.
    let sumPos = UnsafeMutableBufferPointer<Double>.allocate(capacity: n)
    let sumNeg = UnsafeMutableBufferPointer<Double>.allocate(capacity: n)
    let tiePos = UnsafeMutableBufferPointer<Double>.allocate(capacity: n)
    let tieNeg = UnsafeMutableBufferPointer<Double>.allocate(capacity: n)
    let size = UnsafeMutableBufferPointer<Int>.allocate(capacity: n)
    let seen = UnsafeMutableBufferPointer<Bool>.allocate(capacity: n)
    let queued = UnsafeMutableBufferPointer<Bool>.allocate(capacity: n)
    let touched = UnsafeMutableBufferPointer<Int>.allocate(capacity: n)
    defer {
      for b in [sumPos, sumNeg, tiePos, tieNeg] { b.deallocate() }
      size.deallocate()
      seen.deallocate()
      queued.deallocate()
      touched.deallocate()
    }
    sumPos.initialize(repeating: 0)
    sumNeg.initialize(repeating: 0)
    tiePos.initialize(repeating: 0)
    tieNeg.initialize(repeating: 0)
    size.initialize(repeating: 0)
    seen.initialize(repeating: false)
    queued.initialize(repeating: true)
    for v in 0..<n {
      sumPos[communities[v]] += graph.degreePositive[v]
      sumNeg[communities[v]] += graph.degreeNegative[v]
      size[communities[v]] += 1
    }
    var empty = (0..<n).filter { size[$0] == 0 }.reversed().map { $0 }
    // Queue of nodes to visit (ring buffer), first all nodes in a seeded random order, then
    // the neighbours of moved nodes that left the mover's new group (Leiden's fast moving).
    var queue = Array(0..<n)
    rng.shuffle(&queue)
    graph.offsets.withUnsafeBufferPointer { off in
      graph.neighbors.withUnsafeBufferPointer { nb in
        graph.positive.withUnsafeBufferPointer { wp in
          graph.negative.withUnsafeBufferPointer { wn in
            graph.degreePositive.withUnsafeBufferPointer { dp in
              graph.degreeNegative.withUnsafeBufferPointer { dn in
                communities.withUnsafeMutableBufferPointer { comm in
                  queue.withUnsafeMutableBufferPointer { queue in
                    @inline(__always) func gain(
                      _ kp: Double, _ kn: Double, _ c: Int
                    ) -> Double {
                      tiePos[c] - tieNeg[c] - kp * sumPos[c] * invPos + kn * sumNeg[c] * invNeg
                    }
                    var head = 0
                    var pending = n
                    while pending > 0 {
                      let v = queue[head]
                      head += 1
                      if head == n { head = 0 }
                      pending -= 1
                      queued[v] = false
                      let own = comm[v]
                      let kp = dp[v]
                      let kn = dn[v]
                      var count = 0
                      for k in off[v]..<off[v + 1] {
                        let c = comm[nb[k]]
                        if !seen[c] {
                          seen[c] = true
                          touched[count] = c
                          count += 1
                        }
                        tiePos[c] += wp[k]
                        tieNeg[c] += wn[k]
                      }
                      sumPos[own] -= kp
                      sumNeg[own] -= kn
                      size[own] -= 1
                      var best = own
                      var bestGain = gain(kp, kn, own)
                      for i in 0..<count {
                        let c = touched[i]
                        guard c != own && tiePos[c] > 0 else { continue }
                        let g = gain(kp, kn, c)
                        if g > bestGain + epsilon {
                          best = c
                          bestGain = g
                        }
                      }
                      if size[own] > 0, 0 > bestGain + epsilon, let fresh = empty.popLast() {
                        best = fresh
                      }
                      for i in 0..<count {
                        let c = touched[i]
                        seen[c] = false
                        tiePos[c] = 0
                        tieNeg[c] = 0
                      }
                      sumPos[best] += kp
                      sumNeg[best] += kn
                      size[best] += 1
                      guard best != own else { continue }
                      comm[v] = best
                      if size[own] == 0 { empty.append(own) }
                      for k in off[v]..<off[v + 1] {
                        let u = nb[k]
                        if !queued[u], comm[u] != best {
                          queued[u] = true
                          var slot = head + pending
                          if slot >= n { slot -= n }
                          queue[slot] = u
                          pending += 1
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }

  /// Leiden refinement (Traag, Waltman & van Eck 2019), greedy as in leidenalg: inside each
  /// group S of `communities`, start from singletons and, in a seeded random order, merge each
  /// node that is still alone and well connected to S into the sub-group of S that raises Q
  /// most, among the sub-groups that are themselves well connected to S. "Well connected" is
  /// Leiden's condition written for the signed quality: the set's net tie to the rest of S is
  /// at least what the null model expects,
  /// `w+(C, S-C) - w-(C, S-C) >= gamma (K+_C (K+_S - K+_C) / 2w+ - K-_C (K-_S - K-_C) / 2w-)`.
  /// Sub-groups are held together by positive ties; the next level may move them apart.
  func refined(_ graph: LevelGraph, _ communities: [Int], using rng: inout SplitMix64) -> [Int] {
    let n = graph.nodeCount
    var sub = Array(0..<n)
    var sumPos = graph.degreePositive
    var sumNeg = graph.degreeNegative
    var size = [Int](repeating: 1, count: n)
    let epsilon = 1e-13 * max(1, graph.totalPositive + graph.totalNegative)
    let invPos = graph.totalPositive > 0 ? resolution / graph.totalPositive : 0
    let invNeg = graph.totalNegative > 0 ? resolution / graph.totalNegative : 0
    // Degree totals of each community, and each sub-group's net tie to the rest of its community.
    var communityPos = [Double](repeating: 0, count: n)
    var communityNeg = [Double](repeating: 0, count: n)
    var external = [Double](repeating: 0, count: n)
    for v in 0..<n {
      communityPos[communities[v]] += graph.degreePositive[v]
      communityNeg[communities[v]] += graph.degreeNegative[v]
      for k in graph.range(v) where communities[graph.neighbors[k]] == communities[v] {
        external[v] += graph.positive[k] - graph.negative[k]
      }
    }
    func wellConnected(_ tie: Double, _ kp: Double, _ kn: Double, _ c: Int) -> Bool {
      tie + epsilon >= kp * (communityPos[c] - kp) * invPos - kn * (communityNeg[c] - kn) * invNeg
    }
    let tiePos = UnsafeMutableBufferPointer<Double>.allocate(capacity: n)
    let tieNeg = UnsafeMutableBufferPointer<Double>.allocate(capacity: n)
    let seen = UnsafeMutableBufferPointer<Bool>.allocate(capacity: n)
    let touched = UnsafeMutableBufferPointer<Int>.allocate(capacity: max(1, n))
    tiePos.initialize(repeating: 0)
    tieNeg.initialize(repeating: 0)
    seen.initialize(repeating: false)
    defer {
      tiePos.deallocate()
      tieNeg.deallocate()
      seen.deallocate()
      touched.deallocate()
    }
    var order = Array(0..<n)
    rng.shuffle(&order)
    graph.offsets.withUnsafeBufferPointer { off in
      graph.neighbors.withUnsafeBufferPointer { nb in
        graph.positive.withUnsafeBufferPointer { wp in
          graph.negative.withUnsafeBufferPointer { wn in
            communities.withUnsafeBufferPointer { comm in
              sub.withUnsafeMutableBufferPointer { sub in
                for v in order where size[sub[v]] == 1 {
                  let own = sub[v]
                  let c = comm[v]
                  let kp = graph.degreePositive[v]
                  let kn = graph.degreeNegative[v]
                  guard wellConnected(external[v], kp, kn, c) else { continue }
                  var count = 0
                  for k in off[v]..<off[v + 1] where comm[nb[k]] == c {
                    let s = sub[nb[k]]
                    if !seen[s] {
                      seen[s] = true
                      touched[count] = s
                      count += 1
                    }
                    tiePos[s] += wp[k]
                    tieNeg[s] += wn[k]
                  }
                  var best = own
                  var bestGain = 0.0
                  for i in 0..<count {
                    let s = touched[i]
                    guard s != own && tiePos[s] > 0 else { continue }
                    guard wellConnected(external[s], sumPos[s], sumNeg[s], c) else { continue }
                    let g = gain(
                      graph, kp: kp, kn: kn, wp: tiePos[s], wn: tieNeg[s], sp: sumPos[s],
                      sn: sumNeg[s])
                    if g > bestGain + epsilon {
                      best = s
                      bestGain = g
                    }
                  }
                  let tieToBest = best != own ? tiePos[best] - tieNeg[best] : 0
                  for i in 0..<count {
                    let s = touched[i]
                    seen[s] = false
                    tiePos[s] = 0
                    tieNeg[s] = 0
                  }
                  if best != own {
                    sub[v] = best
                    external[best] += external[own] - 2 * tieToBest
                    sumPos[own] = 0
                    sumNeg[own] = 0
                    size[own] = 0
                    sumPos[best] += kp
                    sumNeg[best] += kn
                    size[best] += 1
                  }
                }
              }
            }
          }
        }
      }
    }
    return sub
  }
}
