/// Converts between a document's `String` and the array of Unicode scalars the tokenizer and the
/// offsets (`span`, `start`, `end`) count in, without going through `String.UnicodeScalarView`.
public enum ScalarText {
  /// The Unicode scalars of `text`.
  public static func scalars(_ text: String) -> [Unicode.Scalar] {
    var text = text
    return text.withUTF8 { b in
      [Unicode.Scalar](unsafeUninitializedCapacity: b.count) { out, count in
        var k = 0
        var n = 0
        while k < b.count {
          let c = b[k]
          if c < 0x80 {
            out[n] = Unicode.Scalar(c)
            k += 1
          } else {
            let (v, len) = ArabicClitics.decodeScalar(b, k)
            // The bytes of a String are valid UTF-8, so `v` is a scalar value.
            out[n] = Unicode.Scalar(v) ?? "\u{FFFD}"
            k += len
          }
          n += 1
        }
        count = n
      }
    }
  }

  /// Writes `s` as UTF-8 at `p` (room for four bytes) and returns how many bytes it wrote.
  @inline(__always)
  static func writeUTF8(_ s: Unicode.Scalar, to p: UnsafeMutablePointer<UInt8>) -> Int {
    let v = s.value
    if v < 0x80 {
      p[0] = UInt8(v)
      return 1
    } else if v < 0x800 {
      p[0] = UInt8(0xC0 | v >> 6)
      p[1] = UInt8(0x80 | v & 0x3F)
      return 2
    } else if v < 0x10000 {
      p[0] = UInt8(0xE0 | v >> 12)
      p[1] = UInt8(0x80 | v >> 6 & 0x3F)
      p[2] = UInt8(0x80 | v & 0x3F)
      return 3
    } else {
      p[0] = UInt8(0xF0 | v >> 18)
      p[1] = UInt8(0x80 | v >> 12 & 0x3F)
      p[2] = UInt8(0x80 | v >> 6 & 0x3F)
      p[3] = UInt8(0x80 | v & 0x3F)
      return 4
    }
  }

  /// The text of `scalars` as a String.
  public static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
    var bytes = 0
    for s in scalars {
      let v = s.value
      bytes += v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
    }
    return String(unsafeUninitializedCapacity: bytes) { out in
      guard let base = out.baseAddress else { return 0 }
      var k = 0
      for s in scalars { k += writeUTF8(s, to: base + k) }
      return k
    }
  }
}

extension String {
  /// A String of `bytes`, which the caller vouches are valid UTF-8 (a cut of valid text at
  /// scalar boundaries, or scalars written by `ScalarText.writeUTF8`): copied as they are,
  /// without the check of every byte that `String(decoding:as:)` makes (most of its cost on
  /// Arabic text). Where `UTF8Span` is not available, `String(decoding:as:)`.
  @inline(__always)
  init(validUTF8 bytes: UnsafeBufferPointer<UInt8>) {
    if #available(macOS 26.0, iOS 26.0, watchOS 26.0, tvOS 26.0, visionOS 26.0, *) {
      self = String(copying: UTF8Span(unchecked: Span(_unsafeElements: bytes)))
    } else {
      self = String(decoding: bytes, as: UTF8.self)
    }
  }
}
