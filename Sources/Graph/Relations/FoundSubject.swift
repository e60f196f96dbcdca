/// The subject `SentenceContext.subject(of:)` gave the verb frame (`verbRule`) for its cue, kept
/// for a rule read after the frame on the same cue and the same context: when the frame gives
/// no pair, the memory of a partial attack (`partialAttack`) asks for that subject again, and
/// the search is dear. The caller forgets it before each verb cue (`forget`); the partial attack
/// reads it for a verb only.
final class FoundSubject {
  /// The cue's place (-1: nothing kept).
  private var start = -1
  private var end = -1
  private var subject: (group: [Int], after: Bool)? = nil

  /// Keeps `subject` as the subject of `cue`.
  func keep(_ subject: (group: [Int], after: Bool)?, of cue: Lexicon.Match) {
    start = cue.tokenStart
    end = cue.tokenEnd
    self.subject = subject
  }

  /// The subject kept for a cue at the place of `cue`; nil when none is.
  func subject(of cue: Lexicon.Match) -> (group: [Int], after: Bool)?? {
    start == cue.tokenStart && end == cue.tokenEnd ? .some(subject) : nil
  }

  /// Drops what is kept.
  func forget() {
    start = -1
    end = -1
    subject = nil
  }
}

extension SentenceContext {
  /// `subject(of:)`, also kept in `found` when one is given.
  func subject(of cue: Lexicon.Match, keepingIn found: FoundSubject?) -> (
    group: [Int], after: Bool
  )? {
    let s = subject(of: cue)
    found?.keep(s, of: cue)
    return s
  }
}
