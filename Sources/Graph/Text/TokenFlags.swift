/// The look-up flags of a document's tokens, one byte a token, so that the scans for the next
/// token that may start something (`Array<Token>.nextThatMay`) read eight tokens a step rather
/// than one token (112 bytes apart) at a time. A token's byte is its `TokenLex.flags` when it
/// was looked up; otherwise every bit, less `TokenLex.description` for a token that is no word
/// (what `DefiniteAnaphora.resolve`'s scan asks of such a token). Made once a document.
/// `none` holds no bytes: its scans read the tokens.
struct TokenFlags {
  private let bytes: [UInt8]

  /// Flags that hold no byte: `next` scans the tokens themselves.
  static let none = TokenFlags(bytes: [])

  private init(bytes: [UInt8]) { self.bytes = bytes }

  init(_ tokens: [Token]) {
    bytes = tokens.withUnsafeBufferPointer { t in
      [UInt8](unsafeUninitializedCapacity: t.count) { out, made in
        for k in 0..<t.count {
          let lex = t[k].lex
          out[k] =
            lex.isAnalyzed
            ? lex.flags : t[k].isWord ? UInt8.max : UInt8.max & ~TokenLex.description
        }
        made = t.count
      }
    }
  }

  /// The first index from `start` before `end` whose token has a flag of `bit` set (for
  /// `TokenLex.actor`, `cue` and `title`: `tokens.nextThatMay(bit, from: start, to: end)`), or
  /// `end` when none has; with `none`, `tokens.nextThatMay`.
  @inline(__always)
  func next(_ bit: UInt8, from start: Int, to end: Int, in tokens: [Token]) -> Int {
    guard !bytes.isEmpty else { return tokens.nextThatMay(bit, from: start, to: end) }
    return bytes.withUnsafeBufferPointer { b in
      precondition(start >= 0 && end <= b.count, "Index out of range")
      let p = UnsafeRawPointer(b.baseAddress.unsafelyUnwrapped)
      let mask = UInt64(bit) &* 0x0101_0101_0101_0101
      var i = start
      // Eight bytes a step: the first one with the bit is the lowest set byte.
      while i &+ 8 <= end {
        let x = UInt64(littleEndian: p.loadUnaligned(fromByteOffset: i, as: UInt64.self)) & mask
        if x != 0 { return i &+ x.trailingZeroBitCount &>> 3 }
        i &+= 8
      }
      while i < end && b[i] & bit == 0 { i &+= 1 }
      return i
    }
  }
}

extension TokenFlags {
  /// True for `none`.
  var isEmpty: Bool { bytes.isEmpty }
}
