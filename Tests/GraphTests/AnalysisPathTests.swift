import Foundation
import Testing

@testable import Graph

@Suite struct AnalysisPathTests {
  static let cases: [(String, PathLength)] = AnalysisFixture.all.flatMap { name in
    PathLength.allCases.map { (name, $0) }
  }

  /// Entry-wise relative error, with zeros compared absolutely (a score of exactly 0 in the
  /// reference must be 0 up to rounding here).
  static func agree(_ a: [Double], _ b: [Double], _ tolerance: Double = 1e-9) -> Bool {
    a.count == b.count
      && zip(a, b).allSatisfy { x, y in abs(x - y) <= tolerance * max(abs(y), 1e-12) }
  }

  @Test(arguments: cases) func matchesNetworkXAndIgraph(_ name: String, _ mode: PathLength)
    throws
  {
    let fixture = try AnalysisFixture.load(name)
    let reference = fixture.paths(mode)
    let csr = CSRGraph(fixture.digraph)
    let scores = PathCentrality(lengths: mode, threads: 1).compute(
      csr, betweenness: true, closeness: true)
    let bc = try #require(scores.betweenness)
    let cl = try #require(scores.closeness)
    let hc = try #require(scores.harmonic)
    #expect(Self.agree(bc, try #require(reference.betweenness)), "betweenness \(name) \(mode)")
    #expect(Self.agree(cl, try #require(reference.closeness)), "closeness \(name) \(mode)")
    #expect(Self.agree(hc, try #require(reference.harmonic)), "harmonic \(name) \(mode)")
    // Closeness alone (the distance-only searches) gives the same values.
    let alone = PathCentrality(lengths: mode).compute(csr, betweenness: false, closeness: true)
    #expect(Self.agree(try #require(alone.closeness), cl, 1e-14))
    #expect(Self.agree(try #require(alone.harmonic), hc, 1e-14))
    #expect(alone.betweenness == nil)
  }

  @Test(arguments: ["pagerank_200", "parts_55", "ties_30"])
  func sameBitsForEveryThreadCount(_ name: String) throws {
    let csr = CSRGraph(try AnalysisFixture.load(name).digraph)
    for mode in PathLength.allCases {
      let one = PathCentrality(lengths: mode, threads: 1).compute(
        csr, betweenness: true, closeness: true)
      for threads in [2, 3, 7, 32] {
        let many = PathCentrality(lengths: mode, threads: threads).compute(
          csr, betweenness: true, closeness: true)
        #expect(many == one, "\(name) \(mode) \(threads) threads")
      }
    }
  }

  @Test func sampledBetweennessIsTheScaledSumOverTheSampledSources() throws {
    let csr = CSRGraph(try AnalysisFixture.load("pagerank_200").digraph)
    let n = csr.nodeCount
    let sampler = PathCentrality(threads: 2, samples: 50, seed: 9)
    let sources = sampler.sampledSources(n)
    #expect(sources.count == 50)
    #expect(Set(sources).count == 50)
    #expect(sources == sources.sorted())
    #expect(PathCentrality(samples: 50, seed: 10).sampledSources(n) != sources)
    // Dependencies of each sampled source, one at a time, summed and scaled by n / k.
    let distances = DistanceGraph(csr, lengths: .hops)
    var search = PathSweep(distances)
    defer { search.deallocate() }
    var sum = [Double](repeating: 0, count: n)
    sum.withUnsafeMutableBufferPointer { into in
      var inner = [Double](repeating: 0, count: n)
      inner.withUnsafeMutableBufferPointer { acc in
        for s in sources {
          search.search(from: Int(distances.inner[s]), paths: true)
          search.accumulate(source: Int(distances.inner[s]), into: acc.baseAddress!)
          search.reset()
        }
        for i in 0..<n { into[Int(distances.outer[i])] = acc[i] * Double(n) / 50 }
      }
    }
    let sampled = sampler.betweenness(csr)
    #expect(Self.agree(sampled, sum, 1e-12))
    #expect(sampler.betweenness(csr) == sampled)
    // Asking for every node (or more) is the exact computation.
    let exact = PathCentrality().betweenness(csr)
    #expect(PathCentrality(samples: n).betweenness(csr) == exact)
    #expect(PathCentrality(samples: 10 * n).betweenness(csr) == exact)
  }

  @Test(arguments: AnalysisFixture.all)
  func bottomUpAndTopDownLevelsGiveTheSameSums(_ name: String) throws {
    let distances = DistanceGraph(CSRGraph(try AnalysisFixture.load(name).digraph), lengths: .hops)
    var topDown = PathSweep(distances)
    topDown.bottomUpAlpha = 0  // never bottom-up
    var bottomUp = PathSweep(distances)
    bottomUp.bottomUpAlpha = 1e300  // bottom-up from the second level on ...
    bottomUp.topDownBeta = 0  // ... and never back
    var paths = PathSweep(distances)
    defer {
      topDown.deallocate()
      bottomUp.deallocate()
      paths.deallocate()
    }
    for s in 0..<distances.nodeCount {
      topDown.search(from: s, paths: false)
      bottomUp.search(from: s, paths: false)
      paths.search(from: s, paths: true)
      #expect(topDown.reached == paths.reached && bottomUp.reached == paths.reached)
      let (a, b, c) = (topDown.distanceSums(), bottomUp.distanceSums(), paths.distanceSums())
      #expect(a.total == c.total && b.total == c.total, "\(name) source \(s)")
      #expect(abs(a.inverse - c.inverse) <= 1e-12 * c.inverse && a.inverse == b.inverse)
      topDown.reset()
      bottomUp.reset()
      paths.reset()
    }
  }

  @Test func progressCountsEveryBlockOnce() throws {
    final class Calls: @unchecked Sendable {
      let lock = NSLock()
      var seen: [(Int, Int)] = []
      func add(_ done: Int, _ total: Int) {
        lock.lock()
        seen.append((done, total))
        lock.unlock()
      }
    }
    let calls = Calls()
    let csr = CSRGraph(try AnalysisFixture.load("pagerank_200").digraph)
    let plain = PathCentrality(threads: 3).compute(csr, betweenness: true, closeness: true)
    let watched = PathCentrality(threads: 3).compute(
      csr, betweenness: true, closeness: true, progress: { calls.add($0, $1) })
    #expect(watched == plain)
    #expect(calls.seen.count == PathCentrality.blockCount)
    #expect(Set(calls.seen.map(\.0)) == Set(1...PathCentrality.blockCount))
    #expect(calls.seen.allSatisfy { $0.1 == PathCentrality.blockCount })
  }

  @Test func handGraphWithTiedPaths() {
    // A -> B -> D, A -> C -> D (two shortest A-D paths), D -> E. B and C carry half of A-D
    // and half of A-E each; D carries A-E, B-E and C-E.
    let g = SignedDigraph(
      nodes: ["A", "B", "C", "D", "E"],
      arcs: [
        .init(from: 0, to: 1, weight: 1), .init(from: 0, to: 2, weight: -1),
        .init(from: 1, to: 3, weight: 2), .init(from: 2, to: 3, weight: 1),
        .init(from: 3, to: 4, weight: 1),
      ])
    let csr = CSRGraph(g)
    let s = PathCentrality().compute(csr, betweenness: true, closeness: true)
    #expect(s.betweenness == [0, 1, 1, 3, 0])
    // A reaches B, C (1), D (2), E (3): closeness 4 / 7, harmonic 1 + 1 + 1/2 + 1/3.
    #expect(s.closeness?[0] == 4.0 / 7.0)
    #expect(abs((s.harmonic?[0] ?? 0) - (2.5 + 1.0 / 3.0)) < 1e-15)
    #expect(s.closeness?[4] == 0)
    #expect(s.harmonic?[4] == 0)
    // With |w| as length the path through C (1 + 1) is shorter than through B (1 + 2).
    let weighted = PathCentrality(lengths: .weight).betweenness(csr)
    #expect(weighted == [0, 0, 2, 3, 0])
  }

  @Test func emptyAndSingleNodeGraphs() {
    let empty = CSRGraph(SignedDigraph(nodes: [], arcs: []))
    #expect(PathCentrality().compute(empty, betweenness: true, closeness: true).betweenness == [])
    let one = CSRGraph(SignedDigraph(nodes: ["A"], arcs: []))
    let s = PathCentrality(lengths: .weight).compute(one, betweenness: true, closeness: true)
    #expect(s.betweenness == [0])
    #expect(s.closeness == [0])
    #expect(s.harmonic == [0])
  }
}
