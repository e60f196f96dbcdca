/// One level of the multilevel signed-modularity optimiser: an undirected graph whose nodes may
/// stand for groups of original nodes, with positive and negative weight kept apart.
///
/// `selfPositive` / `selfNegative` hold the weight inside a node summed over ordered pairs
/// (twice the internal weight), so that modularity of a partition is the same at every level.
struct LevelGraph: Sendable {
  var nodeCount: Int
  var offsets: [Int]
  var neighbors: [Int]
  var positive: [Double]
  var negative: [Double]
  var selfPositive: [Double]
  var selfNegative: [Double]
  /// k+_i and k-_i: row sums of A+ and A- including the node's own (self) weight.
  var degreePositive: [Double]
  var degreeNegative: [Double]
  /// 2w+ and 2w-: sums of the degrees.
  var totalPositive: Double
  var totalNegative: Double

  func range(_ v: Int) -> Range<Int> { offsets[v]..<offsets[v + 1] }

  /// The finest level: one node per projection node; zero-weight pairs are left out.
  init(_ projection: SignedProjection) {
    let n = projection.nodeCount
    var offsets = [0]
    var neighbors: [Int] = []
    var positive: [Double] = []
    var negative: [Double] = []
    offsets.reserveCapacity(n + 1)
    neighbors.reserveCapacity(projection.neighbors.count)
    positive.reserveCapacity(projection.neighbors.count)
    negative.reserveCapacity(projection.neighbors.count)
    for v in 0..<n {
      for k in projection.range(v) where projection.weights[k] != 0 {
        let w = projection.weights[k]
        neighbors.append(projection.neighbors[k])
        positive.append(max(w, 0))
        negative.append(max(-w, 0))
      }
      offsets.append(neighbors.count)
    }
    self.init(
      nodeCount: n, offsets: offsets, neighbors: neighbors, positive: positive,
      negative: negative, selfPositive: [Double](repeating: 0, count: n),
      selfNegative: [Double](repeating: 0, count: n))
  }

  init(
    nodeCount: Int, offsets: [Int], neighbors: [Int], positive: [Double], negative: [Double],
    selfPositive: [Double], selfNegative: [Double]
  ) {
    self.nodeCount = nodeCount
    self.offsets = offsets
    self.neighbors = neighbors
    self.positive = positive
    self.negative = negative
    self.selfPositive = selfPositive
    self.selfNegative = selfNegative
    var kp = selfPositive
    var kn = selfNegative
    for v in 0..<nodeCount {
      for k in offsets[v]..<offsets[v + 1] {
        kp[v] += positive[k]
        kn[v] += negative[k]
      }
    }
    degreePositive = kp
    degreeNegative = kn
    totalPositive = kp.reduce(0, +)
    totalNegative = kn.reduce(0, +)
  }

  /// Collapses each group of `groups` (ids in `0..<groupCount`) into one node.
  func aggregated(by groups: [Int], groupCount: Int) -> LevelGraph {
    // Members of each group, contiguous (counting sort by group).
    var start = [Int](repeating: 0, count: groupCount + 1)
    for v in 0..<nodeCount { start[groups[v] + 1] += 1 }
    for a in 0..<groupCount { start[a + 1] += start[a] }
    var members = [Int](repeating: 0, count: nodeCount)
    var fill = start
    for v in 0..<nodeCount {
      members[fill[groups[v]]] = v
      fill[groups[v]] += 1
    }
    var selfPos = [Double](repeating: 0, count: groupCount)
    var selfNeg = [Double](repeating: 0, count: groupCount)
    var offsets = [Int](repeating: 0, count: groupCount + 1)
    let capacity = self.neighbors.count
    var neighbors = [Int](repeating: 0, count: capacity)
    var positive = [Double](repeating: 0, count: capacity)
    var negative = [Double](repeating: 0, count: capacity)
    var used = 0
    // Raw buffers in the loop: it runs over every entry of the level.
    let accPos = UnsafeMutableBufferPointer<Double>.allocate(capacity: max(1, groupCount))
    let accNeg = UnsafeMutableBufferPointer<Double>.allocate(capacity: max(1, groupCount))
    let seen = UnsafeMutableBufferPointer<Bool>.allocate(capacity: max(1, groupCount))
    accPos.initialize(repeating: 0)
    accNeg.initialize(repeating: 0)
    seen.initialize(repeating: false)
    defer {
      accPos.deallocate()
      accNeg.deallocate()
      seen.deallocate()
    }
    var touched: [Int] = []
    self.offsets.withUnsafeBufferPointer { off in
      self.neighbors.withUnsafeBufferPointer { nb in
        self.positive.withUnsafeBufferPointer { wp in
          self.negative.withUnsafeBufferPointer { wn in
            groups.withUnsafeBufferPointer { group in
              members.withUnsafeBufferPointer { members in
                neighbors.withUnsafeMutableBufferPointer { outN in
                  positive.withUnsafeMutableBufferPointer { outP in
                    negative.withUnsafeMutableBufferPointer { outM in
                      for a in 0..<groupCount {
                        touched.removeAll(keepingCapacity: true)
                        var inPos = 0.0
                        var inNeg = 0.0
                        for i in start[a]..<start[a + 1] {
                          let v = members[i]
                          inPos += selfPositive[v]
                          inNeg += selfNegative[v]
                          for k in off[v]..<off[v + 1] {
                            let b = group[nb[k]]
                            if b == a {
                              inPos += wp[k]
                              inNeg += wn[k]
                            } else {
                              if !seen[b] {
                                seen[b] = true
                                touched.append(b)
                              }
                              accPos[b] += wp[k]
                              accNeg[b] += wn[k]
                            }
                          }
                        }
                        selfPos[a] = inPos
                        selfNeg[a] = inNeg
                        touched.sort()
                        for b in touched {
                          outN[used] = b
                          outP[used] = accPos[b]
                          outM[used] = accNeg[b]
                          used += 1
                          accPos[b] = 0
                          accNeg[b] = 0
                          seen[b] = false
                        }
                        offsets[a + 1] = used
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
    neighbors.removeLast(capacity - used)
    positive.removeLast(capacity - used)
    negative.removeLast(capacity - used)
    return LevelGraph(
      nodeCount: groupCount, offsets: offsets, neighbors: neighbors, positive: positive,
      negative: negative, selfPositive: selfPos, selfNegative: selfNeg)
  }

  /// Signed modularity (Traag & Bruggeman 2009) of `partition` (any integer labels).
  func modularity(_ partition: [Int], resolution gamma: Double) -> Double {
    let denominator = totalPositive + totalNegative
    guard denominator > 0 else { return 0 }
    let (labels, count) = compactLabels(partition)
    var inPos = [Double](repeating: 0, count: count)
    var inNeg = [Double](repeating: 0, count: count)
    var sumPos = [Double](repeating: 0, count: count)
    var sumNeg = [Double](repeating: 0, count: count)
    for v in 0..<nodeCount {
      let c = labels[v]
      inPos[c] += selfPositive[v]
      inNeg[c] += selfNegative[v]
      sumPos[c] += degreePositive[v]
      sumNeg[c] += degreeNegative[v]
      for k in range(v) where labels[neighbors[k]] == c {
        inPos[c] += positive[k]
        inNeg[c] += negative[k]
      }
    }
    var q = 0.0
    for c in 0..<count {
      var term = inPos[c] - inNeg[c]
      if totalPositive > 0 { term -= gamma * sumPos[c] * sumPos[c] / totalPositive }
      if totalNegative > 0 { term += gamma * sumNeg[c] * sumNeg[c] / totalNegative }
      q += term
    }
    return q / denominator
  }
}

/// Renumbers labels to `0..<count` in order of first appearance.
func compactLabels(_ labels: [Int]) -> (labels: [Int], count: Int) {
  guard let low = labels.min(), let high = labels.max() else { return ([], 0) }
  var result = [Int](repeating: 0, count: labels.count)
  var count = 0
  if high - low < 4 * labels.count + 16 {
    var map = [Int](repeating: -1, count: high - low + 1)
    for (i, l) in labels.enumerated() {
      var m = map[l - low]
      if m < 0 {
        m = count
        map[l - low] = m
        count += 1
      }
      result[i] = m
    }
    return (result, count)
  }
  var map: [Int: Int] = [:]
  for (i, l) in labels.enumerated() {
    if let m = map[l] {
      result[i] = m
    } else {
      map[l] = count
      result[i] = count
      count += 1
    }
  }
  return (result, count)
}
