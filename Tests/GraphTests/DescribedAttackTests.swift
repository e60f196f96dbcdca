import Foundation
import Testing

@testable import Graph

/// Arabic: "ودانت قطر بأشد العبارات ما وصفته بالاعتداء": "in the strongest terms" and "what it
/// described as" stand between the verb of condemnation and the attack told before.
@Suite("Arabic: an attack condemned as what it was described as")
struct DescribedAttackTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2025-09-09")
  }

  @Test func whatItDescribedAs() throws {
    // (Was the strike alone.)
    #expect(
      try relations(
        "شنت إسرائيل غارة على الدوحة. ودانت قطر بأشد العبارات ما وصفته بالاعتداء الإجرامي الجبان.")
        == ["ISR strikes QAT", "QAT opposes ISR"])
  }

  @Test func theBareAttackStays() throws {
    // Guard.
    #expect(
      try relations("شنت إسرائيل غارة على الدوحة. ودانت قطر بأشد العبارات الاعتداء.") == [
        "ISR strikes QAT", "QAT opposes ISR",
      ])
  }
}
