/// Reads the lexicon's marker lists (markers.json: an object whose values are lists of words,
/// or a string such as its comment) straight from its UTF-8 bytes.
///
/// It reads only the plain shape the shipped file uses: each key once, unescaped, and each value
/// an unescaped string or a list of them, with JSON's own whitespace around. Anything else gives
/// nil, and the caller hands the file to `JSONSerialization`, so every file gets its answer.
/// `JSONSerialization` and the casts of its values cost about 7 million instructions at start-up.
enum MarkerFile {
  /// The lists by key, in the file's order (string values left out, as they are not lists).
  static func lists(_ b: UnsafeBufferPointer<UInt8>) -> [(key: String, words: [String])]? {
    // (Checked once as a whole: the words are then made without checking each again.)
    let valid = b.baseAddress.map { UTF8Check.firstInvalid($0, b.count).invalid == nil } ?? false
    var p = Parser(b: b, bytesAreValidUTF8: valid)
    return p.lists()
  }

  private struct Parser: JSONByteCursor {
    let b: UnsafeBufferPointer<UInt8>
    let bytesAreValidUTF8: Bool
    var i = 0

    func string(_ r: Range<Int>) -> String {
      if bytesAreValidUTF8 { return String(validUTF8: UnsafeBufferPointer(rebasing: b[r])) }
      return String(decoding: UnsafeBufferPointer(rebasing: b[r]), as: UTF8.self)
    }

    mutating func lists() -> [(key: String, words: [String])]? {
      ws()
      guard eat(0x7B) else { return nil }  // {
      var out: [(key: String, words: [String])] = []
      // Every key, to leave a repeated one to `JSONSerialization`.
      var keys = Set<[UInt8]>()
      ws()
      if !eat(0x7D) {
        while true {
          ws()
          guard let k = plainStringRange(), keys.insert(Array(b[k])).inserted else { return nil }
          ws()
          guard eat(0x3A) else { return nil }  // :
          ws()
          if i < b.count, b[i] == 0x22 {
            guard plainStringRange() != nil else { return nil }
          } else {
            guard let words = plainStrings() else { return nil }
            out.append((string(k), words))
          }
          ws()
          if eat(0x7D) { break }
          guard eat(0x2C) else { return nil }
        }
      }
      ws()
      guard i == b.count else { return nil }
      return out
    }
  }
}
