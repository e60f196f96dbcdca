import Foundation

@testable import Graph

// The GDELT event reader (`graphctl import gdelt`): the input is the file, tab- or
// comma-separated as its first line says. Read strictly and with --skip-bad.
//
// Invariants: no crash; errors are `InputError`s naming the file and an existing line, on one
// line; with --skip-bad only the header or an empty file can fail, and a strict read that
// passes gives the same relations; relations join two different non-empty codes, carry a real
// date and count as one; they survive relations.jsonl.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGDELT(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let text = lenientText(fuzzBytes(data, size))
  let lines = text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).count
  func checked(_ e: InputError) {
    require(e.file == "events.csv", "error names \(e.file)")
    if let line = e.line { require(1 <= line && line <= lines, "error line \(line) of \(lines)") }
    require(
      !e.description.unicodeScalars.contains { $0.value < 0x20 },
      "error is not one plain line: \(e.description)")
  }
  var strict: GDELTImporter.Result?
  do {
    strict = try GDELTImporter().parse(text, file: "events.csv")
  } catch let e as InputError { checked(e) } catch { require(false, "not an InputError: \(error)") }
  var warnings: [String] = []
  var lenient: GDELTImporter.Result?
  do {
    lenient = try GDELTImporter(skipBad: true).parse(text, file: "events.csv") {
      warnings.append($0)
    }
  } catch let e as InputError {
    checked(e)
    require(e.line == nil || strict == nil, "--skip-bad failed on a row the strict read took")
  } catch { require(false, "not an InputError: \(error)") }
  if let strict {
    require(lenient?.relations == strict.relations, "--skip-bad changed a clean file's result")
    require(warnings.isEmpty, "warnings on a clean file")
  }
  if let r = lenient {
    require(r.badRows == warnings.count, "\(r.badRows) bad rows, \(warnings.count) warnings")
    require(r.relations.count + r.badRows <= r.rows, "more relations than rows")
    for rel in r.relations {
      require(!rel.source.isEmpty && !rel.target.isEmpty && rel.source != rel.target, "actors")
      require(
        rel.date.map { DateText.isoDay($0) == $0 } ?? false, "date \(String(describing: rel.date))")
      require(rel.confidence == 1, "confidence")
    }
    let back = try? RelationsJSONL.decode(RelationsJSONL.encode(r.relations), file: "m")
    require(back == r.relations, "relations.jsonl does not read back what was written")
  }
  for delimiter in [UInt8(ascii: "\t"), UInt8(ascii: ",")] {
    var last = 0
    for record in DelimitedRecords.parse(text, delimiter: delimiter) {
      require(record.line > last && record.line <= lines, "record lines out of order")
      last = record.line
    }
  }
  return 0
}
