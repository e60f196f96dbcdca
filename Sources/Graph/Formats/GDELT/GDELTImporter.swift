import Foundation

/// Reads GDELT 1.0 and 2.0 event files and turns their events into relations.
///
/// File shapes it reads (detected from the first line):
/// - GDELT's own exports: tab-separated, no header, rows of 57, 58 or 61 fields (a file may mix
///   57 and 58, as GDELT 1.0 back files and daily files do). A header line (first field not a
///   number) is skipped.
/// - The same data re-saved as CSV, e.g. by pandas: comma-separated with RFC 4180 quoting and a
///   header. An empty first header cell is pandas' index column and is dropped. The header cell
///   that reads SOURCEURL (case, spaces and underscores ignored) ends the GDELT fields: it must
///   be the 58th (GDELT 1.0) or 61st (2.0) of them, and columns after it (pandas exports often
///   add `Confidence` from the mentions table) are ignored. Without such a cell the rows must
///   have 57, 58 or 61 fields after the index. Numbers that pandas re-typed are read back:
///   `20201113.0` is a date, `190` and `10` are the codes `190` and `010`.
///
/// A row with another number of fields, or without a readable date, is an error naming the
/// file and line; with `skipBad` it is reported through `warn` and skipped.
///
/// Each kept event becomes one relation (see `CAMEOEvents`, `CAMEOActors`): `doc` is the file
/// name, `sentence` the line, `evidence` the SOURCEURL (empty for 57-field rows), `cue` the
/// CAMEO code and its root name, `source_text`/`target_text` GDELT's actor names, `date`
/// SQLDATE, `confidence` 1 (each event counts once), and `rule` keeps the provenance:
/// `gdelt <file>:<line> id=<GLOBALEVENTID> cameo=<code> quad=<QuadClass>
/// goldstein=<GoldsteinScale> mentions=<NumMentions> actors=<Actor1Code>><Actor2Code>`.
public struct GDELTImporter: Sendable {
  /// Warn about bad rows and go on instead of stopping.
  public var skipBad: Bool
  /// Events with fewer mentions than this are dropped (GDELT's NumMentions).
  public var minMentions: Int

  public init(skipBad: Bool = false, minMentions: Int = 1) {
    self.skipBad = skipBad
    self.minMentions = minMentions
  }

  /// What an import produced and why events were left out.
  public struct Result: Sendable {
    public var relations: [Relation] = []
    /// Data rows read (header lines not counted).
    public var rows = 0
    /// Rows skipped as bad (only with `skipBad`).
    public var badRows = 0
    /// Files skipped as unreadable (only with `skipBad`).
    public var badFiles = 0
    /// Events left out, by reason.
    public var dropped: [String: Int] = [:]
    /// How each file was read ("tab-separated", "comma-separated, pandas index, ...").
    public var layouts: [String: String] = [:]

    mutating func drop(_ reason: String) { dropped[reason, default: 0] += 1 }

    mutating func merge(_ other: Result) {
      relations += other.relations
      rows += other.rows
      badRows += other.badRows
      badFiles += other.badFiles
      for (k, v) in other.dropped { dropped[k, default: 0] += v }
      for (k, v) in other.layouts { layouts[k] = v }
    }
  }

  /// Reads every file in order.
  public func read(_ paths: [String], warn: (String) -> Void = { _ in }) throws -> Result {
    var result = Result()
    for path in paths {
      do {
        result.merge(try parse(try InputFile.text(path), file: path, warn: warn))
      } catch let e as InputError where skipBad {
        // With skipBad, bad rows were reported and skipped inside `parse`; what still fails is
        // the whole file (missing, binary, not UTF-8, empty, a bad header): it is left out too.
        warn("warning: skipped \(e.description)")
        result.badFiles += 1
      }
    }
    if result.rows == 0 && result.badFiles > 0 {
      throw InputError(file: paths.joined(separator: " "), message: "no GDELT rows to read")
    }
    return result
  }

  /// Reads one file's text; `file` names it in errors and provenance.
  public func parse(_ text: String, file: String, warn: (String) -> Void = { _ in }) throws
    -> Result
  {
    var result = Result()
    let firstLine = text.prefix { $0 != "\n" }
    let delimiter: UInt8 = firstLine.contains("\t") ? UInt8(ascii: "\t") : UInt8(ascii: ",")
    var records = DelimitedRecords.parse(text, delimiter: delimiter)
    guard let first = records.first else {
      throw InputError(file: file, message: "no GDELT rows (empty file)")
    }
    // Header: the GLOBALEVENTID cell (after a pandas index) is not a number.
    let firstID =
      first.fields.first == "" && first.fields.count > 1 ? first.fields[1] : first.fields[0]
    let hasHeader = Int(GDELTRow.integerText(firstID)) == nil
    var indexColumn = false
    var width: Int? = nil  // GDELT fields per row when a header fixes it
    var headerCount: Int? = nil  // fields per row, index and extra columns included
    var layout = delimiter == UInt8(ascii: "\t") ? "tab-separated" : "comma-separated"
    if hasHeader {
      let header = first.fields
      records.removeFirst()
      indexColumn = header.first?.trimmingCharacters(in: .whitespaces).isEmpty == true
      let names = header.map { $0.lowercased().filter { $0.isLetter || $0.isNumber } }
      let offset = indexColumn ? 1 : 0
      if let url = names.firstIndex(of: "sourceurl") {
        let n = url - offset + 1
        guard n == 58 || n == 61 else {
          throw InputError(
            file: file, line: first.line,
            message:
              "the header's SOURCEURL is field \(n); GDELT has it as field 58 (1.0) or 61 (2.0)")
        }
        width = n
      } else {
        let n = header.count - offset
        guard GDELTRow.widths.contains(n) else {
          throw InputError(
            file: file, line: first.line,
            message: "the header has \(n) GDELT fields; GDELT event rows have 57, 58 or 61")
        }
        width = n
      }
      headerCount = header.count
      layout += ", header"
      if indexColumn { layout += ", pandas index column dropped" }
      if let width {
        layout += ", GDELT \(width == 61 ? "2.0" : "1.0") (\(width) fields)"
        let extra = header.count - offset - width
        if extra > 0 {
          layout +=
            ", \(extra) extra column(s) ignored ("
            + header.suffix(extra).joined(separator: ", ") + ")"
        }
      }
    }
    if records.isEmpty {
      throw InputError(file: file, message: "no GDELT rows after the header")
    }
    result.layouts[file] = layout
    let name = (file as NSString).lastPathComponent
    for record in records {
      result.rows += 1
      var fields = record.fields
      let countOK = headerCount.map { fields.count == $0 } ?? true
      if indexColumn, !fields.isEmpty { fields.removeFirst() }
      if let width, fields.count >= width { fields = Array(fields.prefix(width)) }
      guard countOK, let row = GDELTRow(fields: fields) else {
        let expected = headerCount.map { "\($0) as the header has" } ?? "57, 58 or 61"
        try bad(
          InputError(
            file: file, line: record.line,
            message: "\(record.fields.count) fields; GDELT event rows here have \(expected)"
              + (delimiter == UInt8(ascii: "\t") ? " (tab-separated)" : "")), &result, warn)
        continue
      }
      guard let date = row.isoDate else {
        try bad(
          InputError(
            file: file, line: record.line,
            message: "SQLDATE \(InertText.quoted(row.sqlDate)) is not YYYYMMDD"),
          &result, warn)
        continue
      }
      guard let code = row.cameoCode else {
        result.drop("the event code is not a CAMEO code")
        continue
      }
      guard let mapping = CAMEOEvents.mapping(for: code) else {
        result.drop(
          "CAMEO root \(code.prefix(2)) (\(CAMEOEvents.rootNames[Int(code.prefix(2)) ?? 0] ?? "?")) is not mapped"
        )
        continue
      }
      if row.mentions < minMentions {
        result.drop("fewer than \(minMentions) mentions")
        continue
      }
      let a = CAMEOActors.map(
        code: row.actor1Code, country: row.actor1CountryCode,
        knownGroup: row.actor1KnownGroupCode, role: row.actor1Type1Code)
      let b = CAMEOActors.map(
        code: row.actor2Code, country: row.actor2CountryCode,
        knownGroup: row.actor2KnownGroupCode, role: row.actor2Type1Code)
      let source: CAMEOActors.Mapped
      let target: CAMEOActors.Mapped
      switch (a, b) {
      case (.success(let x), .success(let y)):
        source = x
        target = y
      case (.failure(let e), _), (_, .failure(let e)):
        result.drop(e.kind.rawValue + (e.role.map { " (\($0))" } ?? ""))
        continue
      }
      if source.code == target.code {
        result.drop("both actors are the same after mapping")
        continue
      }
      let rule =
        "gdelt \(name):\(record.line) id=\(row.globalEventID) cameo=\(code) quad=\(row.quadClass)"
        + " goldstein=\(row.goldsteinScale) mentions=\(row.numMentions)"
        + " actors=\(row.actor1Code)>\(row.actor2Code)"
      result.relations.append(
        Relation(
          doc: name, sentence: record.line, source: source.code, relation: mapping.type,
          target: target.code, cue: mapping.label, evidence: row.sourceURL, span: [],
          sourceText: row.actor1Name, targetText: row.actor2Name, negated: false,
          hypothetical: mapping.hypothetical, confidence: 1, rule: rule,
          sourceActor: source.subActor, targetActor: target.subActor, date: date))
    }
    return result
  }

  private func bad(_ error: InputError, _ result: inout Result, _ warn: (String) -> Void) throws {
    guard skipBad else { throw error }
    result.badRows += 1
    warn("warning: skipped \(error.description)")
  }
}
