/// How CAMEO event codes become graphctl's four relation types (docs/gdelt.md explains each
/// choice). Root codes decide, a few base codes refine:
///
/// | CAMEO | meaning | relation |
/// |---|---|---|
/// | 01, 02, 09 | public statement, appeal, investigate | dropped |
/// | 03 | express intent to cooperate | supports, hypothetical |
/// | 036-039 | intent to meet/negotiate, settle, accept or offer mediation | negotiates-with, hypothetical |
/// | 04 | consult (calls, visits, meetings, mediation, negotiation) | negotiates-with |
/// | 05 | diplomatic cooperation (praise, defend, rally support, recognise) | supports |
/// | 055-057 | apologise, forgive, sign formal agreement | negotiates-with |
/// | 06, 07 | material cooperation, provide aid | supports |
/// | 08 | yield (ease sanctions, release, ceasefire, retreat) | negotiates-with |
/// | 10-16 | demand, disapprove, reject, threaten, protest, show force, reduce relations | opposes |
/// | 17 | coerce: sanctions, arrests, expulsions (170, 172-174) | opposes |
/// | 171, 175, 176 | seize or damage property, violent repression, cyber attack | strikes |
/// | 18, 19, 20 | assault, fight, unconventional mass violence | strikes |
public enum CAMEOEvents {
  /// The mapping of one code: relation type, whether it is only intended, and a short label.
  public struct Mapping: Sendable, Hashable {
    public var type: RelationType
    public var hypothetical: Bool
    public var label: String
  }

  /// Short names of the root codes, for cues.
  public static let rootNames: [Int: String] = [
    1: "make public statement", 2: "appeal", 3: "express intent to cooperate", 4: "consult",
    5: "engage in diplomatic cooperation", 6: "engage in material cooperation",
    7: "provide aid", 8: "yield", 9: "investigate", 10: "demand", 11: "disapprove",
    12: "reject", 13: "threaten", 14: "protest", 15: "exhibit force posture",
    16: "reduce relations", 17: "coerce", 18: "assault", 19: "fight",
    20: "use unconventional mass violence",
  ]

  /// The relation for a CAMEO event code (`190`, `0834`, ...), or nil when the code is dropped.
  public static func mapping(for code: String) -> Mapping? {
    guard code.count >= 3, let root = Int(code.prefix(2)) else { return nil }
    let base = Int(code.prefix(3)) ?? 0
    let label = "CAMEO \(code) " + (rootNames[root] ?? "")
    func m(_ t: RelationType, _ hyp: Bool = false) -> Mapping {
      Mapping(type: t, hypothetical: hyp, label: label)
    }
    switch root {
    case 1, 2, 9: return nil
    case 3: return (36...39).contains(base) ? m(.negotiatesWith, true) : m(.supports, true)
    case 4: return m(.negotiatesWith)
    case 5: return (55...57).contains(base) ? m(.negotiatesWith) : m(.supports)
    case 6, 7: return m(.supports)
    case 8: return m(.negotiatesWith)
    case 10...16: return m(.opposes)
    case 17: return [171, 175, 176].contains(base) ? m(.strikes) : m(.opposes)
    case 18, 19, 20: return m(.strikes)
    default: return nil
    }
  }
}
