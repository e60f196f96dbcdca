/// One line of a gazetteer file: an actor and the words that name it (see gazetteer/README.md).
public struct GazetteerEntry: Codable, Sendable, Hashable {
  public var code: String
  public var kind: ActorKind
  public var name: String
  public var nameAr: String?
  /// Surface forms matched as whole words (Arabic and English mixed).
  public var names: [String]
  /// Nisba and demonym base forms; Arabic forms are inflected by rule.
  public var adjectives: [String]?
  /// For persons and sub-actors: the code they roll up to.
  public var affiliation: String?
  /// Office dates (ISO 8601), used to pick between entries that share a name.
  public var from: String?
  public var to: String?
  /// Forms that collide with common words; not matched on their own.
  public var ambiguousNames: [String]?
  /// Ambiguous one-word forms that name the state where a country's name stands: after a
  /// preposition or a word of direction, after a head such as "رئيس", joined by و to another
  /// state, or after a feminine verb ("قطعت مالي علاقاتها"). Listed in `ambiguousNames` too.
  public var contextNames: [String]?
  /// States only: ambiguous forms that are the state's capital ("Santiago", "سيول"). In a
  /// document that named the state before (or a sentence that names it before the form), the
  /// form names the state. Listed in `ambiguousNames` too.
  public var capitalNames: [String]?
  /// For a group or body of one state: that state's code. Its `ambiguousNames` name it in a
  /// sentence that names the state, or in a document whose earlier sentences named that state
  /// most ("the opposition" in a report on Venezuela).
  public var home: String?
  /// Where the entry was read ("states.jsonl:12"); not part of the file format.
  public var origin: String?

  public init(
    code: String, kind: ActorKind, name: String, nameAr: String? = nil, names: [String],
    adjectives: [String]? = nil, affiliation: String? = nil, from: String? = nil,
    to: String? = nil, ambiguousNames: [String]? = nil, contextNames: [String]? = nil,
    capitalNames: [String]? = nil, home: String? = nil
  ) {
    self.code = code
    self.kind = kind
    self.name = name
    self.nameAr = nameAr
    self.names = names
    self.adjectives = adjectives
    self.affiliation = affiliation
    self.from = from
    self.to = to
    self.ambiguousNames = ambiguousNames
    self.contextNames = contextNames
    self.capitalNames = capitalNames
    self.home = home
  }

  enum CodingKeys: String, CodingKey {
    case code, kind, name
    case nameAr = "name_ar"
    case names, adjectives, affiliation, from, to
    case ambiguousNames = "ambiguous_names"
    case contextNames = "context_names"
    case capitalNames = "capital_names"
    case home
  }

  /// True when the entry's office covers `date` (an ISO date or date-time prefix).
  public func isValid(on date: String?) -> Bool {
    guard let date, date.count >= 10 else { return true }
    let day = String(date.prefix(10))
    if let from, day < from { return false }
    if let to, day > to { return false }
    return true
  }

  /// The actor record shown in outputs.
  public var actor: Actor {
    Actor(code: code, name: name, nameAr: nameAr ?? "", kind: kind, affiliation: affiliation)
  }
}
