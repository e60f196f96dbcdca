/// Reads one cue line of the lexicon (a `Lexicon.Line` object) straight from its UTF-8 bytes.
///
/// It reads only the plain shape the shipped files use: an object whose keys are the line's own
/// (each once), whose values are unescaped strings, arrays of them, a plain decimal
/// `confidence` (digits, then at most one fraction) and a `suffix` of true or false, with
/// JSON's own whitespace around. Anything else (other keys, null, escapes, control characters,
/// exponents, repeated keys, an unknown frame, a missing field, invalid JSON) gives nil, and the
/// caller hands the line to `JSONDecoder`, so every line gets the decoder's answer (and its
/// errors). `JSONDecoder` cost about 100,000 instructions a line.
enum LexiconLine {
  static func line(_ text: String) -> Lexicon.Line? {
    var text = text
    return text.withUTF8 { b in
      var p = Parser(b: b)
      return p.line()
    }
  }

  private struct Parser: JSONByteCursor {
    let b: UnsafeBufferPointer<UInt8>
    var i = 0
    /// A line of a String: its strings are made without checking their bytes again.
    var bytesAreValidUTF8: Bool { true }

    /// [0-9]+(.[0-9]+)? with at most 15 digits in each part, converted as the decoder does
    /// (correctly rounded); anything else is left to the decoder.
    mutating func number() -> Double? {
      let start = i
      // A leading zero only alone before the fraction ("0.8", not "08").
      let whole = skipDigits()
      guard whole > 0, whole <= 15, whole == 1 || b[start] != 0x30 else { return nil }
      if eat(0x2E) {
        let n = skipDigits()
        guard n > 0, n <= 15 else { return nil }
      }
      if i < b.count, b[i] == 0x65 || b[i] == 0x45 { return nil }
      return Double(String(decoding: UnsafeBufferPointer(rebasing: b[start..<i]), as: UTF8.self))
    }

    /// true or false.
    mutating func bool() -> Bool? {
      func literal(_ s: StaticString) -> Bool {
        let n = s.utf8CodeUnitCount
        guard i + n <= b.count else { return false }
        let ok = s.withUTF8Buffer { w in
          UnsafeBufferPointer(rebasing: b[i..<(i + n)]).elementsEqual(w)
        }
        if ok { i += n }
        return ok
      }
      if literal("true") { return true }
      if literal("false") { return false }
      return nil
    }

    /// The line's field number of a key (nil for any other key).
    func field(_ r: Range<Int>) -> Int? {
      let k = UnsafeBufferPointer(rebasing: b[r])
      for (n, name) in Self.keys.enumerated() where k.elementsEqual(name) { return n }
      return nil
    }

    static let keys: [[UInt8]] = [
      "relation", "frame", "forms", "past", "present", "lemmas", "confidence", "refused",
      "politics", "also", "needs", "suffix", "targets",
    ].map { Array($0.utf8) }

    mutating func line() -> Lexicon.Line? {
      ws()
      guard eat(0x7B) else { return nil }  // {
      var text: [String?] = Array(repeating: nil, count: Self.keys.count)
      var lists: [[String]?] = Array(repeating: nil, count: Self.keys.count)
      var confidence: Double?
      var suffix: Bool?
      var seen = 0
      ws()
      if !eat(0x7D) {
        while true {
          ws()
          guard let key = plainStringRange(), let n = field(key), seen & (1 << n) == 0 else {
            return nil
          }
          seen |= 1 << n
          ws()
          guard eat(0x3A) else { return nil }  // :
          ws()
          switch n {
          case 2, 3, 4, 5:
            guard let v = plainStrings() else { return nil }
            lists[n] = v
          case 6:
            guard let v = number() else { return nil }
            confidence = v
          case 11:
            guard let v = bool() else { return nil }
            suffix = v
          default:
            guard let v = plainString() else { return nil }
            text[n] = v
          }
          ws()
          if eat(0x7D) { break }
          guard eat(0x2C) else { return nil }
        }
      }
      ws()
      guard i == b.count, let relation = text[0], let frameName = text[1],
        let frame = CueFrame(rawValue: frameName)
      else { return nil }
      return Lexicon.Line(
        relation: relation, frame: frame, forms: lists[2], past: lists[3], present: lists[4],
        lemmas: lists[5], confidence: confidence, refused: text[7], politics: text[8],
        also: text[9], needs: text[10], targets: text[12], suffix: suffix)
    }
  }
}
