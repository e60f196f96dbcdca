import Foundation

/// Escaping of user data (actor names, codes, evidence) for the places it can go in DOT text.
///
/// Every function first drops what cannot be carried safely: NUL and other control characters
/// (XML 1.0, hence SVG, forbids them), the noncharacters U+FFFE/U+FFFF, and bidi embedding and
/// isolate controls (a stray one would unbalance the isolates the writer puts around labels).
/// Tabs become spaces; CR LF and CR become LF.
public enum DOTEscaping {
  /// First-strong isolate: the line takes the direction of its first strong character.
  public static let firstStrongIsolate: Character = "\u{2068}"
  /// Right-to-left isolate, for lines known to be Arabic.
  public static let rightToLeftIsolate: Character = "\u{2067}"
  /// Pop directional isolate: closes either isolate.
  public static let popIsolate: Character = "\u{2069}"

  /// Removes characters that must not reach Graphviz or its SVG/XML output (see type docs).
  public static func sanitized(_ text: String) -> String {
    var out = String.UnicodeScalarView()
    var previousWasCR = false
    for scalar in text.unicodeScalars {
      defer { previousWasCR = scalar == "\r" }
      switch scalar.value {
      case 0x0A:
        if !previousWasCR { out.append("\n") }
      case 0x0D:
        out.append("\n")
      case 0x09:
        out.append(" ")
      case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0xFFFE, 0xFFFF:
        continue
      default:
        out.append(scalar)
      }
    }
    return String(out)
  }

  /// A quoted DOT ID (node names, attribute values that Graphviz does not interpret):
  /// backslashes and quotes escaped, line breaks written as `\n`.
  public static func quotedID(_ text: String) -> String {
    var out = "\""
    for scalar in sanitized(text).unicodeScalars {
      switch scalar {
      case "\\": out += "\\\\"
      case "\"": out += "\\\""
      case "\n": out += "\\n"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }

  /// A quoted escString value (`label`, `tooltip`, `xlabel`) that Graphviz displays as `text`.
  ///
  /// Graphviz expands `\N`, `\G`, `\E`, ... and `\n`/`\l`/`\r`, drops other backslashes, and
  /// decodes HTML entities such as `&amp;` in plain labels; escaping `\` and `&` keeps the text
  /// literal. Each line of `text` becomes a centred line.
  public static func quotedLabel(_ text: String) -> String {
    "\"" + labelBody(sanitized(text)) + "\""
  }

  /// Lines already sanitized (for example made by `isolated`) as one quoted escString, joined
  /// with centred line breaks; they are escaped but not sanitized again (that would strip
  /// their isolates).
  static func quotedLabel(preparedLines lines: [String]) -> String {
    "\"" + lines.map(labelBody).joined(separator: "\\n") + "\""
  }

  /// Text for an HTML-like label (`label=<...>`): markup characters as entities, line breaks
  /// as `<BR/>`, and backslashes as a character reference so no escString rule can see them.
  public static func html(_ text: String) -> String {
    var out = ""
    for scalar in sanitized(text).unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      case "\\": out += "&#92;"
      case "]": out += "&#93;"  // Graphviz's HTML lexer fails on text that starts "]<"
      case "\n": out += "<BR/>"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// Wraps every line of `text` in a bidi isolate (RLI when `rightToLeft`, else FSI) so that
  /// SVG viewers order mixed Arabic and Latin text the way pango/cairo do. Sanitizes first.
  public static func isolated(_ text: String, rightToLeft: Bool) -> [String] {
    let open = rightToLeft ? rightToLeftIsolate : firstStrongIsolate
    return sanitized(text).split(separator: "\n", omittingEmptySubsequences: false).map {
      String(open) + $0 + String(popIsolate)
    }
  }

  /// A number for an attribute value: fixed point with `digits` decimals, `.` as separator.
  public static func decimal(_ value: Double, digits: Int = 2) -> String {
    guard value.isFinite else { return "0" }
    return String(format: "%.\(max(0, min(digits, 6)))f", value)
  }

  /// A number for people to read (tooltips, legends): up to four significant digits.
  public static func readable(_ value: Double) -> String {
    guard value.isFinite else { return value.isNaN ? "n/a" : (value > 0 ? "∞" : "-∞") }
    return String(format: "%.4g", value)
  }

  /// The escString body of already sanitized text (no surrounding quotes).
  private static func labelBody(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\\": out += "\\\\"
      case "\"": out += "\\\""
      case "&": out += "&amp;"
      case "\n": out += "\\n"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}
