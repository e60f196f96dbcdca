import Foundation
import Testing

@testable import Graph

/// English: plural titles ("The prime ministers of", "The presidents of", "diplomats",
/// "negotiators"; list `person_head`) that open the sentence act for the states after "of",
/// as "The leaders of" does.
@Suite("English: plural titles before the states they act for")
struct PluralTitlesTests {
  @Test func primeMinistersAndPresidents() throws {
    // (Each gave nothing: "of" read as a preposition.)
    #expect(
      try builtInRelations(
        "The prime ministers of Serbia and Kosovo signed an agreement in Brussels on Friday.",
        date: "2013-04-19") == ["SRB negotiates-with XKX"])
    #expect(
      try builtInRelations(
        "The presidents of Rwanda and Congo signed a peace deal in Washington.",
        date: "2025-06-27") == ["RWA negotiates-with COD"])
    #expect(
      try builtInRelations(
        "The foreign ministers of Armenia and Azerbaijan held peace talks in Geneva.",
        date: "2025-06-27") == ["ARM negotiates-with AZE"])
  }

  @Test func anObjectsTitleStaysAPreposition() throws {
    // Guard: the title is the verb's object.
    #expect(
      try builtInRelations(
        "Israel killed two ministers of Hamas in Gaza.", date: "2024-06-01") == [
          "ISR strikes HAMAS"
        ])
  }
}
