extension ArabicClitics {
  /// The letters a proclitic is made of (`forEachSpan`: و or ف, then ب, ل or ك), in the order
  /// of `procliticLetter`.
  private static let procliticLetters = [
    "\u{0648}", "\u{0641}", "\u{0628}", "\u{0644}", "\u{0643}",
  ]

  /// Every proclitic a reading can have, made once: none, one letter (1 + its place in
  /// `procliticLetters`), two letters (6 + 5 × the first's place + the second's), each without
  /// ال and then with it (31 places on).
  private static let procliticForms: [String] = {
    var forms = [""] + procliticLetters
    for a in procliticLetters {
      for b in procliticLetters { forms.append(a + b) }
    }
    return forms + forms.map { $0 + article }
  }()

  /// The place in `procliticLetters` of the letter whose UTF-8 bytes are `b0 b1`; -1 for
  /// another.
  @inline(__always)
  private static func procliticLetter(_ b0: UInt8, _ b1: UInt8) -> Int {
    switch (b0, b1) {
    case (0xD9, 0x88): return 0
    case (0xD9, 0x81): return 1
    case (0xD8, 0xA8): return 2
    case (0xD9, 0x84): return 3
    case (0xD9, 0x83): return 4
    default: return -1
    }
  }

  /// The proclitic of a reading of the word whose UTF-8 bytes are `b`: its first `end` bytes,
  /// followed by ال when `article`. A copy of the same String made once (`procliticForms`):
  /// making it of the bytes, and appending the article, cost some 150 instructions a reading.
  static func proclitic(_ b: UnsafeBufferPointer<UInt8>, end: Int, article: Bool) -> String {
    // (No proclitic, the most common reading: literals, without reading the table.)
    if end == 0 { return article ? "\u{0627}\u{0644}" : "" }
    var k = -1
    if end == 2, b.count >= 2 {
      let l = procliticLetter(b[0], b[1])
      if l >= 0 { k = 1 + l }
    } else if end == 4, b.count >= 4 {
      let l0 = procliticLetter(b[0], b[1])
      let l1 = procliticLetter(b[2], b[3])
      if l0 >= 0, l1 >= 0 { k = 6 + 5 * l0 + l1 }
    }
    if k >= 0 { return procliticForms[article ? 31 + k : k] }
    var pro = String(validUTF8: UnsafeBufferPointer(rebasing: b[0..<end]))
    if article { pro += Self.article }
    return pro
  }
}
