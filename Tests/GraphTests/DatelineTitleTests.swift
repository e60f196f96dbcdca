import Foundation
import Testing

@testable import Graph

/// English: a title phrase at the start of the sentence's text ("The leaders of Armenia and
/// Azerbaijan") stands for its actors after a dateline's dash too ("WASHINGTON, Aug 8 — ").
@Suite("English: titled actors after a dateline")
struct DatelineTitleTests {
  @Test func leadersAfterADateline() throws {
    // (Was nothing.)
    #expect(
      try builtInRelations(
        "WASHINGTON, Aug 8 — The leaders of Armenia and Azerbaijan initialled a peace declaration.",
        date: "2025-08-08") == ["ARM negotiates-with AZE"])
  }

  @Test func withoutADateline() throws {
    // guard: the sentence's own start.
    #expect(
      try builtInRelations(
        "The leaders of Armenia and Azerbaijan initialled a peace declaration.", date: "2025-08-08")
        == ["ARM negotiates-with AZE"])
  }
}
