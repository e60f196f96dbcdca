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
  /// Arabic: the stems the word may stand for once conjunction and preposition proclitics are
  /// off (the word itself first). Latin: the folded word. Computed once by the tokenizer.
  public var readings: [ArabicClitics.Reading] = []
  /// As `readings`, plus the stems without the article ال.
  public var articleReadings: [ArabicClitics.Reading] = []

  public var isWord: Bool { kind == .arabic || kind == .latin }
}
