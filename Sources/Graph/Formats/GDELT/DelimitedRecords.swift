/// Splits delimited text into records with the line each record starts on.
///
/// Tab-separated text (GDELT's own format) has no quoting: a record is a line, fields are split
/// at tabs. Comma-separated text follows RFC 4180 (what pandas and spreadsheets write): fields
/// may be quoted, a quoted field may hold commas, doubled quotes and line breaks.
struct DelimitedRecords {
  struct Record {
    /// 1-based line on which the record starts.
    var line: Int
    var fields: [String]
  }

  static func parse(_ text: String, delimiter: UInt8) -> [Record] {
    delimiter == UInt8(ascii: "\t") ? tabs(text) : quoted(text, delimiter: delimiter)
  }

  private static func tabs(_ text: String) -> [Record] {
    var out: [Record] = []
    var lineNo = 0
    // Split on the bytes: "\r\n" is one Character, so a Character split at "\n" would not end
    // CRLF lines.
    for raw in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
      lineNo += 1
      var line = raw
      if line.last == 0x0D { line = line.dropLast() }
      if line.isEmpty { continue }
      out.append(
        Record(
          line: lineNo,
          fields: line.split(separator: 0x09, omittingEmptySubsequences: false).map {
            String(decoding: $0, as: UTF8.self)
          }))
    }
    return out
  }

  private static func quoted(_ text: String, delimiter: UInt8) -> [Record] {
    let bytes = Array(text.utf8)
    var out: [Record] = []
    var fields: [String] = []
    var field: [UInt8] = []
    var line = 1
    var recordLine = 1
    var inQuotes = false
    var i = 0
    let quote = UInt8(ascii: "\"")
    func endField() {
      fields.append(String(decoding: field, as: UTF8.self))
      field.removeAll(keepingCapacity: true)
    }
    func endRecord() {
      endField()
      if !(fields.count == 1 && fields[0].isEmpty) {
        out.append(Record(line: recordLine, fields: fields))
      }
      fields.removeAll(keepingCapacity: true)
    }
    while i < bytes.count {
      let b = bytes[i]
      if inQuotes {
        if b == quote {
          if i + 1 < bytes.count, bytes[i + 1] == quote {
            field.append(quote)
            i += 1
          } else {
            inQuotes = false
          }
        } else {
          if b == UInt8(ascii: "\n") { line += 1 }
          field.append(b)
        }
      } else if b == quote && field.isEmpty {
        inQuotes = true
      } else if b == delimiter {
        endField()
      } else if b == UInt8(ascii: "\n") {
        endRecord()
        line += 1
        recordLine = line
      } else if b == UInt8(ascii: "\r") {
        // CR of a CRLF line end.
      } else {
        field.append(b)
      }
      i += 1
    }
    if !field.isEmpty || !fields.isEmpty { endRecord() }
    return out
  }
}
