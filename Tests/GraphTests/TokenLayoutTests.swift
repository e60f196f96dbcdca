import Testing

@testable import Graph

/// The token's size (every document holds one `Token` a word) and the bits of the marker lists
/// read by name.
@Suite("Token layout and named marker bits")
struct TokenLayoutTests {
  /// `TokenLex` keeps its one-byte fields last and `Token` its own after it, so the 64-bit
  /// `Marker.NamedBits` costs no room: 112 bytes a token, as with 32 bits.
  @Test func tokenStaysSmall() {
    #expect(MemoryLayout<TokenLex>.size == 73)
    #expect(MemoryLayout<Token>.stride == 112)
  }

  /// Every list read by name has a bit of its own, the last one included.
  @Test func everyNamedListHasItsBit() {
    #expect(Marker.NamedBits.bitWidth == 64)
    #expect(Marker.namedLists.count <= Marker.NamedBits.bitWidth)
    var seen: Marker.NamedBits = 0
    for name in Marker.namedLists {
      let bit = Marker.namedMask(name) ?? 0
      #expect(bit != 0 && bit.nonzeroBitCount == 1 && seen & bit == 0, "\(name)")
      seen |= bit
    }
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
