/// The dateline that opens a report ("الرياض - ", "KYIV, April 24 (Reuters) -", "DOHA/WASHINGTON
/// –"): the cities where it was filed, which are no actors of its first sentence ("الرياض -
/// التقى ترامب الشرع" is no meeting of Saudi Arabia's).
enum Dateline {
  /// The dash that closes the dateline at the head of `range` (a document's first sentence),
  /// if any, given that a place named at its first token ends at token `placeEnd`: right after
  /// it a dash, a comma, a bracket or a slash; the dash set off by a space, within ten tokens
  /// of the start, with no quotation mark or sentence stop before it. ("اتفقت ليبيا والسودان
  /// خلال اجتماع دبلوماسي - عسكري" opens with a verb; "Israel-Hamas talks" has no space.)
  static func end(_ tokens: [Token], range: Range<Int>, placeEnd: Int) -> Int? {
    guard placeEnd > range.lowerBound, placeEnd + 1 < range.upperBound,
      tokens[placeEnd].kind == .quote || tokens[placeEnd].kind == .comma
        || tokens.norm(placeEnd).equalsWord("/")
    else { return nil }
    for j in placeEnd..<min(range.upperBound - 1, range.lowerBound + 10) {
      switch tokens[j].kind {
      case .stop: return nil
      case .quote:
        return isDash(tokens, j) && tokens[j - 1].end < tokens[j].start ? j : nil
      default: continue
      }
    }
    return nil
  }

  /// Whether token `j` is a dash: a hyphen, an en dash or an em dash standing alone.
  static func isDash(_ tokens: [Token], _ j: Int) -> Bool {
    guard tokens.kind(j) == .quote else { return false }
    let w = tokens.norm(j)
    return w.equalsWord("-") || w.equalsWord("\u{2013}") || w.equalsWord("\u{2014}")
  }
}
