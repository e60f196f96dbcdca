import Foundation
import Testing

@testable import Graph

/// A demand that an actor explain itself ("بتقديم تفسير") opposes it, as "demanded an
/// explanation from" does; a coordinated verb of asking reaches the one asked past the head
/// noun of a nisba ("وطالبت الحكومة الصينية").
@Suite("Relations: a demand for an explanation")
struct ExplanationDemandTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2007-01-20").sorted()
  }

  @Test func explainYourself() throws {
    #expect(
      try relations("انتقدت اليابان التجربة وطالبت الحكومة الصينية بتقديم تفسير.")
        == ["JPN opposes CHN"])
  }

  @Test func theHeadOfANisbaBetween() throws {
    #expect(
      try relations("انتقدت اليابان التجربة وطالبت الحكومة الصينية بالانسحاب.")
        == ["JPN opposes CHN"])
  }
}
