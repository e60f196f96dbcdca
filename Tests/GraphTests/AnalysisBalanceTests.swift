import Testing

@testable import Graph

@Suite struct AnalysisBalanceTests {
  @Test func triangleCensusOnHandGraph() {
    // E -> A and A -> E cancel: the pair has net weight 0 and is ignored.
    let nodes = ["A", "B", "C", "D", "E"]
    let arcs: [SignedDigraph.Arc] = [
      .init(from: 0, to: 1, weight: 1), .init(from: 1, to: 2, weight: 2),
      .init(from: 2, to: 0, weight: 1), .init(from: 3, to: 0, weight: -1),
      .init(from: 1, to: 3, weight: -1), .init(from: 2, to: 3, weight: 0.5),
      .init(from: 4, to: 0, weight: 1), .init(from: 0, to: 4, weight: -1),
      .init(from: 4, to: 1, weight: 1),
    ]
    // Signs: AB+, BC+, AC+, AD-, BD-, CD+, BE+, AE 0.
    // ABC +++ bal; ABD +-- bal; ACD +-+ unbal; BCD +-+ unbal; (ABE has AE = 0: no triangle).
    let projection = SignedProjection(SignedDigraph(nodes: nodes, arcs: arcs))
    let census = Balance.triangles(projection)
    #expect(census.total == 4)
    #expect(census.balanced == 2)
    // Partition {A,B,C} {D} {E}: CD + across (0.5), BE + across (1) -> frustration 1.5.
    let report = Balance.report(projection, partition: [0, 0, 0, 1, 2])
    #expect(report.triangles == 4)
    #expect(report.balancedTriangleShare == 0.5)
    #expect(report.frustration == 1.5)
    // Everything in one group: AD, BD negative inside -> 2.
    #expect(Balance.frustration(projection, partition: [0, 0, 0, 0, 0]) == 2)
  }

  @Test func noTrianglesGivesNilShare() {
    let projection = SignedProjection(
      SignedDigraph(nodes: ["A", "B"], arcs: [.init(from: 0, to: 1, weight: -1)]))
    let report = Balance.report(projection, partition: [])
    #expect(report.triangles == 0)
    #expect(report.balancedTriangleShare == nil)
    #expect(report.frustration == 0)
  }

  @Test(arguments: ["signed_40", "planted_30"]) func matchesBruteForce(_ name: String) throws {
    let fixture = try AnalysisFixture.load(name)
    let expected = try #require(fixture.balance)
    let partition = try #require(fixture.modularity?.first?.partition)
    let projection = SignedProjection(fixture.digraph)
    let census = Balance.triangles(projection)
    #expect(census.total == expected.triangles)
    #expect(census.balanced == expected.balanced)
    let f = Balance.frustration(projection, partition: partition)
    #expect(close(f, expected.frustration, relative: 1e-12))
  }
}
