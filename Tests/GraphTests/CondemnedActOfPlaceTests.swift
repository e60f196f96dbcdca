import Foundation
import Testing

@testable import Graph

/// English: "condemned the shelling of Kharkiv", "the capture of Goma": the place after an
/// attack noun's "of" is what the act hit, so the condemnation is of the act told before and
/// opposes its agent, not the place's state ("capture" and "takeover" are attack nouns).
@Suite("English: condemning the attack of a place told before")
struct CondemnedActOfPlaceTests {
  @Test func theCaptureOfACity() throws {
    // (Gave UN opposes COD: Goma read as the object condemned.)
    let found = try builtInRelations(
      "M23 rebels seized Goma on Tuesday. The UN Security Council condemned the capture of Goma.",
      date: "2012-11-20")
    #expect(found.contains("UN opposes M23"))
    #expect(!found.contains("UN opposes COD"))
  }

  @Test func theShellingOfACity() throws {
    // (Gave nothing of France.)
    let found = try builtInRelations(
      "Russia shelled Kharkiv. France condemned the shelling of Kharkiv.", date: "2022-03-01")
    #expect(found.contains("FRA opposes RUS"))
  }
}
