import Testing

@testable import Graph

@Suite struct AnalysisInfluenceTests {
  static let fixtures = AnalysisFixture.all

  @Test(arguments: fixtures) func pageRankMatchesNetworkXAndExactSolve(_ name: String) throws {
    let fixture = try AnalysisFixture.load(name)
    let pr = PageRank().scores(CSRGraph(fixture.digraph))
    #expect(maxRelativeError(pr, fixture.pagerankExact) < 1e-9)
    #expect(maxRelativeError(pr, fixture.pagerankNetworkx) < 1e-9)
    if let igraph = fixture.pagerankIgraph {
      #expect(maxRelativeError(pr, igraph) < 1e-9)
    }
    #expect(abs(pr.reduce(0, +) - 1) < 1e-12)
  }

  @Test(arguments: fixtures) func degreesAndStrengthsMatchNetworkX(_ name: String) throws {
    let fixture = try AnalysisFixture.load(name)
    let d = DegreeMeasures(CSRGraph(fixture.digraph))
    #expect(d.inDegree == fixture.inDegree)
    #expect(d.outDegree == fixture.outDegree)
    #expect(maxRelativeError(d.inStrength, fixture.inStrength) < 1e-12)
    #expect(maxRelativeError(d.outStrength, fixture.outStrength) < 1e-12)
    let total = zip(fixture.inStrength, fixture.outStrength).map { $0 + $1 }
    #expect(maxRelativeError(d.degree, total) < 1e-12)
  }

  @Test func pageRankOfDanglingOnlyGraphIsUniform() {
    let csr = CSRGraph(SignedDigraph(nodes: ["A", "B", "C", "D"], arcs: []))
    #expect(PageRank().scores(csr).allSatisfy { close($0, 0.25, relative: 1e-15) })
  }

  @Test func pageRankOfTwoNodeChainHasClosedForm() {
    // A -> B (|w| used), B dangling: x_A = (1 - a)/2 + a x_B / 2 with x_A + x_B = 1, a = 0.85,
    // so x_A = 0.075 + 0.425 (1 - x_A), x_A = 0.5 / 1.425.
    let csr = CSRGraph(
      SignedDigraph(nodes: ["A", "B"], arcs: [.init(from: 0, to: 1, weight: -2.0)]))
    // The default stops at an L1 change below 1e-10; the error is of that order.
    let pr = PageRank().scores(csr)
    #expect(close(pr[0], 0.5 / 1.425, relative: 1e-9))
    #expect(close(pr[1], 1 - 0.5 / 1.425, relative: 1e-9))
    let tight = PageRank(tolerance: 1e-15).scores(csr)
    #expect(close(tight[0], 0.5 / 1.425, relative: 1e-14))
    #expect(close(tight[1], 1 - 0.5 / 1.425, relative: 1e-14))
  }
}
