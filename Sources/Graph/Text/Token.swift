/// What a token is made of.
public enum TokenKind: Sendable, Hashable {
  case arabic
  case latin
  case number
  /// Sentence-ending punctuation: . ! ? ؟ and runs of them.
  case stop
  /// Clause punctuation: , ، ; ؛ : and brackets.
  case comma
  /// Quotation marks and dashes.
  case quote
  case other
}

/// A word or punctuation mark with its folded form and its place in the original text.
public struct Token: Sendable, Hashable {
  /// Folded form (see `Normalizer`).
  public var norm: String
  /// Scalar offsets of the token in the original text, end exclusive.
  public var start: Int
  public var end: Int
  public var kind: TokenKind
  /// For Latin tokens: the original starts with an upper-case letter.
  public var capitalized: Bool
  /// For Latin tokens: the original is all upper-case (at least two letters), like "UN".
  public var allCaps: Bool
  /// A line break precedes the token.
  public var afterNewline: Bool
  /// What the extractor's dictionaries know about the word (see `TokenLex`); empty for tokens
  /// that were not looked up.
  public var lex = TokenLex()

  /// Arabic: the stems the word may stand for once conjunction and preposition proclitics are
  /// off (the word itself first). Other tokens: the folded word.
  public var readings: [ArabicClitics.Reading] {
    kind == .arabic
      ? ArabicClitics.readings(norm) : [ArabicClitics.Reading(stem: norm, proclitic: "")]
  }

  /// As `readings`, plus the stems without the article ال.
  public var articleReadings: [ArabicClitics.Reading] {
    kind == .arabic
      ? ArabicClitics.readings(norm, dropArticle: true)
      : [ArabicClitics.Reading(stem: norm, proclitic: "")]
  }

  public var isWord: Bool { kind == .arabic || kind == .latin }
}

/// What the dictionaries know about a token's word, looked up once when the extractor tokenizes
/// a document (`WordIndex`), so matching can skip words that start nothing and marker tests are
/// bit tests.
public struct TokenLex: Sendable, Hashable {
  /// Id of the folded word in the extractor's vocabulary; -1 when no dictionary has it.
  public var id: Int32 = -1
  var flags: UInt8 = 0
  /// Marker lists (bit numbers from `Lexicon.markerBits`) holding one of the word's readings, in
  /// the lists of the token's language.
  var markers: UInt64 = 0
  /// Marker lists holding a stem read after the article ال ("الحركة" -> "حركة").
  var articleMarkers: UInt64 = 0

  static let analyzed: UInt8 = 1
  /// A reading may start an actor name, nisba or deictic word.
  static let actor: UInt8 = 2
  /// A reading may start a lexicon cue.
  static let cue: UInt8 = 4
  /// A reading may start a title.
  static let title: UInt8 = 8

  public init() {}

  /// True when the token was looked up; otherwise the flags say nothing.
  @inline(__always) var isAnalyzed: Bool { flags & Self.analyzed != 0 }
  /// False only when the token was looked up and cannot start anything of `kind`.
  @inline(__always) func may(_ kind: UInt8) -> Bool {
    flags & Self.analyzed == 0 || flags & kind != 0
  }
}
