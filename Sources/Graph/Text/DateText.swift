/// Reads the dates news data comes with ("2018-09-05", "2015-07-21 02:56",
/// "Wed, 05 Sep 2018", "5 September 2018", "September 5, 2018", "20180905") as an ISO day
/// ("2018-09-05"), which is what office dates in the gazetteer are compared with.
public enum DateText {
  /// The ISO day of `text`, or nil when it is not a date this reader knows.
  public static func isoDay(_ text: String) -> String? {
    // Most news data already says "2018-09-05": checked on the bytes, without splitting.
    if let day = plainISODay(text) { return day }
    // and "2015-07-21 02:56": an ISO day and a time.
    if case .read(let day) = isoDayThenWords(text) { return day }
    // and most of the rest "Mon, 03 Sep 2018 00:42:03 GMT": read on the bytes too.
    if case .read(let day) = plainWordsDay(text) { return day }
    return generalDay(text)
  }

  /// `isoDay` read word by word, for any text.
  static func generalDay(_ text: String) -> String? {
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
    guard u.count == 10, let (y, m, d) = isoDigits(u) else { return nil }
    // `day` would write these digits back as `text` itself.
    return isDay(y, m, d) ? text : nil
  }

  /// Year, month and day of the first ten bytes "DDDD-DD-DD" (ASCII digits and "-") of
  /// `bytes`; nil when they are not so written.
  private static func isoDigits<C: Collection>(_ bytes: C) -> (Int, Int, Int)?
  where C.Element == UInt8 {
    var y = 0
    var m = 0
    var d = 0
    for (k, b) in bytes.prefix(10).enumerated() {
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
    return (y, m, d)
  }

  /// `generalDay` of a text that starts with ten bytes "DDDD-DD-DD" (ASCII digits and "-")
  /// and then a space, comma or tab that an ASCII byte or nothing follows: the first word is
  /// those ten bytes, read as year, month and day (some 35,000 instructions in the general
  /// reader). `.other` for any other text.
  private static func isoDayThenWords(_ text: String) -> PlainWords {
    let answer = text.utf8.withContiguousStorageIfAvailable { b -> PlainWords in
      guard b.count >= 11, b[10] == 0x20 || b[10] == 0x2C || b[10] == 0x09,
        b.count == 11 || b[11] < 0x80
      else { return .other }
      guard let (y, m, d) = isoDigits(b) else { return .other }
      // `day` would write these digits back as the first ten bytes.
      return .read(
        isDay(y, m, d)
          ? String(decoding: UnsafeBufferPointer(rebasing: b[0..<10]), as: UTF8.self) : nil)
    }
    return answer ?? .other
  }

  /// What `plainWordsDay` makes of a text.
  enum PlainWords: Equatable {
    /// The text is plain words; the day they give, if any.
    case read(String?)
    /// The text has other bytes: the general reader reads it.
    case other
  }

  /// `isoDay` of a text made only of ASCII letters, digits, spaces, tabs, commas, colons and
  /// plus signs, read on its bytes: the same words and the same rules as the general reader
  /// below (without "-" or "/" a text is no ISO or slashed date; a first word of eight digits
  /// is YYYYMMDD; otherwise the first month name, the first four-digit number and the first
  /// number of one or two digits, where a number may be written with a plus sign, as `Int`
  /// reads "+0400": the sign counts among the word's characters).
  static func plainWordsDay(_ text: String) -> PlainWords {
    let answer = text.utf8.withContiguousStorageIfAvailable { b -> PlainWords in
      @inline(__always) func isSeparator(_ c: UInt8) -> Bool { c == 0x20 || c == 0x2C || c == 0x09 }
      @inline(__always) func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
      @inline(__always) func isLetter(_ c: UInt8) -> Bool { c | 0x20 >= 0x61 && c | 0x20 <= 0x7A }
      // (The plus sign of a time zone, "+0400", is read here too: the general reader cost some
      // 46,000 instructions a date.)
      for c in b where !(isSeparator(c) || isDigit(c) || isLetter(c) || c == 0x3A || c == 0x2B) {
        return .other
      }
      var year: Int?
      var month: Int?
      var dayOfMonth: Int?
      var first = true
      var i = 0
      while i < b.count {
        if isSeparator(b[i]) {
          i += 1
          continue
        }
        let start = i
        var letters = 0
        var digits = 0
        var value = 0
        while i < b.count, !isSeparator(b[i]) {
          if isLetter(b[i]) { letters += 1 }
          if isDigit(b[i]) {
            digits += 1
            // Only values of words of at most eight digits are read.
            if digits <= 8 { value = value * 10 + Int(b[i] - 0x30) }
          }
          i += 1
        }
        let count = i - start
        if first, count == 8, digits == 8 {
          return .read(day(value / 10000, value / 100 % 100, value % 100))
        }
        first = false
        if letters == count {
          // `monthNumber`: three letters or more, starting with a month's three.
          if count >= 3 {
            let key =
              UInt32(b[start] | 0x20) | UInt32(b[start + 1] | 0x20) << 8
              | UInt32(b[start + 2] | 0x20) << 16
            if let m = monthKeys.firstIndex(of: key) { month = month ?? m + 1 }
          }
        } else if digits == count || (digits == count - 1 && count >= 2 && b[start] == 0x2B) {
          // Digits, or a plus sign and digits ("+5" is 5 to `Int`, as in the general reader).
          if count == 4 {
            year = year ?? value
          } else if count <= 2 {
            dayOfMonth = dayOfMonth ?? value
          }
        }
      }
      guard let y = year, let m = month, let d = dayOfMonth else { return .read(nil) }
      return .read(day(y, m, d))
    }
    return answer ?? .other
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

  /// The first three letters of each of `months`, the first in the low byte.
  private static let monthKeys: [UInt32] = months.map { m in
    let u = Array(m.utf8)
    return UInt32(u[0]) | UInt32(u[1]) << 8 | UInt32(u[2]) << 16
  }

  static func monthNumber(_ word: String) -> Int? {
    let w = word.lowercased()
    guard w.count >= 3, w.allSatisfy(\.isLetter) else { return nil }
    guard let i = months.firstIndex(where: { w.hasPrefix($0) }) else { return nil }
    return i + 1
  }
}
