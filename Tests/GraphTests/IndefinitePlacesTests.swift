import Foundation
import Testing

@testable import Graph

/// Arabic: the nisba of an indefinite plural of places ("مناطق أوكرانية", "محافظات",
/// "مقاطعات", "أقاليم") names a place, no actor (lists `non_agent_head` and `place_head`, which
/// held only the forms with the article).
@Suite("Arabic: indefinite places of a state")
struct IndefinitePlacesTests {
  @Test func annexedRegionsAreNoParty() throws {
    // (Gave RUS negotiates-with UKR: the regions' nisba read as the treaties' partner.)
    let found = try builtInRelations(
      "وقع بوتين معاهدات ضم أربع مناطق أوكرانية.", date: "2022-09-30")
    #expect(!found.contains("RUS negotiates-with UKR"))
  }

  @Test func stillTheStateHit() throws {
    // Guard: strikes on the places hit their state.
    let found = try builtInRelations(
      "شنت روسيا غارات على مناطق أوكرانية.", date: "2022-10-10")
    #expect(found.contains("RUS strikes UKR"))
  }
}
