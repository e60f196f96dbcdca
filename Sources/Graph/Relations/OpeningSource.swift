/// The last sentence read for its cues, kept so that the subject of its first clause
/// (`SentenceContext.openingSubject`), which a verb opening the next sentence may leave unsaid
/// ("أدان الرئيس التركي الهجوم. وأكد رفضه ..."), is found only when that sentence asks for it:
/// most sentences never do.
struct OpeningSource {
  /// The sentence's index (-1: none yet).
  var sentence = -1
  var range = 0..<0
  /// The mentions its context was reset with: its clauses are counted from them.
  var counted: [Mention] = []
  /// The mentions its context read (the deictic ones given the speaker's code, or dropped).
  var mentions: [Mention] = []

  /// Keeps sentence `index` (its fields written in place, the lists' memory handed over).
  mutating func note(_ index: Int, _ range: Range<Int>, counted: [Mention], mentions: [Mention]) {
    sentence = index
    self.range = range
    self.counted = counted
    self.mentions = mentions
  }

  /// The subject of the sentence's first clause, as `openingSubject` finds it in the sentence's
  /// own context: read in `context` (one of the same tokens, reset here to the sentence).
  func subject(in context: inout SentenceContext) -> Argument? {
    context.reset(range: range, mentions: counted)
    context.mentions = mentions
    return context.openingSubject(before: range.upperBound).map { Argument(mentions, $0) }
  }
}

/// The subject a sentence's opening verb may leave unsaid: the opening subject of the sentence
/// before when it read cues (`OpeningSource`), found at the first rule that asks for it and
/// kept for the others.
struct CarriedSubject {
  /// Whether the sentence right before read cues.
  let available: Bool
  private var found: Argument?
  private var read = false

  init(available: Bool) { self.available = available }

  /// The subject, read from `source` (the sentence before) in `spare`, a second context made
  /// from `context` at the document's first use.
  mutating func value(
    _ source: OpeningSource, _ spare: inout SentenceContext?, like context: SentenceContext
  ) -> Argument? {
    guard available, !read else { return found }
    read = true
    var c = spare.take() ?? context
    found = source.subject(in: &c)
    spare = c
    return found
  }
}
