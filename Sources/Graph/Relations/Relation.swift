/// One relation found in text, with the evidence that lets a reader trace it back to its sentence.
///
/// Encoded as one line of `relations.jsonl` (DESIGN.md §2). `span` holds Unicode scalar offsets
/// into the original document text (the same indices Python's `str` uses).
public struct Relation: Codable, Sendable, Hashable {
  public var doc: String
  public var sentence: Int
  public var source: String
  public var relation: RelationType
  public var target: String
  public var cue: String
  public var evidence: String
  public var sourceText: String
  public var targetText: String
  /// (Declared after the texts, out of the public initializer's order: the memberwise
  /// initializer, which that one calls, then has other labels and stays.)
  public var span: [Int]
  public var negated: Bool
  public var hypothetical: Bool
  public var confidence: Double
  /// The extraction rule that produced the relation (for `--explain`).
  public var rule: String?
  /// Person or sub-actor codes before roll-up, when the mention named one.
  public var sourceActor: String?
  public var targetActor: String?
  /// Document date (ISO 8601 day) when the input gave one.
  public var date: String?

  enum CodingKeys: String, CodingKey {
    case doc, sentence, source, relation, target, cue, evidence, span
    case sourceText = "source_text"
    case targetText = "target_text"
    case negated, hypothetical, confidence, rule
    case sourceActor = "source_actor"
    case targetActor = "target_actor"
    case date
  }
}

extension Relation {
  /// (Made by the memberwise initializer: one that set the fields one by one made the relation
  /// and then a copy of it, retaining every field, some 600 instructions a relation.)
  public init(
    doc: String, sentence: Int, source: String, relation: RelationType, target: String,
    cue: String, evidence: String, span: [Int], sourceText: String, targetText: String,
    negated: Bool = false, hypothetical: Bool = false, confidence: Double = 0.8,
    rule: String? = nil, sourceActor: String? = nil, targetActor: String? = nil,
    date: String? = nil
  ) {
    self.init(
      doc: doc, sentence: sentence, source: source, relation: relation, target: target, cue: cue,
      evidence: evidence, sourceText: sourceText, targetText: targetText, span: span,
      negated: negated, hypothetical: hypothetical, confidence: confidence, rule: rule,
      sourceActor: sourceActor, targetActor: targetActor, date: date)
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    doc = try c.decode(String.self, forKey: .doc)
    sentence = try c.decodeIfPresent(Int.self, forKey: .sentence) ?? 0
    source = try c.decode(String.self, forKey: .source)
    relation = try c.decode(RelationType.self, forKey: .relation)
    target = try c.decode(String.self, forKey: .target)
    cue = try c.decodeIfPresent(String.self, forKey: .cue) ?? ""
    evidence = try c.decodeIfPresent(String.self, forKey: .evidence) ?? ""
    span = try c.decodeIfPresent([Int].self, forKey: .span) ?? []
    sourceText = try c.decodeIfPresent(String.self, forKey: .sourceText) ?? ""
    targetText = try c.decodeIfPresent(String.self, forKey: .targetText) ?? ""
    negated = try c.decodeIfPresent(Bool.self, forKey: .negated) ?? false
    hypothetical = try c.decodeIfPresent(Bool.self, forKey: .hypothetical) ?? false
    confidence = try c.decodeIfPresent(Double.self, forKey: .confidence) ?? 1.0
    rule = try c.decodeIfPresent(String.self, forKey: .rule)
    sourceActor = try c.decodeIfPresent(String.self, forKey: .sourceActor)
    targetActor = try c.decodeIfPresent(String.self, forKey: .targetActor)
    date = try c.decodeIfPresent(String.self, forKey: .date)
  }
}
