import Foundation

@testable import Graph

/// A graph and its reference values, written by `scripts/reference/make_analysis_fixtures.py`.
struct AnalysisFixture: Decodable {
  struct ModularityCase: Decodable {
    var gamma: Double
    var partition: [Int]
    var q: Double
  }
  struct BalanceCase: Decodable {
    var triangles: Int
    var balanced: Int
    var frustration: Double
  }

  var name: String
  var nodes: Int
  var arcs: [[Double]]
  var pagerankNetworkx: [Double]
  var pagerankExact: [Double]
  var pagerankIgraph: [Double]?
  var inDegree: [Int]
  var outDegree: [Int]
  var inStrength: [Double]
  var outStrength: [Double]
  var modularity: [ModularityCase]?
  var balance: BalanceCase?
  struct TwoCampCase: Decodable {
    var frustration: Double
    var optimalSplits: Int
  }
  var versions: [String: String]?
  var betweennessHops: [Double]?
  var betweennessWeight: [Double]?
  var betweennessInverse: [Double]?
  var closenessHops: [Double]?
  var closenessWeight: [Double]?
  var closenessInverse: [Double]?
  var harmonicHops: [Double]?
  var harmonicWeight: [Double]?
  var harmonicInverse: [Double]?
  var eigenvector: [Double]?
  var pn: [Double]?
  var twoCamps: TwoCampCase?

  /// Reference betweenness, closeness and harmonic for path lengths `mode`.
  func paths(_ mode: PathLength) -> (
    betweenness: [Double]?, closeness: [Double]?, harmonic: [Double]?
  ) {
    switch mode {
    case .hops: return (betweennessHops, closenessHops, harmonicHops)
    case .weight: return (betweennessWeight, closenessWeight, harmonicWeight)
    case .inverse: return (betweennessInverse, closenessInverse, harmonicInverse)
    }
  }

  /// Every fixture written by the reference script.
  static let all = [
    "pagerank_6", "pagerank_30", "pagerank_200", "signed_40", "planted_30", "ties_30", "parts_55",
    "camps_10", "camps_14", "camps_18",
  ]

  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures/analysis")

  static func load(_ name: String) throws -> AnalysisFixture {
    let data = try Data(contentsOf: directory.appendingPathComponent(name + ".json"))
    let decoder = JSONDecoder()
    decoder.keyDecodingStrategy = .convertFromSnakeCase
    return try decoder.decode(AnalysisFixture.self, from: data)
  }

  /// The raw arc list as a `SignedDigraph` with nodes named n0, n1, ...
  var digraph: SignedDigraph {
    SignedDigraph(
      nodes: (0..<nodes).map { "n\($0)" },
      arcs: arcs.map { SignedDigraph.Arc(from: Int($0[0]), to: Int($0[1]), weight: $0[2]) })
  }
}

/// Largest difference of two vectors relative to the largest magnitude of `b` (for vectors with
/// entries that are exactly 0 in one and rounding noise in the other).
func maxScaledError(_ a: [Double], _ b: [Double]) -> Double {
  guard a.count == b.count else { return .infinity }
  let scale = max(b.map(abs).max() ?? 0, 1e-300)
  return zip(a, b).map { abs($0 - $1) / scale }.max() ?? 0
}

/// |a - b| <= tolerance * |b| (absolute below 1e-300).
func close(_ a: Double, _ b: Double, relative tolerance: Double = 1e-9) -> Bool {
  abs(a - b) <= tolerance * max(abs(b), 1e-300)
}

/// Largest relative difference of two vectors (infinity when lengths differ).
func maxRelativeError(_ a: [Double], _ b: [Double]) -> Double {
  guard a.count == b.count else { return .infinity }
  return zip(a, b).map { abs($0 - $1) / max(abs($1), 1e-300) }.max() ?? 0
}
