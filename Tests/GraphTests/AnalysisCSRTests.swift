import Testing

@testable import Graph

@Suite struct AnalysisCSRTests {
  @Test func mergesParallelArcsAndDropsSelfLoopsAndBadArcs() {
    let g = SignedDigraph(
      nodes: ["A", "B", "C"],
      arcs: [
        .init(from: 0, to: 1, weight: 1.0), .init(from: 0, to: 1, weight: -1.5),
        .init(from: 2, to: 2, weight: 3.0), .init(from: 1, to: 2, weight: 0.5),
        .init(from: 0, to: 7, weight: 1.0), .init(from: -1, to: 0, weight: 1.0),
        .init(from: 2, to: 0, weight: .nan), .init(from: 2, to: 0, weight: 2.0),
      ])
    let csr = CSRGraph(g)
    #expect(csr.nodeCount == 3)
    #expect(csr.arcCount == 3)
    #expect(csr.outRange(0).map { csr.outTargets[$0] } == [1])
    #expect(csr.outRange(0).map { csr.outWeights[$0] } == [-0.5])
    #expect(csr.outRange(2).map { csr.outTargets[$0] } == [0])
    #expect(csr.inRange(0).map { csr.inSources[$0] } == [2])
    #expect(csr.inRange(2).map { csr.inSources[$0] } == [1])
    #expect(csr.inRange(1).map { csr.inWeights[$0] } == [-0.5])
  }

  @Test func inAdjacencyMirrorsOutAdjacency() throws {
    let csr = CSRGraph(try AnalysisFixture.load("pagerank_200").digraph)
    var fromOut: [[Int]] = []
    var fromIn: [[Int]] = []
    for u in 0..<csr.nodeCount {
      for k in csr.outRange(u) { fromOut.append([u, csr.outTargets[k]]) }
      for k in csr.inRange(u) { fromIn.append([csr.inSources[k], u]) }
    }
    #expect(fromOut.count == fromIn.count)
    #expect(Set(fromOut) == Set(fromIn))
  }

  @Test func emptyGraph() {
    let csr = CSRGraph(SignedDigraph(nodes: [], arcs: []))
    #expect(csr.nodeCount == 0)
    #expect(PageRank().scores(csr).isEmpty)
    #expect(SignedModularity().optimise(SignedProjection(csr)).isEmpty)
  }

  @Test func projectionSumsBothDirections() {
    let g = SignedDigraph(
      nodes: ["A", "B", "C"],
      arcs: [
        .init(from: 0, to: 1, weight: 1.0), .init(from: 1, to: 0, weight: -0.25),
        .init(from: 1, to: 2, weight: 2.0), .init(from: 2, to: 1, weight: -2.0),
      ])
    let p = SignedProjection(g)
    var pairs: [String] = []
    p.forEachPair { u, v, w in pairs.append("\(u)-\(v):\(w)") }
    #expect(pairs == ["0-1:0.75", "1-2:0.0"])
  }
}
