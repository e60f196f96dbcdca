import Foundation
import Testing

@testable import Graph

/// English: only the last head word of a name is its head for a later description: "the
/// alliance" is the Three Brotherhood Alliance, not the Myanmar National Democratic Alliance
/// Army named after it.
@Suite("English: the last head word of a name")
struct LastHeadOfANameTests {
  @Test func theAllianceIsTheAlliance() throws {
    let found = try builtInRelations(
      "The Three Brotherhood Alliance, made up of the Myanmar National Democratic Alliance Army, the Ta'ang National Liberation Army and the Arakan Army, launched a major offensive. Junta leader Min Aung Hlaing vowed to launch counter-offensives against the alliance, which he branded terrorists.",
      date: "2024-01-12")
    #expect(found.contains("MMR opposes THREE_BROTHERHOOD"))
    #expect(!found.contains("MMR opposes MNDAA"))
  }
}
