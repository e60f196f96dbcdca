import Foundation
import Testing

@testable import Graph

/// English: "X and rebel leader Y" is a list (two plain words may qualify a person's name after
/// "and"); "aboard" is a preposition of place ("aboard a South African navy ship" names no party
/// to the talks); a bare "Kabila" names the Kabila the document named, not always Joseph.
@Suite("Actors: rebel leaders in a list, Kabila by surname")
struct RebelLeaderCoordinationTests {
  func relations(_ text: String, date: String = "1997-05-05") throws -> [String] {
    try builtInRelations(text, date: date)
  }

  @Test func rebelLeaderAfterAndIsInTheList() throws {
    // (Was COD_AFDL negotiates-with ZAF: the ship's nisba the object, the list not read.)
    #expect(
      try relations(
        "Zaire's President Mobutu Sese Seko and rebel leader Laurent Kabila met for the first time aboard a South African navy ship."
      ) == ["COD negotiates-with COD_AFDL"])
  }

  @Test func surnameNamesTheKabilaNamedBefore() throws {
    // (Was USA negotiates-with COD: "Kabila" was Joseph Kabila's form, read at his nearest
    // office.)
    #expect(
      try relations(
        "Zaire's President Mobutu Sese Seko and rebel leader Laurent Kabila met for the first time. US envoy Bill Richardson flew to Lubumbashi last week to persuade Kabila to attend."
      ).contains("USA negotiates-with COD_AFDL"))
    // Guard: Joseph Kabila named in full, then by surname.
    #expect(
      try relations(
        "President Joseph Kabila met Rwanda's Paul Kagame. Kabila accused Rwanda of backing the M23.",
        date: "2012-05-05"
      ).contains("COD opposes RWA"))
  }
}
