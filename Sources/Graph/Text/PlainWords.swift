/// The words of a dictionary form (a name, a cue, a title) as the tokenizer reads them, without
/// making tokens: most forms are plain words, and the start-up tokenized some 14,000 of them one
/// by one (about 2,400 instructions each, most of it making and dropping `Token`s).
extension Tokenizer {
  /// A word of `words(text:)`: what the dictionaries read of a token.
  struct Word: Equatable {
    /// `Token.norm`.
    var norm: String
    var kind: TokenKind
    /// `Token.capitalized` and `Token.allCaps`.
    var capitalized: Bool
    var allCaps: Bool
  }

  /// The tokens of `text` as `tokenize(text:)` gives them (kind, folded form and case). A text of
  /// plain words (Arabic letters, or ASCII letters, with single or repeated spaces between) is
  /// split and folded here; any other is tokenized.
  static func words(text: String) -> [Word] {
    if let plain = plainWords(text) { return plain }
    return tokenize(text: text).map {
      Word(norm: $0.norm, kind: $0.kind, capitalized: $0.capitalized, allCaps: $0.allCaps)
    }
  }

  /// The folded forms of `words(text:)`.
  static func norms(text: String) -> [String] {
    if let plain = plainWords(text, { norm, _, _, _ in norm }) { return plain }
    return tokenize(text: text).map(\.norm)
  }

  /// The words of `text` when every run between spaces (U+0020) is all Arabic word scalars or
  /// all ASCII letters; nil for any other text. Folded as the tokenizer folds them: Arabic by
  /// `Normalizer.fold` (a run whose scalars are all dropped is no word), ASCII to lower case.
  static func plainWords(_ text: String) -> [Word]? {
    plainWords(text) { norm, kind, capitalized, allCaps in
      Word(norm: norm, kind: kind, capitalized: capitalized, allCaps: allCaps)
    }
  }

  /// `plainWords(_:)`, each word made by `word` from its folded form, kind and case flags
  /// (capitalized, all caps).
  @inline(__always)
  static func plainWords<W>(
    _ text: String, _ word: (String, TokenKind, Bool, Bool) -> W
  ) -> [W]? {
    var text = text
    return text.withUTF8 { b -> [W]? in
      let n = b.count
      // A folded word is never longer than the text.
      return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: n + 1) { space in
        guard let buffer = space.baseAddress else { return nil }
        // Room for every word at once: one more than the spaces.
        var spaces = 0
        for k in 0..<n where b[k] == 0x20 { spaces += 1 }
        var out: [W] = []
        out.reserveCapacity(spaces + 1)
        var i = 0
        while i < n {
          let c0 = b[i]
          if c0 == 0x20 {
            i += 1
            continue
          }
          var len = 0
          if c0 < 0x80 {
            // ASCII letters up to a space or the end.
            var upper = 0
            var letters = 0
            while i < n, b[i] != 0x20 {
              let c = b[i]
              guard c < 0x80, c | 0x20 >= 0x61, c | 0x20 <= 0x7A else { return nil }
              if c < 0x61 { upper += 1 }
              letters += 1
              buffer[len] = c | 0x20
              len += 1
              i += 1
            }
            out.append(
              word(
                String(validUTF8: UnsafeBufferPointer(start: buffer, count: len)),
                .latin, c0 < 0x61, upper >= 2 && upper == letters))
          } else {
            // Arabic word scalars (two bytes each, D8 80 ... DB BF) up to a space or the end.
            while i < n, b[i] != 0x20 {
              let c = b[i]
              guard c >= 0xD8, c <= 0xDB, i + 1 < n else { return nil }
              let c1 = b[i + 1]
              // Letters that fold to themselves (the common case), as the tokenizer reads them:
              // U+0624...U+063A but U+0625 and U+0629 (D8 A4...D8 BA), U+0641...U+0648 (D9 81
              // ...D9 88).
              if c == 0xD8
                ? c1 >= 0xA4 && c1 <= 0xBA && c1 != 0xA5 && c1 != 0xA9
                : c == 0xD9 && c1 >= 0x81 && c1 <= 0x88
              {
                buffer[len] = c
                buffer[len + 1] = c1
                len += 2
                i += 2
                continue
              }
              let v = UInt32(c & 0x1F) << 6 | UInt32(c1 & 0x3F)
              guard let s = Unicode.Scalar(v), isArabicWordScalar(s) else { return nil }
              if let f = Normalizer.fold(s) {
                len += ScalarText.writeUTF8(f, to: buffer + len)
              }
              i += 2
            }
            guard len > 0 else { continue }
            out.append(
              word(
                String(validUTF8: UnsafeBufferPointer(start: buffer, count: len)),
                .arabic, false, false))
          }
        }
        return out
      }
    }
  }
}
