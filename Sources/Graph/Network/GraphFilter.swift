/// Which actor a relation is drawn between: persons rolled up to their affiliation (as the
/// extractor writes `source`/`target`), or persons as themselves (`source_actor`/`target_actor`).
public enum ActorLevel: String, Sendable, Hashable, CaseIterable, Codable {
  /// Persons and sub-actors rolled up to the organisation or state they belong to (default).
  case affiliation
  /// Persons (and GDELT sub-actors such as `USAGOV`) shown as themselves.
  case person
}

/// Filters that choose which relations and actors a diagram or an export shows.
///
/// Two stages, applied in this order:
/// - *Scope* (`relations(_:)`, then `graph(_:actorInfo:)`): actor level, dates, relation types,
///   hypothetical relations, minimum edge weight. The scoped graph is the one analysed: its
///   scores and blocs describe exactly these relations.
/// - *View* (`view(graph:report:)`): the ego network of `actor` and the `top` actors by a score.
///   They only choose which actors are drawn or exported; scores and blocs stay those of the
///   scoped graph, so an actor keeps its influence when its neighbours are hidden.
public struct GraphFilter: Sendable, Hashable {
  /// Relation types kept; nil keeps all.
  public var types: Set<RelationType>?
  /// Aggregated edges lighter than this (summed confidence) are dropped.
  public var minWeight: Double
  /// Keep only relations dated on or after / on or before these bounds.
  public var dates: DateRange
  /// Persons rolled up or shown as themselves.
  public var level: ActorLevel
  /// Keep hypothetical (conditional) relations.
  public var includeHypothetical: Bool
  /// Show only the `top` actors by `rankBy` (and the edges among them).
  public var top: Int?
  /// The score that ranks actors for `top` (a key of `ActorReport.scores`).
  public var rankBy: String
  /// Show only actors within `depth` steps of `actor` (edges in either direction).
  public var actor: String?
  public var depth: Int

  public init(
    types: Set<RelationType>? = nil, minWeight: Double = 0, dates: DateRange = DateRange(),
    level: ActorLevel = .affiliation, includeHypothetical: Bool = false, top: Int? = nil,
    rankBy: String = "pagerank", actor: String? = nil, depth: Int = 1
  ) {
    self.types = types
    self.minWeight = minWeight
    self.dates = dates
    self.level = level
    self.includeHypothetical = includeHypothetical
    self.top = top
    self.rankBy = rankBy
    self.actor = actor
    self.depth = depth
  }

  /// What `relations(_:)` kept and left out.
  public struct ScopeResult: Sendable, Hashable {
    public var relations: [Relation]
    /// Relations left out by the date range because they carry no date.
    public var undated: Int
  }

  /// The relations in scope, with endpoints at `level`. Negated and (unless asked for)
  /// hypothetical relations stay in the list: `ActorGraph.build` leaves them out of the graph.
  public func relations(_ input: [Relation]) -> ScopeResult {
    var out: [Relation] = []
    out.reserveCapacity(input.count)
    var undated = 0
    for var r in input {
      if let types, !types.contains(r.relation) { continue }
      if dates.isBounded {
        guard let date = r.date, !date.isEmpty else {
          undated += 1
          continue
        }
        guard dates.contains(date) else { continue }
      }
      if level == .person {
        r.source = r.sourceActor ?? r.source
        r.target = r.targetActor ?? r.target
      }
      out.append(r)
    }
    return ScopeResult(relations: out, undated: undated)
  }

  /// The scoped graph: `relations(_:)`, aggregated, edges under `minWeight` dropped (and
  /// actors left without an edge).
  public func graph(_ input: [Relation], actorInfo: (String) -> Actor?) -> ActorGraph {
    let scoped = relations(input).relations
    let built = ActorGraph.build(
      relations: scoped, includeHypothetical: includeHypothetical, actorInfo: actorInfo)
    guard minWeight > 0 else { return built }
    let edges = built.edges.filter { $0.weight >= minWeight }
    return built.keeping(edges: edges)
  }

  /// The actors to draw: the ego network of `actor` within `depth`, then the `top` by
  /// `rankBy` (ties by code). The report keeps only these actors; blocs keep their ids and
  /// lose hidden members. Throws when `actor` is not in the graph.
  public func view(graph: ActorGraph, report: AnalysisReport) throws -> (
    ActorGraph, AnalysisReport
  ) {
    var keep = Set(graph.actors.map(\.code))
    for e in graph.edges {
      keep.insert(e.source)
      keep.insert(e.target)
    }
    if let actor {
      guard keep.contains(actor) else {
        throw FilterError.unknownActor(actor, suggestions: Self.similar(actor, in: keep))
      }
      keep = EgoNetwork.members(of: actor, depth: max(0, depth), edges: graph.edges)
    }
    if let top, top >= 0, keep.count > top {
      let scores = Dictionary(
        report.actors.map { ($0.code, $0.scores[rankBy] ?? -.infinity) },
        uniquingKeysWith: { a, _ in a })
      let ranked = keep.sorted { a, b in
        let sa = scores[a] ?? -.infinity
        let sb = scores[b] ?? -.infinity
        return sa != sb ? sa > sb : a < b
      }
      keep = Set(ranked.prefix(top))
    }
    guard actor != nil || top != nil else { return (graph, report) }
    let edges = graph.edges.filter { keep.contains($0.source) && keep.contains($0.target) }
    // An ego network of depth 0 or a top-1 view may hold an actor with no edge: it stays.
    let viewed = ActorGraph(actors: graph.actors.filter { keep.contains($0.code) }, edges: edges)
    var shown = report
    shown.actors = report.actors.filter { keep.contains($0.code) }
    shown.blocs = report.blocs.map { b in
      Bloc(id: b.id, members: b.members.filter { keep.contains($0) })
    }.filter { !$0.members.isEmpty }
    return (viewed, shown)
  }

  /// Codes that contain `code` or are contained in it, case-insensitively, for error messages.
  static func similar(_ code: String, in codes: Set<String>) -> [String] {
    let key = code.uppercased()
    return codes.filter {
      let other = $0.uppercased()
      return other.contains(key) || key.contains(other)
    }.sorted().prefix(5).map { $0 }
  }
}

/// Errors of the view filters.
public enum FilterError: Error, Sendable, Hashable, CustomStringConvertible {
  case unknownActor(String, suggestions: [String])
  case unknownScore(String, known: [String])

  public var description: String {
    switch self {
    case .unknownActor(let code, let suggestions):
      return "actor \"\(code)\" is not in the graph"
        + (suggestions.isEmpty ? "" : " (did you mean \(suggestions.joined(separator: ", "))?)")
    case .unknownScore(let name, let known):
      return "no score \"\(name)\" in the analysis (known: \(known.joined(separator: ", ")))"
    }
  }
}

extension ActorGraph {
  /// The graph with only `edges`, and only the actors they touch.
  public func keeping(edges: [GraphEdge]) -> ActorGraph {
    var used = Set<String>()
    for e in edges {
      used.insert(e.source)
      used.insert(e.target)
    }
    return ActorGraph(actors: actors.filter { used.contains($0.code) }, edges: edges)
  }

  /// The first and last date over all edges, or nil when no edge is dated.
  public var dateSpan: (first: String, last: String)? {
    var first: String?
    var last: String?
    for e in edges {
      if let d = e.firstDate, first.map({ d < $0 }) ?? true { first = d }
      if let d = e.lastDate ?? e.firstDate, last.map({ d > $0 }) ?? true { last = d }
    }
    guard let first, let last else { return nil }
    return (first, last)
  }
}
