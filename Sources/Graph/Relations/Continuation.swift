/// English verbs of going on with an act ("keep supporting", "continue to back"): the list
/// `continuation` of markers.json. A word of the list `pledge` (a pledge or a future: "vowed",
/// "will") before one is a statement of fact, no condition ("vowed to keep supporting";
/// `ClauseMood`).
extension SentenceContext {
  /// True when the English cue at `i` follows a verb of continuation, right before it ("keep
  /// supporting") or before its "to" ("continue to support").
  func continuesAct(before i: Int) -> Bool {
    guard tokens[i].kind == .latin else { return false }
    let v = i - 1 >= range.lowerBound && tokens.norm(i - 1).equalsWord("to") ? i - 2 : i - 1
    return v >= range.lowerBound && lexicon.isMarker(tokens, v, .continuation)
  }

  /// True when the Arabic light verb at `j` is in the future (س + the imperfect: "سيشن",
  /// "ستعلن"), after و or ف. Not a future of going on ("ستواصل", "سيستمر"): the act is under way.
  /// (Verb cues say it by the form matched, `CueEntry.future`: "سيطرت" is a perfect, and so is
  /// every form of سيطر here.)
  func isArabicFuture(_ j: Int) -> Bool {
    guard tokens[j].kind == .arabic else { return false }
    // A future starts with س (D8 B3), after و or ف (D9 88, D9 81) at most: told on the bytes
    // first, as the Characters below are read slowly. (Each test below needs its first
    // Character, after و or ف dropped, to be س alone: so is its first scalar.)
    let mayBeFuture = tokens.norm(j).withBytes { b in
      b.count >= 2 && b[0] == 0xD8 && b[1] == 0xB3
        || (b.count >= 4 && b[0] == 0xD9 && (b[1] == 0x88 || b[1] == 0x81) && b[2] == 0xD8
          && b[3] == 0xB3)
    }
    guard mayBeFuture else { return false }
    var w = Substring(tokens.norm(j))
    if w.count > 4, w.first == "\u{0648}" || w.first == "\u{0641}" { w = w.dropFirst() }
    guard w.count > 3, w.first == "\u{0633}", let p = w.dropFirst().first,
      p == "\u{064A}" || p == "\u{062A}" || p == "\u{0646}",
      !w.hasPrefix("\u{0633}\u{064A}\u{0637}\u{0631}")
    else { return false }
    let stem = w.dropFirst(2)
    return !Self.arabicContinuationStems.contains(where: { stem.hasPrefix($0) })
  }

  /// Imperfect stems of going on with an act (واصل، استمر).
  static let arabicContinuationStems = [
    "\u{0648}\u{0627}\u{0635}\u{0644}", "\u{0633}\u{062A}\u{0645}\u{0631}",
  ]
}
