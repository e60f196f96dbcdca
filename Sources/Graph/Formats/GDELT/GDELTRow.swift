import Foundation

/// One GDELT event row with the fields graphctl reads, whatever the file's version.
///
/// GDELT 1.0 rows have 57 fields (back files before April 2013) or 58 (daily files, with
/// SOURCEURL); GDELT 2.0 rows have 61 (the geography blocks gained an ADM2 code). The first 35
/// fields are the same in all three.
public struct GDELTRow: Sendable, Hashable {
  public var globalEventID: String
  public var sqlDate: String
  public var actor1Code: String
  public var actor1Name: String
  public var actor1CountryCode: String
  public var actor1KnownGroupCode: String
  public var actor1Type1Code: String
  public var actor2Code: String
  public var actor2Name: String
  public var actor2CountryCode: String
  public var actor2KnownGroupCode: String
  public var actor2Type1Code: String
  public var eventCode: String
  public var eventRootCode: String
  public var quadClass: String
  public var goldsteinScale: String
  public var numMentions: String
  public var sourceURL: String

  /// Field counts of a GDELT event row.
  public static let widths: Set<Int> = [57, 58, 61]

  /// Reads the row from its GDELT fields (exactly 57, 58 or 61 of them).
  init?(fields f: [String]) {
    guard Self.widths.contains(f.count) else { return nil }
    globalEventID = f[0]
    sqlDate = f[1]
    actor1Code = f[5]
    actor1Name = f[6]
    actor1CountryCode = f[7]
    actor1KnownGroupCode = f[8]
    actor1Type1Code = f[12]
    actor2Code = f[15]
    actor2Name = f[16]
    actor2CountryCode = f[17]
    actor2KnownGroupCode = f[18]
    actor2Type1Code = f[22]
    eventCode = f[26]
    eventRootCode = f[28]
    quadClass = f[29]
    goldsteinScale = f[30]
    numMentions = f[31]
    switch f.count {
    case 58: sourceURL = f[57]
    case 61: sourceURL = f[60]
    default: sourceURL = ""
    }
  }

  /// The CAMEO event code with the leading zero that a spreadsheet or pandas may have dropped
  /// (`10` for `010`, `834` for `0834`): root codes run from 01 to 20, so a two-digit code or a
  /// three-digit code whose first two digits exceed 20 lost a zero. Nil when not a code.
  public var cameoCode: String? {
    var code = Self.integerText(eventCode.isEmpty ? eventRootCode : eventCode)
    guard !code.isEmpty, code.allSatisfy(\.isASCII), code.allSatisfy(\.isNumber) else {
      return nil
    }
    if code.count <= 2 { code = String(repeating: "0", count: 3 - code.count) + code }
    if code.count == 3, let head = Int(code.prefix(2)), head > 20 { code = "0" + code }
    guard let root = Int(code.prefix(2)), (1...20).contains(root), code.count <= 4 else {
      return nil
    }
    return code
  }

  /// SQLDATE as `YYYY-MM-DD`, or nil when it is not a date: eight digits read as the rest of
  /// graphctl reads dates (`DateText`: years 1000 to 9999, months 1 to 12, days 1 to 31), so
  /// `02200115` is refused rather than dated in the year 220.
  public var isoDate: String? {
    let d = Self.integerText(sqlDate)
    guard d.count == 8, d.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
    return DateText.isoDay(d)
  }

  /// NumMentions as a number (0 when missing).
  public var mentions: Int { Int(Self.integerText(numMentions)) ?? 0 }

  /// `20201113.0` (how pandas writes an integer column that had a gap) as `20201113`.
  static func integerText(_ text: String) -> String {
    let t = text.trimmingCharacters(in: .whitespaces)
    if let dot = t.firstIndex(of: "."), t[t.index(after: dot)...].allSatisfy({ $0 == "0" }) {
      return String(t[..<dot])
    }
    return t
  }
}
