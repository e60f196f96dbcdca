/// User text made harmless for a terminal or a log line: control characters (C0, DEL, C1 —
/// among them ESC, which starts terminal escape sequences), bidi embedding, override and
/// isolate controls (which can reorder what is shown around them; the plain marks LRM, RLM and
/// ALM cannot and stay) and the line and paragraph separators are written as visible `\u{...}` escapes; everything else stays as it is.
///
/// Error messages, warnings, tables and explanations that quote names, ids or text from the
/// input go through it, so a scraped article or a hostile actor file cannot move the cursor,
/// retitle the terminal, hide text or split one error into several lines.
public enum InertText {
  /// `text` on one line: line breaks and tabs are escaped too.
  public static func line(_ text: String) -> String {
    escape(text, keepLines: false)
  }

  /// `text` keeping its line breaks (LF) and tabs; everything else as in `line`.
  public static func block(_ text: String) -> String {
    escape(text, keepLines: true)
  }

  /// `text` as a quoted one-line value for a message, shortened to `limit` characters.
  public static func quoted(_ text: String, limit: Int = 60) -> String {
    let short = text.count > limit ? String(text.prefix(limit)) + "…" : text
    return "\"" + line(short) + "\""
  }

  /// True when `scalar` is written as an escape.
  public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069:
      return true
    default:
      return false
    }
  }

  private static func escape(_ text: String, keepLines: Bool) -> String {
    guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
    var out = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if keepLines && (scalar == "\n" || scalar == "\t") {
        out.append(scalar)
      } else if isUnsafe(scalar) {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        out.append(contentsOf: "\\u{\(hex)}".unicodeScalars)
      } else {
        out.append(scalar)
      }
    }
    return String(out)
  }
}
