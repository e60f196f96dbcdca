/// An inclusive range of dates written as ISO 8601 prefixes: `2020`, `2020-05` or `2020-05-17`.
///
/// A bound matches at its own precision, so `from: "2020"` keeps everything from 1 January 2020
/// and `to: "2020-06"` everything up to the end of June 2020. Dates are compared as text on
/// their first characters (ISO 8601 sorts as text), so `2020-05-17T10:00:00Z` is a day like any
/// other.
public struct DateRange: Sendable, Hashable {
  public var from: String?
  public var to: String?

  public init(from: String? = nil, to: String? = nil) {
    self.from = from
    self.to = to
  }

  /// Parses the bounds; throws a message naming the bad one.
  public static func parse(from: String?, to: String?) throws -> DateRange {
    for (name, value) in [("--from", from), ("--to", to)] {
      if let value, !isDatePrefix(value) {
        throw DateRangeError(message: "\(name) \"\(value)\" is not YYYY, YYYY-MM or YYYY-MM-DD")
      }
    }
    let range = DateRange(from: from, to: to)
    if let from, let to, range.lowerKey(from) > range.upperKey(to) {
      throw DateRangeError(message: "--from \(from) is after --to \(to)")
    }
    return range
  }

  /// Whether either bound is set.
  public var isBounded: Bool { from != nil || to != nil }

  /// Whether `date` (ISO 8601, at least as precise as the bounds) lies in the range.
  public func contains(_ date: String) -> Bool {
    if let from, String(date.prefix(from.count)) < from { return false }
    if let to, String(date.prefix(to.count)) > to { return false }
    return true
  }

  /// Whether `text` is `YYYY`, `YYYY-MM` or `YYYY-MM-DD` with plausible month and day.
  static func isDatePrefix(_ text: String) -> Bool {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard (1...3).contains(parts.count), parts[0].count == 4, Int(parts[0]) != nil else {
      return false
    }
    if parts.count >= 2 {
      guard parts[1].count == 2, let m = Int(parts[1]), (1...12).contains(m) else { return false }
    }
    if parts.count == 3 {
      guard parts[2].count == 2, let d = Int(parts[2]), (1...31).contains(d) else { return false }
    }
    return true
  }

  private func lowerKey(_ bound: String) -> String { bound }
  private func upperKey(_ bound: String) -> String { bound + "\u{10FFFF}" }
}

/// A `--from`/`--to` value that is not a date.
public struct DateRangeError: Error, Sendable, Hashable, CustomStringConvertible {
  public var message: String
  public var description: String { message }
}
