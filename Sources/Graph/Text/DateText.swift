/// Reads the dates news data comes with ("2018-09-05", "2015-07-21 02:56",
/// "Wed, 05 Sep 2018", "5 September 2018", "September 5, 2018", "20180905") as an ISO day
/// ("2018-09-05"), which is what office dates in the gazetteer are compared with.
public enum DateText {
  /// The ISO day of `text`, or nil when it is not a date this reader knows.
  public static func isoDay(_ text: String) -> String? {
    // Most news data already says "2018-09-05": checked on the bytes, without splitting.
    if let day = plainISODay(text) { return day }
    let words = text.split(whereSeparator: { " ,\t".contains($0) }).map(String.init)
    guard let first = words.first else { return nil }
    // 2018-09-05, 2018-09-05T10:00:00Z, 2018/09/05
    let digits = first.split(whereSeparator: { "-/".contains($0) })
    if digits.count >= 3, digits[0].count == 4,
      let y = Int(digits[0]), let m = Int(digits[1]), let d = Int(digits[2].prefix(2))
    {
      return day(y, m, d)
    }
    // 20180905
    if first.count == 8, first.allSatisfy(\.isNumber), let v = Int(first) {
      return day(v / 10000, v / 100 % 100, v % 100)
    }
    // "Wed, 05 Sep 2018", "5 September 2018", "September 5, 2018"
    var year: Int?
    var month: Int?
    var dayOfMonth: Int?
    for w in words {
      if let m = monthNumber(w) {
        month = month ?? m
      } else if let v = Int(w) {
        if w.count == 4 {
          year = year ?? v
        } else if w.count <= 2 {
          dayOfMonth = dayOfMonth ?? v
        }
      }
    }
    guard let y = year, let m = month, let d = dayOfMonth else { return nil }
    return day(y, m, d)
  }

  /// `text` when it is exactly a valid ISO day ("2018-09-05"); nil for anything else, which the
  /// general reader then reads.
  private static func plainISODay(_ text: String) -> String? {
    let u = text.utf8
    guard u.count == 10 else { return nil }
    var y = 0
    var m = 0
    var d = 0
    for (k, b) in u.enumerated() {
      if k == 4 || k == 7 {
        guard b == 0x2D else { return nil }
        continue
      }
      guard b >= 0x30 && b <= 0x39 else { return nil }
      let digit = Int(b - 0x30)
      if k < 4 {
        y = y * 10 + digit
      } else if k < 7 {
        m = m * 10 + digit
      } else {
        d = d * 10 + digit
      }
    }
    // `day` would write these digits back as `text` itself.
    return isDay(y, m, d) ? text : nil
  }

  private static func isDay(_ y: Int, _ m: Int, _ d: Int) -> Bool {
    (1000...9999).contains(y) && (1...12).contains(m) && (1...31).contains(d)
  }

  private static func day(_ y: Int, _ m: Int, _ d: Int) -> String? {
    guard isDay(y, m, d) else { return nil }
    func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
    return "\(y)-\(two(m))-\(two(d))"
  }

  private static let months = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
  ]

  private static func monthNumber(_ word: String) -> Int? {
    let w = word.lowercased()
    guard w.count >= 3, w.allSatisfy(\.isLetter) else { return nil }
    guard let i = months.firstIndex(where: { w.hasPrefix($0) }) else { return nil }
    return i + 1
  }
}
