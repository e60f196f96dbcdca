import Graph

/// Turns a relation into an explanation: rule, cue and the dictionary entries behind it.
struct Explainer {
  let gazetteer: Gazetteer

  /// The JSON form of an explanation.
  struct Explanation: Encodable {
    var relation: Relation
    var sourceEntry: String?
    var targetEntry: String?

    enum CodingKeys: String, CodingKey {
      case relation
      case sourceEntry = "source_entry"
      case targetEntry = "target_entry"
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
      targetEntry: entryDescription(code: r.target, actor: r.targetActor))
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
    let name = rule.split(separator: "/").last.map(String.init) ?? rule
    switch name {
    case "verb-svo": return "subject before the verb is the source, the object after it the target"
    case "verb-vso":
      return "the actor right after the verb is the subject (source), the next one the target"
    case "verb+object-pronoun":
      return "the verb's object pronoun points back to the target; the subject follows the verb"
    case "verb-shared-subject":
      return "a coordinated or subject-less verb takes the previous verb's subject or the speaker"
    case "reported-speech":
      return "a first-person verb in reported speech: the speaker is the source"
    case "condemned-event":
      return
        "the subject condemns an attack named by a bare noun; its agent is the one an earlier sentence named (the evidence starts there)"
    case "claimed-event":
      return
        "the subject claims an attack named by a bare noun; its target is the one an earlier sentence named (the evidence starts there)"
    case "verb-relative-author":
      return
        "the subject opposes an act named after the verb; the subject of the relative clause naming it (its author) is the target"
    case "verdict":
      return
        "a judgement (غير مقبول، unacceptable): the speaker of the sentence is the source, the actor named before it the target"
    case "noun-after-preposition":
      return
        "a verbal noun after a preposition (على دعم X): the clause's subject is the source, the noun's genitive the target"
    case "noun":
      return
        "verbal noun: its possessor/genitive (or the actor before it) is the source, the object after it the target"
    case "passive", "compound-passive":
      return
        "passive participle: the agent after من/by is the source, the actor it describes the target"
    case "agent":
      return
        "agent phrase (بدعم من، على يد، at the hands of): the agent is the source, the clause subject the target"
    case "patron":
      return "supporters/allies of X: X is the target, the named supporters the sources"
    case "joint-between": return "between X and Y: both take part"
    case "joint-adjacent": return "the participants follow the noun (توافق مصري فرنسي)"
    case "joint-subject": return "a coordinated subject (X and Y) takes part together"
    case "joint-with": return "X ... with Y"
    case "meet": return "symmetric verb: subject and object meet"
    case "meet-joint-subject": return "symmetric verb with a coordinated subject"
    default: return rule
    }
  }

  static func clip(_ s: String, _ n: Int) -> String {
    let flat = s.replacingOccurrences(of: "\n", with: " ")
    return flat.count > n ? String(flat.prefix(n)) + "…" : flat
  }
}
