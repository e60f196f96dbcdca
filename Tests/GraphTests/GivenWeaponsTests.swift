import Foundation
import Testing

@testable import Graph

/// "give Ukraine F-16 fighter jets": a verb of giving with weapons or aid after it (list
/// `supplied_thing`) supports the one who gets them; a relative pronoun before a modal ("that
/// would give") names the verb's subject, as before a tense auxiliary.
@Suite("Relations: weapons given")
struct GivenWeaponsTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2023-08-21").sorted()
  }

  @Test func pledgedToGiveJets() throws {
    #expect(
      try relations(
        "Denmark and the Netherlands pledged on Sunday to give Ukraine F-16 fighter jets.")
        == ["DNK supports UKR ?", "NLD supports UKR ?"])
    #expect(
      try relations("The United States said it would give Ukraine more air defence systems.")
        == ["USA supports UKR ?"])
  }

  @Test func aRelativeBeforeAModalIsTheSubject() throws {
    // guard: the accord would give, not Netanyahu; with "would" not read past, this gave ISR
    // supports IRN.
    #expect(
      try relations(
        "Netanyahu called the accord a historic mistake that would give Iran a sure path to "
          + "nuclear weapons.") == [])
  }
}
