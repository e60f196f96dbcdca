/// Arabic verbs agree with their subject: a coordinated verb whose perfect form disagrees with the
/// verb of the subject it would share has a subject of its own ("ورحب مجلس التعاون الخليجي
/// بالحكم، وأشادت المملكة العربية السعودية ...": a masculine verb, then a feminine one;
/// "أيدت واشنطن وباريس القرار ودعتا الخرطوم ...، وحذرت الأمم المتحدة": a dual, then a
/// singular).
extension SentenceContext {
  /// What the ending of an Arabic perfect verb tells of its subject.
  enum PerfectEnding {
    /// No ending after the stem ("رحب", "أكد"): one, masculine.
    case masculine
    /// ت ("رحبت", "أشادت"): one, feminine.
    case feminine
    /// تا or وا ("دعتا", "أكدوا"): two or more.
    case plural
  }

  /// The ending of the Arabic word at `i` read as a perfect verb (و or ف before it taken off);
  /// nil when the form does not tell (an imperfect, which starts with ي, ت or ن; an ending in
  /// ا or ى, which a singular may have, "دعا"; a word of two letters), when a pronoun may end it
  /// ("أيدته", "دعتهم") or ة (folded to ه), or when it has the article (a noun: "والعقوبات").
  func perfectEnding(_ i: Int) -> PerfectEnding? {
    guard range.contains(i), tokens.kind(i) == .arabic else { return nil }
    var letters = Array(tokens.norm(i).unicodeScalars)
    if letters.count > 3, letters[0] == "\u{0648}" || letters[0] == "\u{0641}" {
      letters.removeFirst()
    }
    guard letters.count >= 3, let last = letters.last else { return nil }
    let beforeLast = letters[letters.count - 2]
    if letters[0] == "\u{0627}" && letters[1] == "\u{0644}" { return nil }
    if last == "\u{0647}" || (last == "\u{0645}" && beforeLast == "\u{0647}") { return nil }
    if last == "\u{0627}" {
      return beforeLast == "\u{062A}" || beforeLast == "\u{0648}" ? .plural : nil
    }
    if ["\u{064A}", "\u{062A}", "\u{0646}"].contains(letters[0]) { return nil }
    if last == "\u{0649}" || last == "\u{064A}" { return nil }
    return last == "\u{062A}" ? .feminine : .masculine
  }

  /// Whether the Arabic verb `cue` cannot share `previous`, the subject of a verb before it in
  /// the sentence: the latest coordinated verb between them (or, with none, the verb before the
  /// subject, which it follows, or its title of up to three words) ends otherwise than `cue`
  /// does.
  func disagreesWithShared(_ cue: Lexicon.Match, _ previous: [Argument]) -> Bool {
    guard isArabic(cue.tokenStart), cue.tokenEnd - cue.tokenStart == 1,
      let mine = perfectEnding(cue.tokenStart), let first = previous.first,
      let last = previous.last, first.tokenStart > range.lowerBound,
      last.tokenEnd <= cue.tokenStart
    else { return false }
    // (A verb coordinated with و, read as a cue or a verb of asking or warning.)
    func isVerb(_ j: Int) -> Bool {
      tokens[j].lex.may(TokenLex.cue) || isMarker(j, .request) || isMarker(j, .warning)
    }
    var verb: Int? = nil
    var j = cue.tokenStart - 1
    while j >= last.tokenEnd {
      if tokens.kind(j) == .arabic, tokens.norm(j).startsWithLetter(0xD9, 0x88), !inMention(j),
        isVerb(j)
      {
        verb = j
        break
      }
      j -= 1
    }
    // (Or the verb before the subject's title: "وقال رئيس الوزراء الياباني تارو آسو".)
    var v = first.tokenStart - 1
    while verb == nil, v >= max(range.lowerBound, first.tokenStart - 4), tokens.kind(v) == .arabic,
      !inMention(v)
    {
      if isVerb(v) { verb = v }
      v -= 1
    }
    guard let v = verb, let theirs = perfectEnding(v) else { return false }
    // (A plural after a singular may share it: "أيدت واشنطن وباريس ... ودعتا".)
    return mine != .plural && mine != theirs
  }
}
