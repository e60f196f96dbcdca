/// What the words of a sentence may be, their look-up bits OR-ed over its tokens: a rule that
/// looks for a word by bits that none of them has finds nothing there and need not run.
/// A token that was not looked up may be anything (`unanalyzed`).
struct SentenceBits {
  /// `TokenLex.flags` of the tokens, OR-ed.
  var flags: UInt8 = 0
  /// `TokenLex.namedMarkers` of the tokens, OR-ed.
  var named = Marker.NamedBits()
  /// `TokenLex.markers` of the tokens, OR-ed.
  var markers: UInt64 = 0
  /// Some token was not looked up: its bits say nothing.
  var unanalyzed = false

  /// The bits of `tokens[range]`, read in one scan through the buffer.
  init(_ tokens: [Token], _ range: Range<Int>) {
    var any: UInt8 = 0
    var all: UInt8 = 0xFF
    var low: UInt64 = 0
    var high: UInt64 = 0
    var marked: UInt64 = 0
    tokens.withUnsafeBufferPointer { b in
      precondition(range.lowerBound >= 0 && range.upperBound <= b.count, "Index out of range")
      let base = b.baseAddress.unsafelyUnwrapped
      for i in range {
        let f = base[i].lex.flags
        any |= f
        all &= f
        low |= base[i].lex.namedMarkers.low
        high |= base[i].lex.namedMarkers.high
        marked |= base[i].lex.markers
      }
    }
    flags = any
    named.low = low
    named.high = high
    markers = marked
    unanalyzed = all & TokenLex.analyzed == 0
  }

  /// False when no token may start something of `kind` (`TokenLex.may` is false for each).
  @inline(__always)
  func may(_ kind: UInt8) -> Bool {
    unanalyzed || flags & kind != 0
  }

  /// False when no token is in the list of `marker` (by its look-up bits).
  @inline(__always)
  func mayBe(_ marker: Marker) -> Bool {
    unanalyzed || markers & marker.mask != 0
  }

  /// False when no token is in one of the lists of `bits` (by its look-up bits).
  @inline(__always)
  func mayBeIn(_ bits: Marker.NamedBits) -> Bool {
    unanalyzed || named & bits != 0
  }

  /// False when no word of the sentence is itself, no clitic taken off, in `list`
  /// (`Lexicon.isWholeWordMarker`), for tokens looked up by the lexicon's compiled `index`: a
  /// Latin word's bits are its whole word's, an Arabic word of two letters or more has its whole
  /// word's among its readings', and a one-letter one may be in the lists of
  /// `index.shortArabicNamed` only.
  @inline(__always)
  func mayHoldWholeWord(_ list: Marker.NamedList, _ index: WordIndex) -> Bool {
    unanalyzed || (named | index.shortArabicNamed) & list.bit != 0
  }
}
