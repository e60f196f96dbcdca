/// A spelling some Arabic news sources produce when a word whose article is followed by ل is
/// converted from an older encoding: the ligature of the two lams comes out as lam, alef, lam
/// ("الالبنانية" for "اللبنانية", "الالاجئين" for "اللاجئين"). `respelled` gives the word as
/// usually written; the tokenizer reads it only when the dictionaries know that form and not
/// the word as written ("الالمانية", German, stays as it is).
enum DoubledLamSpelling {
  /// The folded UTF-8 bytes `b` without the alef between the article and ل, when `b` is an
  /// optional one-letter proclitic (و ف ب ك), "الال" and at least three more letters; nil
  /// otherwise. Every scalar of a folded Arabic word is two bytes long.
  static func respelled(_ b: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
    let n = b.count
    guard n >= 14 else { return nil }
    var p = 0
    if b[0] == 0xD9 && (b[1] == 0x88 || b[1] == 0x81 || b[1] == 0x83)
      || b[0] == 0xD8 && b[1] == 0xA8
    {
      p = 2
    }
    // ا ل ا ل, then at least three letters.
    guard n - p >= 14,
      b[p] == 0xD8, b[p + 1] == 0xA7, b[p + 2] == 0xD9, b[p + 3] == 0x84,
      b[p + 4] == 0xD8, b[p + 5] == 0xA7, b[p + 6] == 0xD9, b[p + 7] == 0x84
    else { return nil }
    var out = [UInt8]()
    out.reserveCapacity(n - 2)
    out.append(contentsOf: b[0..<(p + 4)])
    out.append(contentsOf: b[(p + 6)..<n])
    return out
  }
}

extension TokenLex {
  /// Whether the look-up found the word, or one of its readings, in some dictionary.
  var knowsWord: Bool {
    id >= 0 || flags & (Self.actor | Self.cue | Self.title) != 0
      || markers | articleMarkers | strippedMarkers != 0 || storedHits != 0
  }
}
