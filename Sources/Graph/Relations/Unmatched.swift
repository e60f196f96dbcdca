/// Something in a sentence the extractor could not turn into a relation, reported by
/// `graphctl extract --unmatched` so users can grow the dictionaries.
public struct Unmatched: Codable, Sendable, Hashable {
  /// What was not understood.
  public enum Kind: String, Codable, Sendable {
    /// Two or more actors and no relation cue.
    case actorsWithoutCue = "actors-without-cue"
    /// A relation cue with fewer than two actors in the sentence.
    case cueWithOneActor = "cue-with-one-actor"
    /// A cue and two or more actors, but no rule placed them as source and target.
    case cueWithoutArguments = "cue-without-arguments"
    /// A name after a title whose affiliation is not known.
    case unknownNameAfterTitle = "unknown-name-after-title"
    /// A relation the sentence denies ("did not support"): no relation is emitted.
    case negated = "negated"
  }

  public var kind: Kind
  public var doc: String
  public var sentence: Int
  /// The words at issue (a cue, a name, or the actors' codes).
  public var text: String
  public var actors: [String]
  public var evidence: String
  public var span: [Int]
}

/// What the extractor made of one document: its relations and what it left unmatched.
public struct DocumentTrace: Sendable {
  public var relations: [Relation]
  public var unmatched: [Unmatched]
}
