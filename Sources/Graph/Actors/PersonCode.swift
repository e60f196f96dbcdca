import Foundation

extension TitleRecognizer {
  /// The code of a person named after a title: `"PER_"` and the name upper-cased, its spaces
  /// made "_" (`"PER_" + name.uppercased().replacingOccurrences(of: " ", with: "_")`).
  ///
  /// Foundation's search is slow; it is left out when each space stands between two characters
  /// that cannot join it into one (ASCII or an Arabic letter, U+0621...U+064A, on both sides):
  /// then every space is replaced either way.
  static func personCode(_ name: String) -> String {
    let upper = uppercasedPlain(name) ?? name.uppercased()
    var bytes = Array(upper.utf8)
    let n = bytes.count
    /// An Arabic letter U+0621...U+064A in the two bytes at `k`.
    func arabicLetter(_ k: Int) -> Bool {
      guard k >= 0, k + 1 < n else { return false }
      let c = bytes[k]
      let d = bytes[k + 1]
      return c == 0xD8 && d >= 0xA1 && d <= 0xBF || c == 0xD9 && d >= 0x80 && d <= 0x8A
    }
    for k in 0..<n where bytes[k] == 0x20 {
      let before = k == 0 || bytes[k - 1] < 0x80 || arabicLetter(k - 2)
      let after = k + 1 == n || bytes[k + 1] < 0x80 || arabicLetter(k + 1)
      guard before && after else {
        return "PER_" + upper.replacingOccurrences(of: " ", with: "_")
      }
      bytes[k] = 0x5F
    }
    return "PER_" + String(decoding: bytes, as: UTF8.self)
  }

  /// `name.uppercased()` of a name written in ASCII and the Arabic block (U+0600...U+06FF, lead
  /// bytes D8...DB), whose scalars have no upper case but a...z: those bytes raised, the others
  /// copied (`uppercased()` maps each scalar, some 30 instructions a byte of Arabic). Nil for
  /// any other name.
  static func uppercasedPlain(_ name: String) -> String? {
    name.withBytes { b -> String? in
      var k = 0
      while k < b.count {
        let c = b[k]
        if c < 0x80 {
          k += 1
        } else if c >= 0xD8 && c <= 0xDB, k + 1 < b.count, b[k + 1] & 0xC0 == 0x80 {
          k += 2
        } else {
          return nil
        }
      }
      var out = Array(b)
      for j in out.indices where out[j] >= 0x61 && out[j] <= 0x7A { out[j] -= 0x20 }
      return out.withUnsafeBufferPointer { String(validUTF8: $0) }
    }
  }
}
