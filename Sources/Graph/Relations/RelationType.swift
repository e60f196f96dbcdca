/// The four kinds of relation graphctl extracts between two actors.
public enum RelationType: String, Codable, Sendable, CaseIterable, Hashable, Comparable {
  case supports
  case opposes
  case negotiatesWith = "negotiates-with"
  case strikes

  /// `negotiates-with` holds both ways; the others have a direction.
  public var isSymmetric: Bool { self == .negotiatesWith }

  /// `supports` and `opposes` state a stance; a stance on an act is a stance on its author.
  public var isStance: Bool { self == .supports || self == .opposes }

  public static func < (lhs: RelationType, rhs: RelationType) -> Bool {
    lhs.order < rhs.order
  }

  private var order: Int {
    switch self {
    case .supports: return 0
    case .opposes: return 1
    case .negotiatesWith: return 2
    case .strikes: return 3
    }
  }
}
