import Foundation
import Testing

@testable import Graph

/// English: a gazetteer form that starts with "the" ("the Sudan") gives way to a longer name
/// that starts right after the article ("the Sudan Shield Forces").
@Suite("English: a longer name after the article")
struct LongerNameAfterTheTests {
  @Test func theSudanShieldForces() throws {
    let found = try builtInRelations(
      "The RSF accused the Sudan Shield Forces of killing civilians.", date: "2025-01-16")
    #expect(found.contains("RSF opposes SDN_SHIELD"))
    #expect(!found.contains("RSF opposes SDN"))
  }

  @Test func theSudanAlone() throws {
    // Guard: "the Sudan" with no longer name after it is the state.
    #expect(
      try builtInRelations("The United States sanctioned the Sudan.", date: "2025-01-16")
        .contains("USA opposes SDN"))
  }
}
