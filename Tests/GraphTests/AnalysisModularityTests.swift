import Testing

@testable import Graph

@Suite struct AnalysisModularityTests {
  /// Two positive cliques of `size` joined by negative arcs between every cross pair.
  static func twoCamps(size: Int) -> SignedDigraph {
    let nodes = (0..<(2 * size)).map { $0 < size ? "A\($0)" : "B\($0 - size)" }
    var arcs: [SignedDigraph.Arc] = []
    for u in nodes.indices {
      for v in nodes.indices where u < v {
        let same = (u < size) == (v < size)
        arcs.append(.init(from: u, to: v, weight: same ? 1.0 : -0.5))
      }
    }
    return SignedDigraph(nodes: nodes, arcs: arcs)
  }

  @Test func splitMix64MatchesReferenceOutput() {
    var rng = SplitMix64(seed: 0)
    #expect(rng.next() == 0xE220_A839_7B1D_CDAF)
    #expect(rng.next() == 0x6E78_9E6A_A1B9_65F4)
    #expect(rng.next() == 0x06C4_5D18_8009_454F)
    var a = Array(0..<20)
    var r1 = SplitMix64(seed: 7)
    r1.shuffle(&a)
    #expect(a.sorted() == Array(0..<20))
    #expect(a != Array(0..<20))
  }

  @Test(arguments: ["signed_40", "planted_30"])
  func qualityMatchesPythonFormula(_ name: String) throws {
    let fixture = try AnalysisFixture.load(name)
    let projection = SignedProjection(fixture.digraph)
    let cases = try #require(fixture.modularity)
    for c in cases {
      let q = SignedModularity(resolution: c.gamma).quality(of: c.partition, in: projection)
      #expect(abs(q - c.q) < 1e-12, "gamma \(c.gamma): \(q) vs \(c.q)")
    }
    #expect(SignedModularity().quality(of: [0], in: projection).isNaN)
  }

  @Test func qualityIsTheSameAfterAggregation() throws {
    let fixture = try AnalysisFixture.load("signed_40")
    let level = LevelGraph(SignedProjection(fixture.digraph))
    let partition = try #require(fixture.modularity?.first?.partition)
    let (groups, count) = compactLabels(partition)
    let coarse = level.aggregated(by: groups, groupCount: count)
    let q0 = level.modularity(partition, resolution: 0.8)
    let q1 = coarse.modularity(Array(0..<count), resolution: 0.8)
    #expect(abs(q0 - q1) < 1e-12)
    #expect(abs(coarse.totalPositive - level.totalPositive) < 1e-9)
    #expect(abs(coarse.totalNegative - level.totalNegative) < 1e-9)
  }

  @Test(arguments: [true, false]) func findsTwoCamps(_ refine: Bool) {
    let g = Self.twoCamps(size: 6)
    let partition = SignedModularity(refine: refine).optimise(SignedProjection(g))
    #expect(partition == [0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1])
    let (blocs, nodeBloc) = Bloc.numbered(partition: partition, codes: g.nodes)
    #expect(
      blocs.map(\.members) == [["A0", "A1", "A2", "A3", "A4", "A5"], g.nodes.suffix(6).map { $0 }])
    #expect(nodeBloc == partition)
  }

  @Test func deterministicForASeed() throws {
    let projection = SignedProjection(try AnalysisFixture.load("signed_40").digraph)
    for seed: UInt64 in [1, 42, 12345] {
      let opt = SignedModularity(seed: seed)
      let first = opt.optimise(projection)
      #expect(opt.optimise(projection) == first)
      #expect(opt.optimise(projection) == first)
    }
  }

  @Test(arguments: [1, 2, 3, 42, 99] as [UInt64], [true, false])
  func plantedCampsAreMatchedOrBeaten(_ seed: UInt64, _ refine: Bool) throws {
    let fixture = try AnalysisFixture.load("planted_30")
    let projection = SignedProjection(fixture.digraph)
    let truth = try #require(fixture.modularity?.first)
    let opt = SignedModularity(resolution: 1.0, seed: seed, refine: refine)
    let found = opt.optimise(projection)
    #expect(opt.quality(of: found, in: projection) >= truth.q - 1e-12)
  }

  @Test func signedFixtureBeatsReferencePartitionsAndSingletons() throws {
    let fixture = try AnalysisFixture.load("signed_40")
    let projection = SignedProjection(fixture.digraph)
    let opt = SignedModularity()
    let q = opt.quality(of: opt.optimise(projection), in: projection)
    for c in fixture.modularity ?? [] where c.gamma == 1 { #expect(q >= c.q) }
    #expect(q >= opt.quality(of: Array(0..<fixture.nodes), in: projection))
  }

  @Test func isolatedAndHostileOnlyNodesStayAlone() {
    // A, B, C friends; D hostile to all of them; E isolated; F hostile to D only.
    let g = SignedDigraph(
      nodes: ["A", "B", "C", "D", "E", "F"],
      arcs: [
        .init(from: 0, to: 1, weight: 1), .init(from: 1, to: 2, weight: 1),
        .init(from: 2, to: 0, weight: 1), .init(from: 3, to: 0, weight: -1),
        .init(from: 3, to: 1, weight: -1), .init(from: 2, to: 3, weight: -1),
        .init(from: 5, to: 3, weight: -2),
      ])
    let partition = SignedModularity().optimise(SignedProjection(g))
    let (blocs, _) = Bloc.numbered(partition: partition, codes: g.nodes)
    #expect(blocs.map(\.members) == [["A", "B", "C"], ["D"], ["E"], ["F"]])
  }

  @Test func resolutionSplitsWeaklyTiedGroups() {
    // Two triangles joined by one weak positive tie: one bloc at low gamma, two at gamma 1.
    var arcs: [SignedDigraph.Arc] = []
    for (u, v) in [(0, 1), (1, 2), (0, 2), (3, 4), (4, 5), (3, 5)] {
      arcs.append(.init(from: u, to: v, weight: 1))
    }
    arcs.append(.init(from: 2, to: 3, weight: 0.2))
    let projection = SignedProjection(SignedDigraph(nodes: (0..<6).map { "\($0)" }, arcs: arcs))
    #expect(Set(SignedModularity(resolution: 1).optimise(projection)).count == 2)
    #expect(Set(SignedModularity(resolution: 0.05).optimise(projection)).count == 1)
  }
}

@Suite struct AnalysisLargeBlocsTests {
  /// 12 planted camps of 250 nodes: sparse positive ties inside, negative ties across, 5% of
  /// signs flipped; seeded, so the graph is the same on every run.
  static func planted() -> (SignedProjection, [Int]) {
    var rng = SplitMix64(seed: 2024)
    let camps = 12
    let size = 250
    let n = camps * size
    var arcs: [SignedDigraph.Arc] = []
    for u in 0..<n {
      for _ in 0..<6 {
        let inside = rng.below(10) < 8
        let v = inside ? (u / size) * size + rng.below(size) : rng.below(n)
        guard v != u else { continue }
        var w = 0.5 + Double(rng.below(100)) / 100
        if (u / size == v / size) == (rng.below(20) == 0) { w = -w }
        arcs.append(.init(from: u, to: v, weight: w))
      }
    }
    let g = SignedDigraph(nodes: (0..<n).map { "n\($0)" }, arcs: arcs)
    return (SignedProjection(g), (0..<n).map { $0 / size })
  }

  @Test func largeGraphPolicyRecoversPlantedCamps() {
    let (projection, truth) = Self.planted()
    let optimiser = SignedModularity.scaled(for: projection.nodeCount, resolution: 1, seed: 42)
    #expect(optimiser.restarts == 1)
    let found = optimiser.optimise(projection)
    #expect(optimiser.optimise(projection) == found)  // deterministic for the seed
    #expect(
      optimiser.quality(of: found, in: projection) >= optimiser.quality(of: truth, in: projection)
        - 1e-9)
    // Pairs of nodes that agree (same camp in both, or different in both): at least 99%.
    var agree = 0
    var pairs = 0
    for u in stride(from: 0, to: truth.count, by: 7) {
      for v in stride(from: u + 1, to: truth.count, by: 11) {
        pairs += 1
        if (truth[u] == truth[v]) == (found[u] == found[v]) { agree += 1 }
      }
    }
    #expect(Double(agree) / Double(pairs) > 0.99)
  }
}
