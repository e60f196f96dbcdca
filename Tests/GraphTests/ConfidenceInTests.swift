import Foundation
import Testing

@testable import Graph

/// Arabic: confidence expressed in an actor ("معربة عن ثقتها بالسلطات الجزائرية", with its
/// possessive pronoun) supports it, as a noun of support does.
@Suite("Arabic: confidence expressed in an actor")
struct ConfidenceInTests {
  @Test func confidenceInTheAuthorities() throws {
    // (Gave nothing.)
    #expect(
      try builtInRelations(
        "وقالت باريس إن الجزائر لها الحق في التصرف، معربة عن ثقتها بالسلطات الجزائرية.",
        date: "2013-01-17") == ["FRA supports DZA"])
    #expect(
      try builtInRelations("وأعرب الرئيس الفرنسي عن ثقته بالجيش اللبناني.", date: "2020-08-10")
        == ["FRA supports LBN"])
  }

  @Test func aVoteOfNoConfidenceIsNone() throws {
    // Guard: the bare noun "الثقة" is no cue of support here.
    #expect(
      try builtInRelations("وأعلن البرلمان سحب الثقة من الحكومة الليبية.", date: "2021-09-21")
        .allSatisfy { !$0.contains("supports") })
  }
}
