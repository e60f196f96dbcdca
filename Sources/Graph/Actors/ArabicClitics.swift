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
    var out: [Reading] = []
    let scalars = Array(word.unicodeScalars)
    func add(_ stem: Substring.UnicodeScalarView, _ pro: String) {
      let s = String(stem)
      guard s.unicodeScalars.count >= 2 else { return }
      out.append(Reading(stem: s, proclitic: pro))
      if dropArticle, s.hasPrefix(article), s.unicodeScalars.count >= 4 {
        out.append(Reading(stem: String(s.dropFirst(2)), proclitic: pro + article))
      }
    }
    for c in conjunctions {
      for p in prepositions {
        let pre = c + p
        let k = pre.unicodeScalars.count
        guard scalars.count > k + 1 else { continue }
        if k > 0 && !word.hasPrefix(pre) { continue }
        let rest = String(String.UnicodeScalarView(scalars[k...]))
        add(Substring(rest).unicodeScalars, pre)
        if p == "\u{0644}", rest.hasPrefix("\u{0644}") {
          // لل = ل + ال with the alef dropped.
          let restored = "\u{0627}" + rest
          add(Substring(restored).unicodeScalars, pre)
        }
      }
    }
    return out
  }

  /// The word without a pronoun suffix, and the suffix (empty when there is none). The
  /// first-person ي is not taken off: on cue words it is far more often part of the word.
  public static func splitEnclitic(_ word: String) -> [(stem: String, enclitic: String)] {
    var out: [(String, String)] = [(word, "")]
    for e in enclitics where word.hasSuffix(e) && e != "\u{064A}" {
      let stem = String(word.unicodeScalars.dropLast(e.unicodeScalars.count))
      if stem.unicodeScalars.count >= 2 { out.append((stem, e)) }
    }
    return out
  }

  /// Suffixes that inflect a nisba adjective (folded): fem. ه, plurals ين ون يين يون ات, duals.
  static let nisbaSuffixes = [
    "", "\u{0647}", "\u{0627}", "\u{064A}\u{0646}", "\u{0648}\u{0646}", "\u{0627}\u{0646}",
    "\u{062A}\u{064A}\u{0646}", "\u{062A}\u{0627}\u{0646}", "\u{0627}\u{062A}",
  ]
}
