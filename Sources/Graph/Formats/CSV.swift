/// Writes RFC 4180 CSV that spreadsheets open safely: fields are quoted when needed, and a
/// field that a spreadsheet would run as a formula (starting with = + - @, tab or CR) is
/// prefixed with an apostrophe so it stays text.
public enum CSV {
  public static func field(_ value: String) -> String {
    var v = value
    if let first = v.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first),
      Double(v) == nil
    {
      v = "'" + v
    }
    // Scalars, not Characters: "\r\n" is one Character, equal to neither "\r" nor "\n", and a
    // value with only CR LF line breaks went out unquoted, as two records (found by fuzzing).
    if v.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
      return "\"" + v.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
    return v
  }

  public static func row(_ fields: [String]) -> String {
    fields.map(field).joined(separator: ",") + "\r\n"
  }

  /// `actors.csv`: one row per actor with its bloc and every score in the report.
  public static func actors(_ report: AnalysisReport) -> String {
    let keys = Set(report.actors.flatMap { $0.scores.keys }).sorted()
    var out = row(["code", "name", "name_ar", "kind", "bloc"] + keys)
    for a in report.actors {
      let scores = keys.map { k in a.scores[k].map { number($0) } ?? "" }
      out += row(
        [a.code, a.name, a.nameAr, a.kind.rawValue, a.bloc.map(String.init) ?? ""] + scores)
    }
    return out
  }

  static func number(_ x: Double) -> String {
    if x == x.rounded() && abs(x) < 1e15 { return String(Int(x)) }
    return String(x)
  }
}
