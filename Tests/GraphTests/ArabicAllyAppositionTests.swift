import Foundation
import Testing

@testable import Graph

/// An Arabic apposition naming an ally, with an adjective between the noun and the one allied
/// with: "تركيا، الحليف الأبرز لحكومة طرابلس" (Turkey supports the Tripoli government).
@Suite("Arabic: an ally named in an apposition")
struct ArabicAllyAppositionTests {
  @Test func theMainAlly() throws {
    // (Each was nothing.)
    #expect(
      try builtInRelations(
        "وأعربت روسيا، الحليف الرئيسي لدمشق، عن قلقها.", date: "2024-12-01") == ["RUS supports SYR"]
    )
    #expect(
      try builtInRelations(
        "وأعربت تركيا، الحليف الأبرز لحكومة طرابلس، عن قلقها.", date: "2025-05-14")
        == ["TUR supports LBY_GNU"])
  }
}
