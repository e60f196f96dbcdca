/// A place in a sentence where an actor is named (a name, a nisba/demonym, or a deictic word).
public struct Mention: Sendable, Hashable {
  /// Token indices (into the document's tokens), end exclusive.
  public var tokenStart: Int
  public var tokenEnd: Int
  /// The code the graph uses (after roll-up).
  public var code: String {
    didSet { codeEntry = Self.unknownEntry }
  }
  /// The gazetteer entry that matched (a person, a sub-actor or the same as `code`).
  public var actor: String {
    didSet { actorEntry = Self.unknownEntry }
  }
  public var form: Form
  /// Proclitic letters stripped from the first token ("و", "ب", "لل", ...).
  public var proclitic: String

  /// Where `code` and `actor` are in the entries of the gazetteer with tag `entryTag` (-1: not
  /// there), as the matcher found them, so the rules ask for an entry's kind without looking its
  /// code up; `unknownEntry` when not known (then `Gazetteer` looks the code up). They are a
  /// cache: equality and hashing leave them out.
  var codeEntry: Int32 = Mention.unknownEntry
  var actorEntry: Int32 = Mention.unknownEntry
  var entryTag: UInt32 = 0
  static let unknownEntry: Int32 = -2

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

  public static func == (a: Mention, b: Mention) -> Bool {
    a.tokenStart == b.tokenStart && a.tokenEnd == b.tokenEnd && a.code == b.code
      && a.actor == b.actor && a.form == b.form && a.proclitic == b.proclitic
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(tokenStart)
    hasher.combine(tokenEnd)
    hasher.combine(code)
    hasher.combine(actor)
    hasher.combine(form)
    hasher.combine(proclitic)
  }
}

extension Array where Element == Mention {
  /// `self[k].tokenStart`, read through the element's address: in a long function the
  /// optimizer may call an outlined getter that copies the whole mention (three Strings) to read
  /// one field.
  @inline(__always)
  func tokenStart(_ k: Int) -> Int {
    // (Here and below, the bounds are checked against the buffer: `count` was left a call in
    // long callers.)
    return withUnsafeBufferPointer {
      precondition(k >= 0 && k < $0.count, "Index out of range")
      return $0.baseAddress.unsafelyUnwrapped[k].tokenStart
    }
  }

  /// `self[k].tokenEnd`, read in place (see `tokenStart(_:)`).
  @inline(__always)
  func tokenEnd(_ k: Int) -> Int {
    return withUnsafeBufferPointer {
      precondition(k >= 0 && k < $0.count, "Index out of range")
      return $0.baseAddress.unsafelyUnwrapped[k].tokenEnd
    }
  }

  /// `self[k].code`, read in place (see `tokenStart(_:)`): only the String is retained.
  @inline(__always)
  func code(_ k: Int) -> String {
    return withUnsafeBufferPointer {
      precondition(k >= 0 && k < $0.count, "Index out of range")
      return $0.baseAddress.unsafelyUnwrapped[k].code
    }
  }

  /// `self[k].proclitic`, read in place (see `code(_:)`).
  @inline(__always)
  func proclitic(_ k: Int) -> String {
    return withUnsafeBufferPointer {
      precondition(k >= 0 && k < $0.count, "Index out of range")
      return $0.baseAddress.unsafelyUnwrapped[k].proclitic
    }
  }

  /// `self[k].form`, read in place (see `tokenStart(_:)`).
  @inline(__always)
  func form(_ k: Int) -> Mention.Form {
    return withUnsafeBufferPointer {
      precondition(k >= 0 && k < $0.count, "Index out of range")
      return $0.baseAddress.unsafelyUnwrapped[k].form
    }
  }
}
