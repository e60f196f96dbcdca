/// Degree-type influence scores of every node of a `CSRGraph` (merged arcs, self-loops dropped).
///
/// Strengths use |weight|, so a hostile tie counts as much as a friendly one of the same size.
public struct DegreeMeasures: Sendable, Hashable {
  /// Number of distinct in-neighbours (arcs of weight 0 included).
  public var inDegree: [Int]
  /// Number of distinct out-neighbours (arcs of weight 0 included).
  public var outDegree: [Int]
  /// Sum of |weight| over in-arcs.
  public var inStrength: [Double]
  /// Sum of |weight| over out-arcs.
  public var outStrength: [Double]

  /// Weighted total degree: `inStrength + outStrength`.
  public var degree: [Double] { zip(inStrength, outStrength).map { $0 + $1 } }

  /// Computes the degree measures of `graph`.
  public init(_ graph: CSRGraph) {
    let n = graph.nodeCount
    inDegree = (0..<n).map { graph.inRange($0).count }
    outDegree = (0..<n).map { graph.outRange($0).count }
    inStrength = (0..<n).map { v in graph.inRange(v).reduce(0.0) { $0 + abs(graph.inWeights[$1]) } }
    outStrength = (0..<n).map { v in
      graph.outRange(v).reduce(0.0) { $0 + abs(graph.outWeights[$1]) }
    }
  }
}
