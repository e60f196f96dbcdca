/// One actor's line in an analysis: its names, bloc and scores keyed by measure name.
public struct ActorReport: Codable, Sendable, Hashable {
  public var code: String
  public var name: String
  public var nameAr: String
  public var kind: ActorKind
  /// Bloc id (index into `AnalysisReport.blocs`), nil when blocs were not computed.
  public var bloc: Int?
  public var scores: [String: Double]

  public init(
    code: String, name: String, nameAr: String, kind: ActorKind, bloc: Int?,
    scores: [String: Double]
  ) {
    self.code = code
    self.name = name
    self.nameAr = nameAr
    self.kind = kind
    self.bloc = bloc
    self.scores = scores
  }

  enum CodingKeys: String, CodingKey {
    case code, name
    case nameAr = "name_ar"
    case kind, bloc, scores
  }
}

/// An alliance bloc: actors that the signed clustering put together.
public struct Bloc: Codable, Sendable, Hashable {
  public var id: Int
  public var members: [String]

  public init(id: Int, members: [String]) {
    self.id = id
    self.members = members
  }
}

/// Structural balance of the signed graph under the found blocs.
public struct BalanceReport: Codable, Sendable, Hashable {
  /// Share of signed triangles (undirected projection) whose sign product is positive.
  public var balancedTriangleShare: Double?
  public var triangles: Int
  /// Total |weight| of edges that disagree with the blocs (negative inside, positive across).
  public var frustration: Double
  /// The two-camp split of minimum frustration (nil when the graph is empty or too large).
  public var twoCamps: TwoCampReport?

  public init(
    balancedTriangleShare: Double?, triangles: Int, frustration: Double,
    twoCamps: TwoCampReport? = nil
  ) {
    self.balancedTriangleShare = balancedTriangleShare
    self.triangles = triangles
    self.frustration = frustration
    self.twoCamps = twoCamps
  }

  enum CodingKeys: String, CodingKey {
    case balancedTriangleShare = "balanced_triangle_share"
    case triangles, frustration
    case twoCamps = "two_camps"
  }
}

/// The exact two-camp split of minimum frustration (see `TwoCampSplit`), by actor code.
public struct TwoCampReport: Codable, Sendable, Hashable {
  /// Its frustration: the least total |weight| of ties that disagree with any two-camp split.
  public var frustration: Double
  /// The two camps, members sorted by code. Components without ties between them are split
  /// independently; in each, the actor that comes first in the graph is in the first camp.
  public var camps: [[String]]

  public init(frustration: Double, camps: [[String]]) {
    self.frustration = frustration
    self.camps = camps
  }
}

/// What `graphctl analyze` reports: actors with scores and blocs, the blocs, balance.
public struct AnalysisReport: Codable, Sendable, Hashable {
  public var actors: [ActorReport]
  public var blocs: [Bloc]
  public var balance: BalanceReport?

  public init(actors: [ActorReport], blocs: [Bloc], balance: BalanceReport?) {
    self.actors = actors
    self.blocs = blocs
    self.balance = balance
  }
}
