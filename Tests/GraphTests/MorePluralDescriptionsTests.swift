import Foundation
import Testing

@testable import Graph

/// English plural descriptions beyond "countries" and "sides": "both regions", "the two
/// allies", "the two neighbours" (states only, like "the two countries").
@Suite("English: more plural descriptions")
struct MorePluralDescriptionsTests {
  @Test func regionsAndAllies() throws {
    // (Was nothing.)
    #expect(
      try builtInRelations(
        "Georgia fought separatists in Abkhazia and South Ossetia in the 1990s. Russia later recognised both regions as independent states.",
        date: "2011-03-01") == ["RUS supports ABKHAZIA", "RUS supports SOUTH_OSSETIA"])
    // (Was USA supports PHL only.)
    #expect(
      try builtInRelations(
        "Washington has backed Manila against the rebels. The two allies signed a new defence pact on Monday.",
        date: "2011-03-01") == ["USA supports PHL", "USA negotiates-with PHL"])
  }

  @Test func neighboursAreStates() throws {
    // guard: "the two neighbours" are no state and the body it chairs.
    #expect(
      try builtInRelations(
        "Thailand and Cambodia clashed at the border. Indonesia, which chairs ASEAN, offered to mediate. The two neighbours agreed to a ceasefire.",
        date: "2011-03-01") == ["THA strikes KHM", "KHM strikes THA"])
  }
}
