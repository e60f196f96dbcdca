import Testing

@testable import Graph

/// English: a participle clause after a quote that closes on its comma (",\" accusing") takes
/// the sentence's subject, as after a plain comma.
@Suite("English: a participle after a quote's comma")
struct QuotedParticipleTests {
  @Test func commaInsideTheQuote() throws {
    #expect(
      try builtInRelations(
        "French Foreign Minister Alain Juppe told the council that \"time is short,\" accusing the Libyan regime of crushing its own people.",
        date: "2011-03-18") == ["FRA opposes LBY"])
    #expect(
      try builtInRelations(
        "French Foreign Minister Alain Juppe said \"time is short,\" accusing the Libyan regime of crushing its own people.",
        date: "2011-03-18") == ["FRA opposes LBY"])
  }

  @Test func commaAfterTheQuote() throws {
    // guard: the comma after the quote, as before.
    #expect(
      try builtInRelations(
        "French Foreign Minister Alain Juppe told the council that \"time is short\", accusing the Libyan regime of crushing its own people.",
        date: "2011-03-18") == ["FRA opposes LBY"])
  }
}
