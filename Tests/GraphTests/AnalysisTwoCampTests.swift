import Testing

@testable import Graph

@Suite struct AnalysisTwoCampTests {
  /// Minimum frustration over all 2^(n-1) splits, in Swift.
  static func bruteForce(_ projection: SignedProjection) -> Double {
    let n = projection.nodeCount
    var best = Double.infinity
    for mask in 0..<(1 << max(0, n - 1)) {
      let camp = (0..<n).map { $0 == 0 ? 0 : (mask >> ($0 - 1)) & 1 }
      best = min(best, Balance.frustration(projection, partition: camp))
    }
    return best
  }

  @Test(arguments: ["camps_10", "camps_14", "camps_18", "pagerank_6"])
  func matchesPythonBruteForce(_ name: String) throws {
    let fixture = try AnalysisFixture.load(name)
    let projection = SignedProjection(fixture.digraph)
    let split = try #require(TwoCampSplit.solve(projection))
    #expect(split.camp.allSatisfy { $0 == 0 || $0 == 1 })
    // The reported frustration is the frustration of the reported split ...
    let own = Balance.frustration(projection, partition: split.camp)
    #expect(abs(split.frustration - own) <= 1e-12 * max(1, own))
    // ... and the minimum found by enumerating every split.
    if let expected = fixture.twoCamps?.frustration {
      #expect(abs(split.frustration - expected) <= 1e-9 * max(1, expected), "\(name)")
    }
  }

  @Test(arguments: ["camps_10", "camps_14"]) func matchesSwiftBruteForce(_ name: String) throws {
    let projection = SignedProjection(try AnalysisFixture.load(name).digraph)
    let split = try #require(TwoCampSplit.solve(projection))
    #expect(abs(split.frustration - Self.bruteForce(projection)) < 1e-9)
  }

  @Test func componentsAndLimit() throws {
    // Two components: A+B-C (balanced: frustration 0) and a negative triangle D-E-F (one tie
    // must disagree: 1 at least, the lightest is 0.5).
    let g = SignedDigraph(
      nodes: ["A", "B", "C", "D", "E", "F", "G"],
      arcs: [
        .init(from: 0, to: 1, weight: 1), .init(from: 1, to: 2, weight: -1),
        .init(from: 3, to: 4, weight: -1), .init(from: 4, to: 5, weight: -0.5),
        .init(from: 5, to: 3, weight: -2),
      ])
    let projection = SignedProjection(g)
    let split = try #require(TwoCampSplit.solve(projection))
    #expect(split.frustration == 0.5)
    #expect(split.camp[0] == 0 && split.camp[1] == 0 && split.camp[2] == 1)
    #expect(split.camp[3] == 0)  // first node of its component
    #expect(split.camp[6] == 0)  // alone
    #expect(TwoCampSplit.solve(projection, maxComponent: 2) == nil)
    #expect(TwoCampSplit.solve(projection, maxComponent: 3) != nil)
  }

  @Test func thirtyActorsSolveQuickly() throws {
    // A dense 30-node signed graph (the size the analyzer solves by default).
    let fixture = try AnalysisFixture.load("planted_30")
    let projection = SignedProjection(fixture.digraph)
    let split = try #require(TwoCampSplit.solve(projection))
    let own = Balance.frustration(projection, partition: split.camp)
    #expect(abs(split.frustration - own) < 1e-9)
    // No single move lowers it (a necessary condition of optimality).
    for v in 0..<projection.nodeCount {
      var moved = split.camp
      moved[v] = 1 - moved[v]
      #expect(Balance.frustration(projection, partition: moved) >= own - 1e-12)
    }
  }
}
