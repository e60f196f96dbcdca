/// Where one aggregated edge was read: enough to find the sentence again.
public struct EvidenceRef: Codable, Sendable, Hashable {
  public var doc: String
  public var sentence: Int
  public var span: [Int]
  public var cue: String

  public init(doc: String, sentence: Int, span: [Int], cue: String) {
    self.doc = doc
    self.sentence = sentence
    self.span = span
    self.cue = cue
  }
}

/// One edge of the actor graph: every relation of one type from one actor to another, merged.
/// For `negotiates-with` the two codes are stored in sorted order.
public struct GraphEdge: Codable, Sendable, Hashable {
  public var source: String
  public var target: String
  public var type: RelationType
  /// How many relations (sentences) support the edge.
  public var count: Int
  /// Sum of the relations' confidences.
  public var weight: Double
  public var firstDate: String?
  public var lastDate: String?
  public var evidence: [EvidenceRef]

  public init(
    source: String, target: String, type: RelationType, count: Int, weight: Double,
    firstDate: String? = nil, lastDate: String? = nil, evidence: [EvidenceRef] = []
  ) {
    self.source = source
    self.target = target
    self.type = type
    self.count = count
    self.weight = weight
    self.firstDate = firstDate
    self.lastDate = lastDate
    self.evidence = evidence
  }

  enum CodingKeys: String, CodingKey {
    case source, target, type, count, weight
    case firstDate = "first_date"
    case lastDate = "last_date"
    case evidence
  }
}

/// The aggregated, typed actor graph: one node per actor, one edge per (source, type, target).
public struct ActorGraph: Codable, Sendable, Hashable {
  public var actors: [Actor]
  public var edges: [GraphEdge]

  public init(actors: [Actor], edges: [GraphEdge]) {
    self.actors = actors
    self.edges = edges
  }

  /// Aggregates relations into a graph.
  ///
  /// Negated relations are left out; hypothetical ones too unless `includeHypothetical`.
  /// Self-loops are dropped. `actorInfo` names the actors (codes it does not know get a
  /// placeholder named by the code).
  public static func build(
    relations: [Relation],
    includeHypothetical: Bool = false,
    types: Set<RelationType> = Set(RelationType.allCases),
    actorInfo: (String) -> Actor?
  ) -> ActorGraph {
    struct Key: Hashable {
      var source: String
      var target: String
      var type: RelationType
    }
    var edges: [Key: GraphEdge] = [:]
    var order: [Key] = []
    for r in relations {
      guard !r.negated, includeHypothetical || !r.hypothetical, types.contains(r.relation),
        r.source != r.target
      else { continue }
      var s = r.source
      var t = r.target
      if r.relation.isSymmetric && t < s { swap(&s, &t) }
      let key = Key(source: s, target: t, type: r.relation)
      let ref = EvidenceRef(doc: r.doc, sentence: r.sentence, span: r.span, cue: r.cue)
      if var e = edges[key] {
        e.count += 1
        e.weight += r.confidence
        e.evidence.append(ref)
        if let d = r.date {
          if e.firstDate.map({ d < $0 }) ?? true { e.firstDate = d }
          if e.lastDate.map({ d > $0 }) ?? true { e.lastDate = d }
        }
        edges[key] = e
      } else {
        edges[key] = GraphEdge(
          source: s, target: t, type: r.relation, count: 1, weight: r.confidence,
          firstDate: r.date, lastDate: r.date, evidence: [ref])
        order.append(key)
      }
    }
    let sortedKeys = order.sorted {
      ($0.source, $0.type, $0.target) < ($1.source, $1.type, $1.target)
    }
    let list = sortedKeys.compactMap { edges[$0] }
    var codes = Set<String>()
    for e in list {
      codes.insert(e.source)
      codes.insert(e.target)
    }
    let actors = codes.sorted().map { code in
      actorInfo(code) ?? Actor(code: code, name: code, nameAr: "", kind: .other)
    }
    return ActorGraph(actors: actors, edges: list)
  }
}
