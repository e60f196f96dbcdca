import Foundation

/// Reads one gazetteer line (a `GazetteerEntry` object) straight from its UTF-8 bytes.
///
/// It reads only the plain shape the shipped files use: an object whose keys are the entry's own
/// (each once), whose values are unescaped strings or arrays of them, with JSON's own whitespace
/// around. Anything else (other keys, null, numbers, escapes, control characters, repeated keys,
/// an unknown kind, a missing field, invalid JSON) gives nil, and the caller hands the line to
/// `JSONDecoder`, so every line gets the decoder's answer (and its errors).
enum GazetteerLine {
  static func entry(_ line: String) -> GazetteerEntry? {
    var line = line
    return line.withUTF8 { entry($0) }
  }

  /// `entry(_:)` of the line whose UTF-8 is `b` (valid UTF-8: the bytes of a String).
  static func entry(_ b: UnsafeBufferPointer<UInt8>) -> GazetteerEntry? {
    var p = Parser(b: b)
    return p.entry()
  }

  private struct Parser: JSONByteCursor {
    let b: UnsafeBufferPointer<UInt8>
    var i = 0
    /// A line of a String: its strings are made without checking their bytes again.
    var bytesAreValidUTF8: Bool { true }

    /// The entry's field number of a key (nil for any other key).
    func field(_ r: Range<Int>) -> Int? {
      // (Lengths compared first, then the bytes by `memcmp`: `elementsEqual` went byte by byte
      // through every key.)
      guard let base = b.baseAddress else { return nil }
      for (n, name) in Self.keys.enumerated()
      where name.count == r.count && memcmp(base + r.lowerBound, name, r.count) == 0 {
        return n
      }
      return nil
    }

    /// The kind named by the string at `r` (`ActorKind(rawValue:)` of it): the raw values' bytes
    /// compared first (`ActorKind(rawValue:)` compared Strings), the String for any other.
    func actorKind(_ r: Range<Int>) -> ActorKind? {
      if let base = b.baseAddress {
        for (bytes, kind) in Self.kinds
        where bytes.count == r.count && memcmp(base + r.lowerBound, bytes, r.count) == 0 {
          return kind
        }
      }
      return ActorKind(rawValue: String(validUTF8: UnsafeBufferPointer(rebasing: b[r])))
    }

    static let kinds = ActorKind.allCases.map { (Array($0.rawValue.utf8), $0) }

    static let keys: [[UInt8]] = [
      "code", "kind", "name", "name_ar", "names", "adjectives", "affiliation", "from", "to",
      "ambiguous_names", "context_names", "home", "capital_names",
    ].map { Array($0.utf8) }

    mutating func entry() -> GazetteerEntry? {
      ws()
      guard eat(0x7B) else { return nil }  // {
      // The fields by number (`keys`), in locals: two arrays of them cost two allocations a
      // line.
      var code: String?
      var kind: ActorKind?
      var name: String?
      var nameAr: String?
      var names: [String]?
      var adjectives: [String]?
      var affiliation: String?
      var from: String?
      var to: String?
      var ambiguousNames: [String]?
      var contextNames: [String]?
      var home: String?
      var capitalNames: [String]?
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
          if n == 1 {
            guard let r = plainStringRange(), let k = actorKind(r) else { return nil }
            kind = k
          } else if n == 4 || n == 5 || n == 9 || n == 10 || n == 12 {
            guard let v = plainStrings() else { return nil }
            switch n {
            case 4: names = v
            case 5: adjectives = v
            case 9: ambiguousNames = v
            case 10: contextNames = v
            default: capitalNames = v
            }
          } else {
            guard let v = plainString() else { return nil }
            switch n {
            case 0: code = v
            case 2: name = v
            case 3: nameAr = v
            case 6: affiliation = v
            case 7: from = v
            case 8: to = v
            default: home = v
            }
          }
          ws()
          if eat(0x7D) { break }
          guard eat(0x2C) else { return nil }
        }
      }
      ws()
      guard i == b.count, let code, let kind,
        let name, let names
      else { return nil }
      return GazetteerEntry(
        code: code, kind: kind, name: name, nameAr: nameAr, names: names, adjectives: adjectives,
        affiliation: affiliation, from: from, to: to, ambiguousNames: ambiguousNames,
        contextNames: contextNames, capitalNames: capitalNames, home: home)
    }
  }
}
