/// Arabic clitic handling on folded words: which stems a written word may stand for.
public enum ArabicClitics {
  static let conjunctions = ["", "\u{0648}", "\u{0641}"]  // و ف
  static let prepositions = ["", "\u{0628}", "\u{0644}", "\u{0643}"]  // ب ل ك
  static let article = "\u{0627}\u{0644}"  // ال
  /// Pronoun suffixes, longest first: هما هم ها ه نا كم ي.
  static let enclitics = [
    "\u{0647}\u{0645}\u{0627}", "\u{0647}\u{0645}", "\u{0647}\u{0627}", "\u{0643}\u{0645}",
    "\u{0646}\u{0627}", "\u{0647}", "\u{064A}",
  ]

  /// A stem reading of a word: the stem and the proclitics taken off it.
  public struct Reading: Sendable, Hashable {
    public var stem: String
    public var proclitic: String
  }

  /// Readings of `word` with conjunction and preposition proclitics removed (the word itself
  /// first). "لل" is read as ل + ال. With `dropArticle`, a leading ال is removed as well.
  public static func readings(_ word: String, dropArticle: Bool = false) -> [Reading] {
    let w = Array(word.unicodeScalars)
    var out: [Reading] = []
    let waw: Unicode.Scalar = "\u{0648}"
    let fa: Unicode.Scalar = "\u{0641}"
    let ba: Unicode.Scalar = "\u{0628}"
    let lam: Unicode.Scalar = "\u{0644}"
    let kaf: Unicode.Scalar = "\u{0643}"
    let alef: Unicode.Scalar = "\u{0627}"
    func add(
      _ stem: ArraySlice<Unicode.Scalar>, _ pro: ArraySlice<Unicode.Scalar>,
      restoreAlef: Bool = false
    ) {
      guard stem.count >= 2 else { return }
      var view = String.UnicodeScalarView()
      if restoreAlef { view.append(alef) }
      view.append(contentsOf: stem)
      let proString = String(String.UnicodeScalarView(pro))
      out.append(Reading(stem: String(view), proclitic: proString))
      if dropArticle, !restoreAlef, stem.count >= 4, stem[stem.startIndex] == alef,
        stem[stem.startIndex + 1] == lam
      {
        out.append(
          Reading(
            stem: String(String.UnicodeScalarView(stem.dropFirst(2))),
            proclitic: proString + article))
      } else if dropArticle, restoreAlef, stem.count >= 3 {
        out.append(
          Reading(
            stem: String(String.UnicodeScalarView(stem.dropFirst(1))),
            proclitic: proString + article))
      }
    }
    let n = w.count
    var conjLengths = [0]
    if n > 2 && (w[0] == waw || w[0] == fa) { conjLengths.append(1) }
    for c in conjLengths {
      // No preposition.
      if n > c + 1 { add(w[c...], w[..<c]) }
      // ب ل ك
      if n > c + 2, w[c] == ba || w[c] == lam || w[c] == kaf {
        add(w[(c + 1)...], w[..<(c + 1)])
        if w[c] == lam, w[c + 1] == lam {
          // لل = ل + ال with the alef dropped.
          add(w[(c + 1)...], w[..<(c + 1)], restoreAlef: true)
        }
      }
    }
    return out
  }

  /// The word without a pronoun suffix, and the suffix (empty when there is none). The
  /// first-person ي is not taken off: on cue words it is far more often part of the word.
  public static func splitEnclitic(_ word: String) -> [(stem: String, enclitic: String)] {
    var out: [(String, String)] = [(word, "")]
    let w = Array(word.unicodeScalars)
    for e in encliticScalars where e.count < w.count - 1 && w.suffix(e.count).elementsEqual(e) {
      let stem = String(String.UnicodeScalarView(w.dropLast(e.count)))
      out.append((stem, String(String.UnicodeScalarView(e))))
    }
    return out
  }

  /// Pronoun suffixes taken off cue words (longest first; not the first-person ي).
  static let encliticScalars: [[Unicode.Scalar]] = enclitics.filter { $0 != "\u{064A}" }
    .map { Array($0.unicodeScalars) }

  /// Suffixes that inflect a nisba adjective (folded): fem. ه, plurals ين ون يين يون ات, duals.
  static let nisbaSuffixes = [
    "", "\u{0647}", "\u{0627}", "\u{064A}\u{0646}", "\u{0648}\u{0646}", "\u{0627}\u{0646}",
    "\u{062A}\u{064A}\u{0646}", "\u{062A}\u{0627}\u{0646}", "\u{0627}\u{062A}",
  ]
}
