import Foundation

/// UTF-8 text of the resource files, checked by `UTF8Check` (eight bytes at a time) rather than
/// by Foundation's decoder, which cost about ten instructions a byte of Arabic at start-up.
enum ResourceText {
  /// `String(data: data, encoding: .utf8)`: nil when `data` is not valid UTF-8. Data that starts
  /// with a byte order mark (or is empty) is handed to Foundation, so it gets Foundation's answer.
  static func utf8(_ data: Data) -> String? {
    let checked = data.withUnsafeBytes { raw -> String?? in
      let b = raw.bindMemory(to: UInt8.self)
      guard let p = b.baseAddress, b.count > 0,
        !(b.count >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF)
      else { return nil }
      guard UTF8Check.firstInvalid(p, b.count).invalid == nil else { return .some(nil) }
      return .some(String(validUTF8: b))
    }
    if let checked { return checked }
    return String(data: data, encoding: .utf8)
  }

  /// `String(contentsOf: url, encoding: .utf8)`; a file that cannot be read or is not valid
  /// UTF-8 gets Foundation's answer (and its error).
  static func read(_ url: URL) throws -> String {
    if let data = try? Data(contentsOf: url), let text = utf8(data) { return text }
    return try String(contentsOf: url, encoding: .utf8)
  }
}
