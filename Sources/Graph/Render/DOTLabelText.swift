/// What Graphviz shows for values it read: the text of a plain (non-HTML) label and the name
/// it stores for a quoted DOT ID. Used to check that written DOT means what it should (tests,
/// fuzzing), independently of how `DOTEscaping` writes it.
public enum DOTLabelText {
  /// The text Graphviz displays for a plain escString label as `agget` returns it, following
  /// Graphviz's own steps: `\N`-style substitution (none must be left: returns nil), HTML entity
  /// decoding, then backslash line breaks and escapes. Bidi isolates are removed.
  public static func displayed(_ raw: String) -> String? {
    let scalars = Array(raw.unicodeScalars)
    // 1. Substitutions: an unescaped \N, \G, \E, \H, \T or \L would pull in other text.
    var i = 0
    while i < scalars.count {
      if scalars[i] == "\\", i + 1 < scalars.count {
        if "GNEHTL".unicodeScalars.contains(scalars[i + 1]) { return nil }
        i += 2
      } else {
        i += 1
      }
    }
    // 2. Entities.
    let decoded = decodeEntities(raw)
    // 3. Line breaks and other backslash escapes.
    var out = String.UnicodeScalarView()
    var iterator = decoded.unicodeScalars.makeIterator()
    while let scalar = iterator.next() {
      if scalar == "\\" {
        guard let next = iterator.next() else { break }
        out.append(["n", "l", "r"].contains(next) ? "\n" : next)
      } else {
        out.append(scalar)
      }
    }
    return withoutIsolates(String(out))
  }

  /// The name Graphviz stores for a node whose quoted DOT ID should carry `text`: in a quoted
  /// string DOT unescapes only `\"`, so a backslash stays doubled and a written `\n` stays two
  /// characters.
  public static func storedName(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// `text` without bidi isolates (U+2066 to U+2069).
  public static func withoutIsolates(_ text: String) -> String {
    String(
      String.UnicodeScalarView(text.unicodeScalars.filter { !(0x2066...0x2069).contains($0.value) })
    )
  }

  /// Decodes the entities Graphviz knows in plain labels (the few our writer emits, and
  /// numeric references). Works on scalars: a combining mark after `&amp;` joins the `;` in one
  /// Character, and a Character search missed the entity (found by Fuzz/Targets/dot.swift).
  static func decodeEntities(_ text: String) -> String {
    let scalars = Array(text.unicodeScalars)
    let named = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'"]
    var out = String.UnicodeScalarView()
    var i = 0
    while i < scalars.count {
      guard scalars[i] == "&",
        let semi = scalars[(i + 1)..<min(scalars.count, i + 11)].firstIndex(of: ";")
      else {
        out.append(scalars[i])
        i += 1
        continue
      }
      let name = String(String.UnicodeScalarView(scalars[(i + 1)..<semi]))
      var value: String.UnicodeScalarView?
      if let text = named[name] {
        value = text.unicodeScalars
      } else if name.hasPrefix("#x"), let code = UInt32(name.dropFirst(2), radix: 16),
        let scalar = Unicode.Scalar(code)
      {
        value = String.UnicodeScalarView([scalar])
      } else if name.hasPrefix("#"), let code = UInt32(name.dropFirst()),
        let scalar = Unicode.Scalar(code)
      {
        value = String.UnicodeScalarView([scalar])
      }
      if let value {
        out.append(contentsOf: value)
        i = semi + 1
      } else {
        out.append("&")
        i += 1
      }
    }
    return String(out)
  }
}
