import Testing

@testable import Graph

/// An English noun cue whose source is the sentence's subject ("India ... pledged full
/// support to Kathmandu") leaves that subject to a verb coordinated after it ("and described
/// the Maoists as terrorists"), as a verb cue does.
@Suite("Relations: a coordinated verb after a noun cue shares the subject")
struct NounSubjectSharedTests {
  /// Relations with the built-in gazetteer, lexicon and titles ("?" marks a hypothetical one).
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2001-11-27").sorted()
  }

  @Test func theVerbAfterANounCueSharesItsSubject() throws {
    // (It gave the support and the backing only: "described" found no subject past the
    // relative clause.)
    #expect(
      try relations(
        "India, which shares an open border with Nepal, pledged full support to Kathmandu and described the Maoists as terrorists, while Washington said it backed the government."
      ) == ["IND opposes NPL_MAOISTS", "IND supports NPL", "USA supports NPL"])
  }
}
