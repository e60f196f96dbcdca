import Foundation
import Testing

@testable import Graph

/// English: an adverb of list `inner_adverb` ("nevertheless", "nonetheless", "still") between the
/// subject and "remains" or "is" before a patron noun's possessor.
@Suite("An adverb before the copula of a patron")
struct CopulaAdverbTests {
  @Test func adverbBeforeRemains() throws {
    // (Was nothing.)
    #expect(
      try builtInRelations(
        "Pakistan nevertheless remains the Taliban's main backer.", date: "2019-03-20")
        == ["PAK supports TALIBAN"])
    // (Was nothing.)
    #expect(
      try builtInRelations("Cuba nonetheless remains Venezuela's closest ally.", date: "2019-03-20")
        == ["CUB supports VEN"])
  }
}
