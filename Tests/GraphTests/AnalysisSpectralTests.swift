import Testing

@testable import Graph

@Suite struct AnalysisSpectralTests {
  @Test(arguments: AnalysisFixture.all) func eigenvectorMatchesDenseSolve(_ name: String) throws {
    let fixture = try AnalysisFixture.load(name)
    let reference = try #require(fixture.eigenvector)
    let x = EigenvectorCentrality().scores(CSRGraph(fixture.digraph))
    // Entries of components that do not hold the leading eigenvalue are 0 in the reference
    // and decay geometrically here: compare relative to the largest entry.
    #expect(maxScaledError(x, reference) < 1e-9, "\(name)")
    #expect(abs(x.reduce(0) { $0 + $1 * $1 } - 1) < 1e-12)
  }

  @Test(arguments: AnalysisFixture.all) func pnMatchesDenseSolve(_ name: String) throws {
    let fixture = try AnalysisFixture.load(name)
    let reference = try #require(fixture.pn)
    let pn = PNCentrality().scores(SignedProjection(fixture.digraph))
    #expect(maxRelativeError(pn, reference) < 1e-9, "\(name)")
  }

  @Test func pnOfHandGraph() {
    // Path A+B-C: A = [[0,1,0],[1,0,-2],[0,-2,0]], beta = 1/4; solve (I - A/4) x = 1 by hand:
    // x_A - x_B/4 = 1, -x_A/4 + x_B + x_C/2 = 1, x_B/2 + x_C = 1 -> x_B = 4/13... checked
    // through the residual instead of a closed form.
    let g = SignedDigraph(
      nodes: ["A", "B", "C"],
      arcs: [.init(from: 0, to: 1, weight: 3), .init(from: 2, to: 1, weight: -0.5)])
    let x = PNCentrality().scores(SignedProjection(g))
    let r0 = x[0] - x[1] / 4 - 1
    let r1 = -x[0] / 4 + x[1] + x[2] / 2 - 1
    let r2 = x[1] / 2 + x[2] - 1
    #expect(abs(r0) < 1e-14 && abs(r1) < 1e-14 && abs(r2) < 1e-14)
    #expect(x[2] < x[0])  // C is disliked
  }

  @Test func eigenvectorWithoutTiesIsZero() {
    let csr = CSRGraph(SignedDigraph(nodes: ["A", "B"], arcs: []))
    #expect(EigenvectorCentrality().scores(csr) == [0, 0])
    #expect(PNCentrality().scores(SignedProjection(csr)) == [1, 1])
  }
}
