import Foundation

/// Betweenness (Brandes 2001), closeness and harmonic centrality of a `CSRGraph` on outgoing
/// shortest paths, computed from all sources (or a seeded sample for betweenness), split
/// across threads.
///
/// Sources are cut into `PathCentrality.blockCount` fixed blocks; each block sums its
/// sources' dependencies into its own array in source order and the blocks are added in block
/// order (`OrderedSum`), so the result is the same, to the last bit, for every thread count.
public struct PathCentrality: Sendable, Hashable {
  /// How arc weights become lengths.
  public var lengths: PathLength
  /// Worker threads (at least 1).
  public var threads: Int
  /// Sources sampled for betweenness (nil or >= node count: every source, exact).
  public var samples: Int?
  /// Seed of the source sample.
  public var seed: UInt64

  /// Number of source blocks, fixed so that results do not depend on the thread count.
  public static let blockCount = 16

  public init(lengths: PathLength = .hops, threads: Int = 1, samples: Int? = nil, seed: UInt64 = 42)
  {
    self.lengths = lengths
    self.threads = threads
    self.samples = samples
    self.seed = seed
  }

  /// What `compute` returns; a measure that was not asked for is nil.
  public struct Scores: Sendable, Hashable {
    public var betweenness: [Double]?
    public var closeness: [Double]?
    public var harmonic: [Double]?
  }

  /// Directed betweenness, not normalised: sum over ordered pairs (s, t), s != v != t, of the
  /// share of shortest s-t paths through v. When sampled, the sum over the sampled sources
  /// times n / k.
  public func betweenness(_ graph: CSRGraph) -> [Double] {
    compute(graph, betweenness: true, closeness: false).betweenness ?? []
  }

  /// Computes the asked measures. Closeness and harmonic always use every source.
  /// `progress`, if given, is called from the worker threads with the number of source blocks
  /// done and the total, after each block.
  public func compute(
    _ graph: CSRGraph, betweenness: Bool, closeness: Bool,
    progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil
  ) -> Scores {
    let n = graph.nodeCount
    guard n > 0, betweenness || closeness else {
      return Scores(
        betweenness: betweenness ? [] : nil, closeness: closeness ? [] : nil,
        harmonic: closeness ? [] : nil)
    }
    let distances = DistanceGraph(graph, lengths: lengths)
    var result = Scores()
    if betweenness {
      let sources = sampledSources(n)
      let (bc, closenessFromSweep) = sweep(
        distances, sources: sources, betweenness: true,
        closeness: closeness && sources.count == n, progress: progress)
      let scale = sources.count < n ? Double(n) / Double(sources.count) : 1
      result.betweenness = scale == 1 ? bc : bc.map { $0 * scale }
      if let c = closenessFromSweep {
        result.closeness = c.closeness
        result.harmonic = c.harmonic
      }
    }
    if closeness && result.closeness == nil {
      let (_, c) = sweep(
        distances, sources: Array(0..<n), betweenness: false, closeness: true, progress: progress)
      result.closeness = c?.closeness
      result.harmonic = c?.harmonic
    }
    return result
  }

  /// The betweenness sources: all nodes, or `samples` of them drawn without replacement by a
  /// seeded Fisher-Yates prefix, in increasing order.
  func sampledSources(_ n: Int) -> [Int] {
    guard let k = samples, k > 0, k < n else { return Array(0..<n) }
    var all = Array(0..<n)
    var rng = SplitMix64(seed: seed)
    for i in 0..<k {
      let j = i + rng.below(n - i)
      all.swapAt(i, j)
    }
    return all[0..<k].sorted()
  }

  private func sweep(
    _ graph: DistanceGraph, sources: [Int], betweenness: Bool, closeness: Bool,
    progress: (@Sendable (Int, Int) -> Void)?
  ) -> (betweenness: [Double], closeness: (closeness: [Double], harmonic: [Double])?) {
    let n = graph.nodeCount
    let blocks = min(Self.blockCount, sources.count)
    let sum = OrderedSum(n)
    let close = UnsafeMutableBufferPointer<Double>.allocate(capacity: closeness ? 2 * n : 1)
    close.initialize(repeating: 0)
    defer {
      sum.deallocate()
      close.deallocate()
    }
    nonisolated(unsafe) let closeSlots = close
    let workers = max(1, min(threads, blocks))
    let next = BlockCounter(blocks)
    let work: @Sendable () -> Void = {
      var search = PathSweep(graph)
      defer { search.deallocate() }
      while let b = next.take() {
        let into = betweenness ? sum.buffer() : nil
        let lower = b * sources.count / blocks
        let upper = (b + 1) * sources.count / blocks
        for node in sources[lower..<upper] {
          let s = Int(graph.inner[node])
          search.search(from: s, paths: betweenness)
          if let into { search.accumulate(source: s, into: into.baseAddress!) }
          if closeness {
            let (total, inverse) = search.distanceSums()
            let r = search.reached - 1
            closeSlots[node] = total > 0 ? Double(r) / total : 0
            closeSlots[n + node] = inverse
          }
          search.reset()
        }
        if let into { sum.finish(b, into) }
        if let progress { progress(next.finished(), blocks) }
      }
    }
    runOnThreads(workers, work)
    var bc: [Double] = []
    if betweenness {
      bc = [Double](repeating: 0, count: n)
      for i in 0..<n { bc[Int(graph.outer[i])] = sum.total[i] }
    }
    let c = closeness ? (Array(close[0..<n]), Array(close[n..<(2 * n)])) : nil
    return (bc, c)
  }
}

/// Adds the blocks' dependency arrays into `total` in block order, whatever order the blocks
/// finish in, so the sum has the same bits for every thread count. A finished block waits only
/// while an earlier one is still running; its buffer is then zeroed and reused.
final class OrderedSum: @unchecked Sendable {
  let total: UnsafeMutableBufferPointer<Double>
  private let n: Int
  private let lock = NSLock()
  private var pending: [Int: UnsafeMutableBufferPointer<Double>] = [:]
  private var spare: [UnsafeMutableBufferPointer<Double>] = []
  private var all: [UnsafeMutableBufferPointer<Double>] = []
  private var nextBlock = 0

  init(_ n: Int) {
    self.n = n
    total = .allocate(capacity: max(1, n))
    total.initialize(repeating: 0)
  }

  /// A zeroed array of n doubles for one block.
  func buffer() -> UnsafeMutableBufferPointer<Double> {
    lock.lock()
    defer { lock.unlock() }
    if let b = spare.popLast() { return b }
    let b = UnsafeMutableBufferPointer<Double>.allocate(capacity: max(1, n))
    b.initialize(repeating: 0)
    all.append(b)
    return b
  }

  /// Block `index` is done: adds every finished block that is next in order.
  func finish(_ index: Int, _ block: UnsafeMutableBufferPointer<Double>) {
    lock.lock()
    defer { lock.unlock() }
    pending[index] = block
    while let b = pending.removeValue(forKey: nextBlock) {
      for i in 0..<n {
        total[i] += b[i]
        b[i] = 0
      }
      spare.append(b)
      nextBlock += 1
    }
  }

  func deallocate() {
    total.deallocate()
    for b in all { b.deallocate() }
  }
}

/// Hands out block indices `0..<count` in order, once each, to whichever thread asks first.
final class BlockCounter: @unchecked Sendable {
  private let lock = NSLock()
  private var next = 0
  private var done = 0
  private let count: Int

  init(_ count: Int) { self.count = count }

  /// Counts one more finished block and returns how many are finished.
  func finished() -> Int {
    lock.lock()
    defer { lock.unlock() }
    done += 1
    return done
  }

  func take() -> Int? {
    lock.lock()
    defer { lock.unlock() }
    guard next < count else { return nil }
    next += 1
    return next - 1
  }
}

/// Runs `body` on `count` threads (the calling one and `count - 1` new ones) and waits for all.
/// Plain threads rather than `concurrentPerform`, whose pool may run both bodies one after the
/// other on the calling thread when the other core is slow to pick one up.
func runOnThreads(_ count: Int, _ body: @escaping @Sendable () -> Void) {
  guard count > 1 else {
    body()
    return
  }
  let done = DispatchSemaphore(value: 0)
  for _ in 1..<count {
    let thread = Thread {
      body()
      done.signal()
    }
    thread.stackSize = 1 << 20
    thread.start()
  }
  body()
  for _ in 1..<count { done.wait() }
}
