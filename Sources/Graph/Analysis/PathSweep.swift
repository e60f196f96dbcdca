/// One thread's shortest-path search from single sources (BFS for hops, Dijkstra with an
/// indexed binary heap for weighted lengths) and Brandes' (2001) dependency accumulation.
///
/// Every buffer is allocated once, when the sweep is made, and reset only where a search
/// wrote, so a search costs O(reached arcs) (times log n for Dijkstra) and allocates nothing.
struct PathSweep {
  let graph: DistanceGraph
  let n: Int
  /// Hop distance (-1: not reached), used by BFS.
  let hop: UnsafeMutablePointer<Int32>
  /// Weighted distance (+infinity: not reached), used by Dijkstra.
  let dist: UnsafeMutablePointer<Double>
  /// Number of shortest paths from the source.
  let sigma: UnsafeMutablePointer<Double>
  /// (1 + delta) / sigma of nodes whose dependency is known.
  let coef: UnsafeMutablePointer<Double>
  /// Reached nodes in order of non-decreasing distance.
  let order: UnsafeMutablePointer<Int32>
  /// BFS with paths: the shortest-path successors of `order[i]` are
  /// `dagHeads[dagEnd[i - 1]..<dagEnd[i]]` (`dagEnd[-1]` = 0), recorded in the forward pass so
  /// that the backward pass reads only those arcs.
  let dagHeads: UnsafeMutablePointer<Int32>
  let dagEnd: UnsafeMutablePointer<Int>
  /// Dijkstra with paths: shortest-path predecessors of each reached node as linked lists in a
  /// pool (`predHead[w]`, then `predNext`), reset when a shorter path to w is found (Brandes'
  /// P[w]); the backward pass pushes dependencies along them.
  let predHead: UnsafeMutablePointer<Int32>
  let predNode: UnsafeMutablePointer<Int32>
  let predNext: UnsafeMutablePointer<Int32>
  /// Visited bits of the distance-only BFS.
  let visited: UnsafeMutablePointer<UInt64>
  /// Bits of the current BFS level (bottom-up steps).
  let frontier: UnsafeMutablePointer<UInt64>
  let visitedWords: Int
  /// Direction-optimising BFS (Beamer, Asanovic & Patterson 2012): a level is expanded
  /// bottom-up (unvisited nodes look for a parent in the frontier) when the frontier's
  /// out-arcs exceed the unvisited nodes' in-arcs divided by `bottomUpAlpha`, and top-down
  /// again when the frontier is smaller than n / `topDownBeta`.
  var bottomUpAlpha = 14.0
  var topDownBeta = 24.0
  /// Distance sums of the last distance-only BFS (it keeps no per-node distance).
  private var levelSums = (total: 0.0, inverse: 0.0)
  private var levelSearch = false
  var heap: IndexedHeap
  /// Number of nodes the last search reached (the source included).
  private(set) var reached = 0

  init(_ graph: DistanceGraph) {
    self.graph = graph
    n = graph.nodeCount
    let size = max(1, n)
    hop = .allocate(capacity: size)
    hop.initialize(repeating: -1, count: size)
    dist = .allocate(capacity: size)
    dist.initialize(repeating: .infinity, count: size)
    sigma = .allocate(capacity: size)
    sigma.initialize(repeating: 0, count: size)
    coef = .allocate(capacity: size)
    coef.initialize(repeating: 0, count: size)
    order = .allocate(capacity: size)
    order.initialize(repeating: 0, count: size)
    dagHeads = .allocate(capacity: graph.weighted ? 1 : max(1, graph.heads.count))
    dagEnd = .allocate(capacity: graph.weighted ? 1 : size)
    predHead = .allocate(capacity: graph.weighted ? size : 1)
    predNode = .allocate(capacity: graph.weighted ? max(1, graph.heads.count) : 1)
    predNext = .allocate(capacity: graph.weighted ? max(1, graph.heads.count) : 1)
    visitedWords = (size + 63) / 64
    visited = .allocate(capacity: visitedWords)
    visited.initialize(repeating: 0, count: visitedWords)
    frontier = .allocate(capacity: visitedWords)
    frontier.initialize(repeating: 0, count: visitedWords)
    heap = IndexedHeap(capacity: graph.weighted ? size : 1)
  }

  func deallocate() {
    hop.deallocate()
    dist.deallocate()
    sigma.deallocate()
    coef.deallocate()
    order.deallocate()
    dagHeads.deallocate()
    dagEnd.deallocate()
    predHead.deallocate()
    predNode.deallocate()
    predNext.deallocate()
    visited.deallocate()
    frontier.deallocate()
    heap.deallocate()
  }

  /// Distances (and, when `paths`, shortest-path counts) from `s` to every node it reaches.
  mutating func search(from s: Int, paths: Bool) {
    graph.offsets.withUnsafeBufferPointer { off in
      graph.heads.withUnsafeBufferPointer { heads in
        levelSearch = !graph.weighted && !paths
        if graph.weighted {
          graph.lengths.withUnsafeBufferPointer { len in
            reached = dijkstra(s, off.baseAddress!, heads.baseAddress!, len.baseAddress!, paths)
          }
        } else if paths {
          reached = bfs(s, off.baseAddress!, heads.baseAddress!, paths)
        } else {
          graph.inOffsets.withUnsafeBufferPointer { inOff in
            graph.inTails.withUnsafeBufferPointer { tails in
              reached = levels(
                s, off.baseAddress!, heads.baseAddress!, inOff.baseAddress!, tails.baseAddress!)
            }
          }
        }
      }
    }
  }

  @inline(__always)
  private func bfs(
    _ s: Int, _ off: UnsafePointer<Int>, _ heads: UnsafePointer<Int32>, _ paths: Bool
  ) -> Int {
    let hop = self.hop
    let sigma = self.sigma
    let order = self.order
    hop[s] = 0
    sigma[s] = 1
    order[0] = Int32(truncatingIfNeeded: s)
    var head = 0
    var tail = 1
    if paths {
      let dagHeads = self.dagHeads
      let dagEnd = self.dagEnd
      var dag = 0
      while head < tail {
        let v = Int(order[head])
        let next = hop[v] + 1
        let sv = sigma[v]
        for k in off[v]..<off[v + 1] {
          let w32 = heads[k]
          let w = Int(w32)
          let hw = hop[w]
          if hw < 0 {
            hop[w] = next
            sigma[w] = sv
            order[tail] = w32
            tail += 1
            dagHeads[dag] = w32
            dag += 1
          } else if hw == next {
            sigma[w] += sv
            dagHeads[dag] = w32
            dag += 1
          }
        }
        dagEnd[head] = dag
        head += 1
      }
    } else {
      while head < tail {
        let v = Int(order[head])
        head += 1
        let next = hop[v] + 1
        for k in off[v]..<off[v + 1] {
          let w = Int(heads[k])
          if hop[w] < 0 {
            hop[w] = next
            order[tail] = heads[k]
            tail += 1
          }
        }
      }
    }
    return tail
  }

  /// Distance-only BFS, level by level, with a bit per node (fits in cache where an int per
  /// node would not), switching direction per level (see `bottomUpAlpha`); sums the
  /// distances as it goes. The sums depend only on the number of nodes per level, so they are
  /// the same whichever direction each level took.
  @inline(__always)
  private mutating func levels(
    _ s: Int, _ off: UnsafePointer<Int>, _ heads: UnsafePointer<Int32>,
    _ inOff: UnsafePointer<Int>, _ tails: UnsafePointer<Int32>
  ) -> Int {
    let visited = self.visited
    let frontier = self.frontier
    let order = self.order
    let n = self.n
    visited[s >> 6] |= 1 << UInt64(s & 63)
    order[0] = Int32(truncatingIfNeeded: s)
    var start = 0
    var end = 1
    var tail = 1
    var depth = 0.0
    var total = 0.0
    var inverse = 0.0
    // In-arcs of the unvisited nodes, and out-arcs of the frontier.
    var unexploredArcs = Double(inOff[n] - (inOff[s + 1] - inOff[s]))
    var frontierArcs = Double(off[s + 1] - off[s])
    var bottomUp = false
    while start < end {
      depth += 1
      if !bottomUp {
        bottomUp = frontierArcs * bottomUpAlpha > unexploredArcs
      } else if Double(end - start) * topDownBeta < Double(n) {
        bottomUp = false
      }
      if bottomUp {
        for i in start..<end {
          let v = Int(order[i])
          frontier[v >> 6] |= 1 << UInt64(v & 63)
        }
        for word in 0..<visitedWords {
          var free = ~visited[word]
          while free != 0 {
            let bit = free.trailingZeroBitCount
            free &= free - 1
            let u = word << 6 | bit
            guard u < n else { break }
            for k in inOff[u]..<inOff[u + 1] {
              let p = Int(tails[k])
              if frontier[p >> 6] & (1 << UInt64(p & 63)) != 0 {
                visited[word] |= 1 << UInt64(bit)
                order[tail] = Int32(truncatingIfNeeded: u)
                tail += 1
                break
              }
            }
          }
        }
        for i in start..<end { frontier[Int(order[i]) >> 6] = 0 }
      } else {
        for i in start..<end {
          let v = Int(order[i])
          for k in off[v]..<off[v + 1] {
            let w32 = heads[k]
            let w = Int(w32)
            let bit: UInt64 = 1 << UInt64(w & 63)
            let word = visited[w >> 6]
            if word & bit == 0 {
              visited[w >> 6] = word | bit
              order[tail] = w32
              tail += 1
            }
          }
        }
      }
      frontierArcs = 0
      for i in end..<tail {
        let w = Int(order[i])
        frontierArcs += Double(off[w + 1] - off[w])
        unexploredArcs -= Double(inOff[w + 1] - inOff[w])
      }
      let found = Double(tail - end)
      total += depth * found
      inverse += found / depth
      start = end
      end = tail
    }
    levelSums = (total, inverse)
    return tail
  }

  @inline(__always)
  private mutating func dijkstra(
    _ s: Int, _ off: UnsafePointer<Int>, _ heads: UnsafePointer<Int32>,
    _ len: UnsafePointer<Double>, _ paths: Bool
  ) -> Int {
    let dist = self.dist
    let sigma = self.sigma
    let order = self.order
    let predHead = self.predHead
    let predNode = self.predNode
    let predNext = self.predNext
    var pool: Int32 = 0
    dist[s] = 0
    sigma[s] = 1
    predHead[s] = -1
    heap.push(Int32(truncatingIfNeeded: s), dist)
    var count = 0
    while !heap.isEmpty {
      let v32 = heap.pop(dist)
      let v = Int(v32)
      order[count] = v32
      count += 1
      let dv = dist[v]
      let sv = sigma[v]
      for k in off[v]..<off[v + 1] {
        let w = Int(heads[k])
        let nd = dv + len[k]
        let dw = dist[w]
        if nd < dw {
          dist[w] = nd
          if paths {
            sigma[w] = sv
            predNode[Int(pool)] = v32
            predNext[Int(pool)] = -1
            predHead[w] = pool
            pool += 1
          }
          if dw == .infinity {
            heap.push(heads[k], dist)
          } else {
            heap.decreased(heads[k], dist)
          }
        } else if paths && nd == dw {
          sigma[w] += sv
          predNode[Int(pool)] = v32
          predNext[Int(pool)] = predHead[w]
          predHead[w] = pool
          pool += 1
        }
      }
    }
    return count
  }

  /// Sum of distances to the reached nodes other than the source, and sum of their inverses.
  func distanceSums() -> (total: Double, inverse: Double) {
    if levelSearch { return levelSums }
    var total = 0.0
    var inverse = 0.0
    if graph.weighted {
      for i in 1..<max(1, reached) {
        let d = dist[Int(order[i])]
        total += d
        inverse += 1 / d
      }
    } else {
      for i in 1..<max(1, reached) {
        let d = Double(hop[Int(order[i])])
        total += d
        inverse += 1 / d
      }
    }
    return (total, inverse)
  }

  /// Brandes' back-propagation after `search(from: s, paths: true)`: adds each reached node's
  /// dependency on `s` to `into[v]` (the source itself gets nothing).
  func accumulate(source s: Int, into: UnsafeMutablePointer<Double>) {
    let (sigma, coef, order, reached) = (self.sigma, self.coef, self.order, self.reached)
    if graph.weighted {
      // Push along the predecessor lists; `coef` holds the dependencies here.
      let (predHead, predNode, predNext) = (self.predHead, self.predNode, self.predNext)
      for i in 0..<reached { coef[Int(order[i])] = 0 }
      var i = reached - 1
      while i >= 0 {
        let w = Int(order[i])
        let delta = coef[w]
        let c = (1 + delta) / sigma[w]
        var e = predHead[w]
        while e >= 0 {
          let v = Int(predNode[Int(e)])
          coef[v] += sigma[v] * c
          e = predNext[Int(e)]
        }
        if w != s { into[w] += delta }
        i -= 1
      }
    } else {
      // Pull from the recorded successors; `coef` holds (1 + delta) / sigma here.
      let (dagHeads, dagEnd) = (self.dagHeads, self.dagEnd)
      var i = reached - 1
      while i >= 0 {
        let v = Int(order[i])
        var sum = 0.0
        for j in (i > 0 ? dagEnd[i - 1] : 0)..<dagEnd[i] { sum += coef[Int(dagHeads[j])] }
        let delta = sigma[v] * sum
        coef[v] = (1 + delta) / sigma[v]
        if v != s { into[v] += delta }
        i -= 1
      }
    }
  }

  /// Forgets the last search (resets only the nodes it reached).
  func reset() {
    if graph.weighted {
      for i in 0..<reached { dist[Int(order[i])] = .infinity }
    } else if levelSearch {
      for i in 0..<reached { visited[Int(order[i]) >> 6] = 0 }
    } else {
      for i in 0..<reached { hop[Int(order[i])] = -1 }
    }
  }
}
