/// Weights that turn relation types into signed edge weights for the analysis.
public struct SignedWeights: Sendable, Hashable, Codable {
  public var supports: Double
  public var opposes: Double
  public var negotiatesWith: Double
  public var strikes: Double

  public init(
    supports: Double = 1.0, opposes: Double = -1.0, negotiatesWith: Double = 0.3,
    strikes: Double = -1.5
  ) {
    self.supports = supports
    self.opposes = opposes
    self.negotiatesWith = negotiatesWith
    self.strikes = strikes
  }

  public static let standard = SignedWeights()

  public func weight(of type: RelationType) -> Double {
    switch type {
    case .supports: return supports
    case .opposes: return opposes
    case .negotiatesWith: return negotiatesWith
    case .strikes: return strikes
    }
  }
}

/// A directed, weighted, signed graph over integer node ids: what the analysis algorithms read.
///
/// `arcs` may hold parallel arcs; algorithms that need one arc per pair sum them.
public struct SignedDigraph: Sendable, Hashable {
  /// One arc: `weight` carries the sign (positive = cooperation, negative = hostility).
  public struct Arc: Sendable, Hashable {
    public var from: Int
    public var to: Int
    public var weight: Double
    public init(from: Int, to: Int, weight: Double) {
      self.from = from
      self.to = to
      self.weight = weight
    }
  }

  public var nodes: [String]
  public var arcs: [Arc]

  public init(nodes: [String], arcs: [Arc]) {
    self.nodes = nodes
    self.arcs = arcs
  }

  /// The signed projection of an actor graph: one arc per edge (both directions for
  /// `negotiates-with`), weight = type weight x edge weight (evidence confidence summed).
  public init(_ graph: ActorGraph, weights: SignedWeights = .standard) {
    let nodes = graph.actors.map(\.code)
    var index: [String: Int] = [:]
    for (i, c) in nodes.enumerated() { index[c] = i }
    var arcs: [Arc] = []
    for e in graph.edges {
      guard let s = index[e.source], let t = index[e.target] else { continue }
      let w = weights.weight(of: e.type) * e.weight
      arcs.append(Arc(from: s, to: t, weight: w))
      if e.type.isSymmetric { arcs.append(Arc(from: t, to: s, weight: w)) }
    }
    self.init(nodes: nodes, arcs: arcs)
  }
}
