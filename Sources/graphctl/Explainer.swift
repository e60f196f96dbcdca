import Graph

/// Turns a relation into an explanation: rule, cue and the dictionary entries behind it.
struct Explainer {
  let gazetteer: Gazetteer

  /// The JSON form of an explanation.
  struct Explanation: Encodable {
    var relation: Relation
    var sourceEntry: String?
    var targetEntry: String?
    /// What the relation's rule reads (`RuleCatalogue`).
    var ruleText: String?

    enum CodingKeys: String, CodingKey {
      case relation
      case sourceEntry = "source_entry"
      case targetEntry = "target_entry"
      case ruleText = "rule_text"
    }
  }

  func entryDescription(code: String, actor: String?) -> String {
    let key = actor ?? code
    guard let e = gazetteer.entry(key) else {
      if key.hasPrefix("PER_") {
        return "\(key) (person introduced by a title in this document) → \(code)"
      }
      return key
    }
    var s = "\(e.code) \(e.name) [\(e.kind.rawValue)] from \(e.origin ?? "user file")"
    if key != code { s += " → rolls up to \(code)" }
    return s
  }

  func explanation(_ r: Relation) -> Explanation {
    Explanation(
      relation: r, sourceEntry: entryDescription(code: r.source, actor: r.sourceActor),
      targetEntry: entryDescription(code: r.target, actor: r.targetActor),
      ruleText: (r.rule?.split(separator: " ").first).flatMap { RuleCatalogue.text(String($0)) })
  }

  func text(_ r: Relation) -> String {
    let parts = (r.rule ?? "").split(separator: " ", maxSplits: 1).map(String.init)
    let rule = parts.first ?? "?"
    let origin = parts.count > 1 ? parts[1] : "?"
    var s = "\(r.doc) #\(r.sentence)  \(r.source) \(r.relation.rawValue) \(r.target)"
    if r.hypothetical { s += "  (hypothetical)" }
    s += String(format: "  confidence %.2f\n", r.confidence)
    s += "  cue     \"\(r.cue)\" (lexicon \(origin))\n"
    s += "  rule    \(rule): \(Self.ruleText(rule))\n"
    s +=
      "  source  \"\(r.sourceText)\" = \(entryDescription(code: r.source, actor: r.sourceActor))\n"
    s +=
      "  target  \"\(r.targetText)\" = \(entryDescription(code: r.target, actor: r.targetActor))\n"
    s +=
      "  text    \(Self.clip(r.evidence, 300)) [\(r.span.map(String.init).joined(separator: "-"))]\n"
    return s
  }

  static func ruleText(_ rule: String) -> String {
    RuleCatalogue.text(rule) ?? rule
  }

  static func clip(_ s: String, _ n: Int) -> String {
    let flat = s.replacingOccurrences(of: "\n", with: " ")
    return flat.count > n ? String(flat.prefix(n)) + "…" : flat
  }
}
