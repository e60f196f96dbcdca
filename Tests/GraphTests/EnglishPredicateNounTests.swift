import Testing

@testable import Graph

/// English: a word in -s after a copula ("would become "military targets"", "are legitimate
/// targets"), past lower-case words and quote marks, is a noun, not a verb whose subject acts.
@Suite("English: a predicate noun after a copula")
struct EnglishPredicateNounTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2000-07-14").sorted()
  }

  @Test func targetsAfterBecomeIsANoun() throws {
    // (Gave USA strikes FARC ?: the advisers as the ones who target.)
    #expect(
      try relations(
        "The FARC warned that U.S. advisers would become \"military targets\" if they took part in operations."
      ) == [])
    // Guard: a verb in -s after its subject.
    #expect(try relations("Israel targets Hamas leaders in Gaza.") == ["ISR strikes HAMAS"])
  }
}
