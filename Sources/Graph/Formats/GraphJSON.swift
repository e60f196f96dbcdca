import Foundation

/// `graph.json`: the aggregated graph with analysis results, for scripts and other tools.
public struct GraphJSON: Codable, Sendable {
  /// An actor node with its names, bloc and scores.
  public struct Node: Codable, Sendable {
    public var code: String
    public var name: String
    public var nameAr: String
    public var kind: ActorKind
    public var affiliation: String?
    public var bloc: Int?
    public var scores: [String: Double]

    enum CodingKeys: String, CodingKey {
      case code, name
      case nameAr = "name_ar"
      case kind, affiliation, bloc, scores
    }
  }

  /// An aggregated edge with its signed weight and evidence.
  public struct Edge: Codable, Sendable {
    public var source: String
    public var target: String
    public var type: RelationType
    public var directed: Bool
    public var count: Int
    public var weight: Double
    public var signedWeight: Double
    public var firstDate: String?
    public var lastDate: String?
    public var evidence: [EvidenceRef]

    enum CodingKeys: String, CodingKey {
      case source, target, type, directed, count, weight
      case signedWeight = "signed_weight"
      case firstDate = "first_date"
      case lastDate = "last_date"
      case evidence
    }
  }

  public var documents: Int?
  public var actors: [Node]
  public var edges: [Edge]
  public var blocs: [Bloc]
  public var balance: BalanceReport?

  public init(
    graph: ActorGraph, report: AnalysisReport, documents: Int? = nil,
    weights: SignedWeights = .standard
  ) {
    self.documents = documents
    let byCode = Dictionary(report.actors.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
    actors = graph.actors.map { a in
      let r = byCode[a.code]
      return Node(
        code: a.code, name: a.name, nameAr: a.nameAr, kind: a.kind, affiliation: a.affiliation,
        bloc: r?.bloc, scores: r?.scores ?? [:])
    }
    edges = graph.edges.map { e in
      Edge(
        source: e.source, target: e.target, type: e.type, directed: !e.type.isSymmetric,
        count: e.count, weight: e.weight, signedWeight: weights.weight(of: e.type) * e.weight,
        firstDate: e.firstDate, lastDate: e.lastDate, evidence: e.evidence)
    }
    blocs = report.blocs
    balance = report.balance
  }

  public func encoded() throws -> Data {
    let enc = JSONEncoder()
    enc.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return try enc.encode(self)
  }
}
