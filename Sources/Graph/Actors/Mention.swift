/// A place in a sentence where an actor is named (a name, a nisba/demonym, or a deictic word).
public struct Mention: Sendable, Hashable {
  /// Token indices (into the document's tokens), end exclusive.
  public var tokenStart: Int
  public var tokenEnd: Int
  /// The code the graph uses (after roll-up).
  public var code: String
  /// The gazetteer entry that matched (a person, a sub-actor or the same as `code`).
  public var actor: String
  public var form: Form
  /// Proclitic letters stripped from the first token ("و", "ب", "لل", ...).
  public var proclitic: String

  /// How the actor was named.
  public enum Form: String, Sendable, Hashable {
    case name
    case adjective
    /// "بلاده", "his country": resolved to the current speaker.
    case deictic
    /// "the rebels", "الحكومة": resolved to the actor described earlier (see
    /// `DefiniteAnaphora`).
    case anaphor
  }

  public init(
    tokenStart: Int, tokenEnd: Int, code: String, actor: String, form: Form, proclitic: String
  ) {
    self.tokenStart = tokenStart
    self.tokenEnd = tokenEnd
    self.code = code
    self.actor = actor
    self.form = form
    self.proclitic = proclitic
  }
}
