import Foundation
import Testing

@testable import Graph

/// English: an act told before and described, justified or called legitimate (list
/// `legitimacy_label`) supports its author, as regarding an actor as legitimate supports it.
@Suite("English: an act described as legitimate")
struct JudgedLegitimateTests {
  @Test func describedAsLegitimate() throws {
    let found = try builtInRelations(
      "Israel struck Iran. The White House described the strikes as legitimate.",
      date: "2024-10-26")
    #expect(found.contains("USA supports ISR"))
  }

  @Test func regardedAsLegitimate() throws {
    // Guard: the older form, an actor regarded as legitimate.
    #expect(
      try builtInRelations(
        "France continued to regard Bazoum as the country's only legitimate authority.",
        date: "2023-08-10"
      ).contains("FRA supports NER"))
  }
}
