/// The graph as the exports write it: one record per actor and per aggregated edge with flat,
/// typed attributes. Built from the same `GraphJSON` value that `graph.json` holds, so every
/// export carries the same numbers.
public struct ExportGraph: Sendable {
  /// An attribute column: its name and type, in the order the exports list them.
  public struct Column: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
      case string, integer, double, boolean
    }
    public var name: String
    public var kind: Kind
  }

  /// An attribute value.
  public enum Value: Sendable, Hashable {
    case string(String)
    case integer(Int)
    case double(Double)
    case boolean(Bool)
  }

  public struct Node: Sendable {
    public var id: String
    public var label: String
    /// Values by column name; a missing value (no bloc, no affiliation) is absent.
    public var values: [String: Value]
    /// Colour (`#RRGGBB`) and a size in 0...1 (the position of the size score) for viewers.
    public var color: String
    public var size: Double
  }

  public struct Edge: Sendable {
    public var id: String
    public var source: String
    public var target: String
    public var directed: Bool
    public var weight: Double
    public var values: [String: Value]
    public var color: String
    public var lineStyle: String
    public var evidence: [EvidenceRef]
  }

  public var nodeColumns: [Column]
  public var edgeColumns: [Column]
  public var nodes: [Node]
  public var edges: [Edge]
  /// Bloc ids and members, and the period the edges cover, for formats with graph attributes.
  public var blocs: [Bloc]
  public var period: (first: String, last: String)?
  /// The score that sized the nodes.
  public var sizeBy: String

  /// Fixed node columns; scores follow them, sorted by name.
  public static let fixedNodeColumns: [Column] = [
    Column(name: "code", kind: .string), Column(name: "name", kind: .string),
    Column(name: "name_ar", kind: .string), Column(name: "kind", kind: .string),
    Column(name: "affiliation", kind: .string), Column(name: "bloc", kind: .integer),
  ]

  /// Edge columns.
  public static let fixedEdgeColumns: [Column] = [
    Column(name: "type", kind: .string), Column(name: "directed", kind: .boolean),
    Column(name: "count", kind: .integer), Column(name: "weight", kind: .double),
    Column(name: "signed_weight", kind: .double), Column(name: "sign", kind: .integer),
    Column(name: "first_date", kind: .string), Column(name: "last_date", kind: .string),
    Column(name: "evidence", kind: .string),
  ]

  /// The export of `json` (nodes sized by `sizeBy`).
  public init(_ json: GraphJSON, sizeBy: String = "pagerank") {
    self.sizeBy = sizeBy
    blocs = json.blocs
    let fixed = Set(Self.fixedNodeColumns.map(\.name))
    let scoreNames = Set(json.actors.flatMap { $0.scores.keys }).sorted()
    /// A score whose name clashes with a fixed column is written as `score_NAME`.
    func column(for score: String) -> String { fixed.contains(score) ? "score_" + score : score }
    nodeColumns =
      Self.fixedNodeColumns + scoreNames.map { Column(name: column(for: $0), kind: .double) }
    edgeColumns = Self.fixedEdgeColumns

    let sizes = json.actors.compactMap { $0.scores[sizeBy] }.filter(\.isFinite)
    let low = sizes.min() ?? 0
    let high = sizes.max() ?? 0
    nodes = json.actors.map { a in
      var values: [String: Value] = [
        "code": .string(a.code), "name": .string(a.name), "name_ar": .string(a.nameAr),
        "kind": .string(a.kind.rawValue),
      ]
      if let aff = a.affiliation, !aff.isEmpty { values["affiliation"] = .string(aff) }
      if let bloc = a.bloc { values["bloc"] = .integer(bloc) }
      for (k, v) in a.scores { values[column(for: k)] = .double(v) }
      var size = 0.5
      if let s = a.scores[sizeBy], s.isFinite, high > low { size = (s - low) / (high - low) }
      return Node(
        id: a.code, label: a.name.isEmpty ? a.code : a.name, values: values,
        color: BlocPalette.color(forBloc: a.bloc), size: size)
    }
    edges = json.edges.enumerated().map { i, e in
      var values: [String: Value] = [
        "type": .string(e.type.rawValue), "directed": .boolean(e.directed),
        "count": .integer(e.count), "weight": .double(e.weight),
        "signed_weight": .double(e.signedWeight),
        "sign": .integer(e.signedWeight > 0 ? 1 : (e.signedWeight < 0 ? -1 : 0)),
        "evidence": .string(e.evidence.map { "\($0.doc)#\($0.sentence)" }.joined(separator: "; ")),
      ]
      if let d = e.firstDate { values["first_date"] = .string(d) }
      if let d = e.lastDate { values["last_date"] = .string(d) }
      let style = EdgeStyle.standard(for: e.type)
      return Edge(
        id: "e\(i)", source: e.source, target: e.target, directed: e.directed, weight: e.weight,
        values: values, color: style.color,
        lineStyle: style.style == "bold" ? "solid" : style.style,
        evidence: e.evidence)
    }
    var first: String?
    var last: String?
    for e in json.edges {
      if let d = e.firstDate, first.map({ d < $0 }) ?? true { first = d }
      if let d = e.lastDate ?? e.firstDate, last.map({ d > $0 }) ?? true { last = d }
    }
    if let first, let last { period = (first, last) }
  }

  /// `#RRGGBB` as three 0...255 channels.
  static func rgb(_ color: String) -> (Int, Int, Int) {
    let hex = color.hasPrefix("#") ? String(color.dropFirst()) : color
    let v = Int(hex, radix: 16) ?? 0
    return ((v >> 16) & 0xFF, (v >> 8) & 0xFF, v & 0xFF)
  }
}
