import Foundation
import Testing

@testable import Graph

/// Arabic: "وصف X بأنه احتلال": occupation is a label of hostility (list `terror_label`, beside
/// "عدوان"), so describing an act of forces so opposes the forces' state.
@Suite("Arabic: described as an occupation")
struct OccupationLabelTests {
  @Test func theEntryOfForcesCalledAnOccupation() throws {
    // (Gave nothing.)
    #expect(
      try builtInRelations(
        "ووصفت جمعية الوفاق دخول القوات السعودية والإماراتية بأنه احتلال.", date: "2011-03-14")
        == ["BHR_WEFAQ opposes SAU", "BHR_WEFAQ opposes ARE"])
  }

  @Test func theLandOccupiedIsNoneOpposed() throws {
    // Guard: "احتلال لأراض سورية" names the land taken, not one opposed.
    let found = try builtInRelations(
      "كما نددت مصر بالتحرك الإسرائيلي، ووصفته القاهرة بأنه احتلال لأراض سورية.",
      date: "2024-12-10")
    #expect(found.contains("EGY opposes ISR"))
    #expect(!found.contains("EGY opposes SYR"))
  }
}
