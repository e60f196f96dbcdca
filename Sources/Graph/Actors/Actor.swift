/// What sort of actor an entry names; persons roll up to their affiliation in the graph.
public enum ActorKind: String, Codable, Sendable, Hashable, CaseIterable {
  case state
  case organisation  // intergovernmental bodies and their organs
  case government  // governments and institutions that are not a whole state
  case armedGroup = "armed-group"
  case party
  case person
  case other
}

/// An actor of the graph: a state, body, faction or person, with its display names.
public struct Actor: Codable, Sendable, Hashable {
  public var code: String
  public var name: String
  public var nameAr: String
  public var kind: ActorKind
  /// For persons and sub-actors: the code they roll up to.
  public var affiliation: String?

  public init(
    code: String, name: String, nameAr: String, kind: ActorKind, affiliation: String? = nil
  ) {
    self.code = code
    self.name = name
    self.nameAr = nameAr
    self.kind = kind
    self.affiliation = affiliation
  }

  enum CodingKeys: String, CodingKey {
    case code, name
    case nameAr = "name_ar"
    case kind, affiliation
  }
}
