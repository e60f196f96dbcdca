/// A sentence of a document: a run of tokens and its place in the original text.
public struct Sentence: Sendable, Hashable {
  /// 0-based position of the sentence in its document.
  public var index: Int
  /// Token indices into the document's token array, end exclusive.
  public var tokenRange: Range<Int>
  /// Scalar offsets of the sentence in the original text, end exclusive.
  public var start: Int
  public var end: Int
}

/// Splits a token stream into sentences at stops (. ! ? ؟ …) and line breaks.
public enum SentenceSplitter {
  /// English abbreviations after which a period does not end a sentence.
  static let abbreviations: Set<String> = [
    "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "sgt", "st", "no", "vs", "jr",
    "sr", "prof", "gov", "sen", "rep", "adm", "brig", "cmdr", "jan", "feb", "mar", "apr", "aug",
    "sep", "sept", "oct", "nov", "dec", "inc", "co", "corp", "ltd", "mt", "ft", "approx", "etc",
  ]

  /// The lengths and first and last letters of `abbreviations`: most words before a period are
  /// ruled out without hashing them.
  static let abbreviationShape = WordShape(abbreviations)

  public static func split(_ tokens: [Token]) -> [Sentence] {
    var kept: [Int] = []
    return split(tokens, keptDots: &kept)
  }

  /// `split`, and the periods it kept inside a sentence ("Gen.", "Marcos Jr.", "George W.
  /// Bush") made `.other`: they end no clause either ("Ferdinand Marcos Jr. condemned China").
  public static func split(marking tokens: inout [Token]) -> [Sentence] {
    var kept: [Int] = []
    let sentences = split(tokens, keptDots: &kept)
    for i in kept { tokens[i].kind = .other }
    return sentences
  }

  /// `split(marking:)` given `breaks`, the indices of the stops and of the tokens after a line
  /// break, in order (as `Tokenizer.tokenize(utf8:index:breaks:)` lists them): the tokens are
  /// not scanned for them.
  static func split(marking tokens: inout [Token], breaks: [Int]) -> [Sentence] {
    var kept: [Int] = []
    let sentences = split(tokens, breaks: breaks, keptDots: &kept)
    for i in kept { tokens[i].kind = .other }
    return sentences
  }

  /// `split`, with the periods of abbreviations and initials that end no sentence in `keptDots`;
  /// with `breaks`, the stops and the tokens after a line break are those it lists.
  static func split(_ tokens: [Token], breaks: [Int]? = nil, keptDots: inout [Int]) -> [Sentence] {
    var sentences: [Sentence] = []
    // Room for sentences of some twenty tokens, not one more at a time.
    sentences.reserveCapacity(tokens.count / 20 + 1)
    var lo = 0
    func close(_ hi: Int) {
      guard hi > lo else { return }
      sentences.append(
        Sentence(
          index: sentences.count, tokenRange: lo..<hi, start: tokens[lo].start,
          end: tokens[hi - 1].end))
      lo = hi
    }
    var next = 0
    var nextBreak = 0
    while true {
      let i: Int
      if let breaks {
        guard nextBreak < breaks.count else { break }
        i = breaks[nextBreak]
        nextBreak += 1
      } else {
        // (Tokens that neither follow a line break nor are a stop skipped in one scan.)
        i = tokens.nextIndex(from: next, to: tokens.count) { $0.afterNewline || $0.kind == .stop }
        guard i < tokens.count else { break }
      }
      next = i + 1
      if i > lo && tokens[i].afterNewline { close(i) }
      // Most tokens are no stop: their kind is read in place, without a copy of the token.
      guard tokens[i].kind == .stop else { continue }
      // The stop's fields, read in place (a copied token costs more than the test).
      let dot = tokens.norm(i).equalsWord(".")
      let start = tokens[i].start
      if dot, i > lo, tokens[i - 1].kind == .latin,
        abbreviationShape.mayContain(tokens.norm(i - 1)),
        abbreviations.contains(tokens.norm(i - 1)), tokens[i - 1].end == start
      {
        keptDots.append(i)
        continue
      }
      // A middle initial: "George W. Bush".
      if dot, i > lo, i + 1 < tokens.count, tokens[i - 1].kind == .latin,
        tokens[i - 1].allCaps
          || (tokens[i - 1].capitalized && tokens[i - 1].end - tokens[i - 1].start == 1),
        tokens[i - 1].end == start, tokens[i - 1].end - tokens[i - 1].start == 1,
        tokens[i + 1].kind == .latin, tokens[i + 1].capitalized, !tokens[i + 1].afterNewline,
        i - 1 > lo, tokens[i - 2].kind == .latin, tokens[i - 2].capitalized
      {
        keptDots.append(i)
        continue
      }
      // A closing quote right after the stop stays in the sentence.
      var hi = i + 1
      while hi < tokens.count, tokens[hi].kind == .quote, !tokens[hi].afterNewline,
        tokens[hi].start == tokens[hi - 1].end
      {
        hi += 1
      }
      close(hi)
    }
    close(tokens.count)
    return sentences
  }
}
