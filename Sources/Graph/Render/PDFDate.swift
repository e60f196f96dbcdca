/// Makes cairo's PDF output reproducible: cairo stamps `/CreationDate (D:YYYYMMDDHHMMSSZ)` with
/// the current time, so the same diagram would give different bytes every second. The date is
/// replaced by 1970-01-01 00:00:00 UTC in place, digit for digit, so the file keeps its length
/// and its cross-reference offsets stay valid.
enum PDFDate {
  static let key = Array("/CreationDate (D:".utf8)

  static func fix(_ bytes: inout [UInt8]) {
    guard let start = find(key, in: bytes) else { return }
    var i = start + key.count
    let epoch = Array("19700101000000".utf8)
    var k = 0
    while i < bytes.count, k < epoch.count, (0x30...0x39).contains(bytes[i]) {
      bytes[i] = epoch[k]
      i += 1
      k += 1
    }
  }

  private static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
    guard haystack.count >= needle.count, let first = needle.first else { return nil }
    var i = 0
    let last = haystack.count - needle.count
    while i <= last {
      if haystack[i] == first, Array(haystack[i..<(i + needle.count)]) == needle { return i }
      i += 1
    }
    return nil
  }
}
