import Foundation
import Testing

@testable import Graph

/// Arabic: a description between commas after a light verb's subject ("، التي تضم فصائل موالية
/// لإيران،") is passed over even when it ends in an actor: the subject before it claims.
@Suite("Arabic: a described claimant")
struct DescribedClaimantTests {
  @Test func aRelativeClauseEndingInAnActor() throws {
    // (Gave nothing: Iran, ending the description, read as the subject.)
    let found = try builtInRelations(
      "وأعلنت المقاومة الإسلامية في العراق، التي تضم فصائل موالية لإيران، مسؤوليتها عن الهجوم على القواعد الأمريكية في سوريا.",
      date: "2023-12-26")
    #expect(found.contains("ISLAMIC_RESISTANCE_IRAQ strikes USA"))
    #expect(!found.contains("IRN strikes USA"))
  }

  @Test func aDescriptionWithWaAndAPronoun() throws {
    // Guard: "، وهي ..." ending in a place.
    let found = try builtInRelations(
      "وأعلنت حركة الشباب، وهي فرع تنظيم القاعدة في الصومال، مسؤوليتها عن الهجوم على قاعدة للقوات الكينية.",
      date: "2020-01-05")
    #expect(found.contains("SHABAAB strikes KEN"))
  }
}
