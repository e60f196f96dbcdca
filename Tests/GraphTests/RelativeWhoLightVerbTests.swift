import Foundation
import Testing

@testable import Graph

/// English: "who" opens a relative clause as "which" does ("the Taliban, who have pressed
/// offensives against Afghan forces"); "pressed" is a light verb ("pressed an offensive against").
@Suite("Relations: who-clauses and pressed offensives")
struct RelativeWhoLightVerbTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2017-04-13")
  }

  @Test func whoClauseTakesItsAntecedent() throws {
    // (Was nothing: only "which" and "whom" had an antecedent.)
    #expect(
      try relations(
        "The Taliban, who have pressed offensives against Afghan forces in Helmand, control a third of the country."
      ) == ["TALIBAN strikes AFG"])
    #expect(
      try relations(
        "Turkish President Recep Tayyip Erdogan, who helped broker the deal with the UN a year ago, said he would discuss its revival with Russian President Vladimir Putin."
      ).contains("TUR negotiates-with UN"))
  }

  @Test func pressedIsALightVerb() throws {
    // (Was nothing: "pressed" stood between the subject and the noun.)
    #expect(
      try relations("The Taliban pressed an offensive against Afghan forces in Helmand.")
        == ["TALIBAN strikes AFG"])
  }
}
