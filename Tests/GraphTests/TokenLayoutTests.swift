import Testing

@testable import Graph

/// The token's size (every document holds one `Token` a word) and the bits of the marker lists
/// read by name.
@Suite("Token layout and named marker bits")
struct TokenLayoutTests {
  /// `TokenLex` keeps its one-byte fields last and `Token` its own after it, so the 128-bit
  /// `Marker.NamedBits` (two words) costs its own 8 bytes and no padding; the word is the address
  /// of its String in `WordStore` (8 bytes): 112 bytes a token.
  @Test func tokenStaysSmall() {
    #expect(MemoryLayout<Marker.NamedBits>.size == 16)
    #expect(MemoryLayout<Marker.NamedBits>.alignment == 8)
    #expect(MemoryLayout<TokenLex>.size == 81)
    #expect(MemoryLayout<Token>.stride == 112)
  }

  /// Every list read by name has a bit of its own, the last one included.
  @Test func everyNamedListHasItsBit() {
    #expect(Marker.NamedBits.bitWidth == 128)
    #expect(Marker.namedLists.count <= Marker.NamedBits.bitWidth)
    var seen: Marker.NamedBits = 0
    for name in Marker.namedLists {
      let bit = Marker.namedMask(name) ?? 0
      #expect(bit != 0 && bit.nonzeroBitCount == 1 && seen & bit == 0, "\(name)")
      seen |= bit
    }
  }

  /// Each of the 128 places is a bit of its own, in the low word below 64 and the high word
  /// from 64; its place reads back (`CueFinding` names a cue's needed list by it); a place out
  /// of range is no bit.
  @Test func namedBitsHold128Lists() {
    var all = Marker.NamedBits()
    for k in 0..<Marker.NamedBits.bitWidth {
      let bit = Marker.NamedBits(bit: k)
      #expect(bit.nonzeroBitCount == 1 && bit.trailingZeroBitCount == k, "\(k)")
      #expect((k < 64 ? bit.high : bit.low) == 0, "\(k)")
      #expect(all & bit == 0, "\(k)")
      all |= bit
      #expect(all & bit == bit && (all | bit) == all, "\(k)")
    }
    #expect(all.nonzeroBitCount == 128)
    #expect(all.low == .max && all.high == .max)
    #expect(Marker.NamedBits(bit: 128) == 0 && Marker.NamedBits(bit: -1) == 0)
    #expect(Marker.NamedBits().trailingZeroBitCount == 128)
  }
}

/// `WordShape` rules out only words that are not in its set.
@Suite("WordShape prefilter")
struct WordShapeTests {
  @Test func membersPassAndOthersMostlyNot() {
    let words = ["resolution", "motion", "bill", "or", "\u{0628}\u{0644}\u{062F}"]
    let shape = WordShape(words)
    for w in words { #expect(shape.mayContain(w), "\(w)") }
    for w in ["", "a", "vetoed", "resolutions", "\u{0628}\u{0644}\u{0627}", "dill", "motions"] {
      #expect(!shape.mayContain(w), "\(w)")
    }
    let long = String(repeating: "x", count: 70)
    #expect(!WordShape(words).mayContain(long))
    #expect(WordShape(words + [long]).mayContain(long + "y"))
  }

  /// On the words of the seeds, the prefilter and the set agree wherever the set says yes.
  @Test func neverHidesAMember() throws {
    let sets: [Set<String>] = [
      ["vetoed", "blocked", "blocking"], ["resolution", "draft", "bill", "text", "statement"],
      SentenceSplitter.abbreviations,
    ]
    let text = "mr. Dr vetoed the draft resolution, blocking a bill; etc approx text statement"
    let tokens = Tokenizer.tokenize(text: text)
    for set in sets {
      let shape = WordShape(set)
      for t in tokens where set.contains(t.norm) { #expect(shape.mayContain(t.norm), "\(t.norm)") }
    }
  }
}
