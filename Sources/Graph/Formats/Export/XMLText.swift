/// Escaping of user data for XML 1.0 (GraphML and GEXF exports).
///
/// Characters XML 1.0 cannot carry at all (C0 controls other than tab, LF and CR, and the
/// noncharacters U+FFFE and U+FFFF) are dropped. CR is always written as a character
/// reference (a parser turns a raw one into LF), and in attribute values tab and LF are too, so
/// that attribute-value normalisation does not turn them into spaces.
public enum XMLText {
  /// Text content of an element.
  public static func text(_ value: String) -> String {
    escape(value, attribute: false)
  }

  /// The inside of a double-quoted attribute value.
  public static func attribute(_ value: String) -> String {
    escape(value, attribute: true)
  }

  /// `value` with runs of whitespace (including line breaks) collapsed to one space and no
  /// space at either end: the form of an `xs:token` (GEXF labels).
  public static func token(_ value: String) -> String {
    value.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
  }

  /// A number as XML Schema `xs:double` writes it (`INF`, `-INF`, `NaN` for the odd ones).
  public static func double(_ value: Double) -> String {
    if value.isNaN { return "NaN" }
    if value.isInfinite { return value > 0 ? "INF" : "-INF" }
    return String(value)
  }

  private static func escape(_ value: String, attribute: Bool) -> String {
    var out = ""
    out.reserveCapacity(value.utf8.count)
    for scalar in value.unicodeScalars {
      switch scalar.value {
      case 0x26: out += "&amp;"
      case 0x3C: out += "&lt;"
      case 0x3E: out += "&gt;"
      case 0x22 where attribute: out += "&quot;"
      case 0x27 where attribute: out += "&apos;"
      case 0x0D:
        // A raw CR would come back as LF (XML normalises line ends), in text as in attributes.
        out += "&#13;"
      case 0x09, 0x0A:
        if attribute {
          out += "&#\(scalar.value);"
        } else {
          out.unicodeScalars.append(scalar)
        }
      case 0x00...0x1F, 0xFFFE, 0xFFFF:
        continue
      default:
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}
