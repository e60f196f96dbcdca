import Foundation
import Testing

@testable import Graph

/// A description that counts three actors or more ("the three leaders", "the three countries")
/// refers to a group of that many: the last of the sentence before, else (English) all the
/// actors that sentence named, when they are that many. And "recalled its ambassadors to" two
/// states opposes each.
@Suite("A counted description of three actors")
struct CountedGroupTests {
  @Test func threeNamedApart() throws {
    // (Was BRA negotiates-with CHL only: the last group, of two.)
    #expect(
      try builtInRelations(
        "The accord, announced in Brasilia by President Luiz Inacio Lula da Silva and the presidents of Argentina and Chile, will see Brazil and Chile help Argentina build a pipeline. The three leaders said the partnership would also cover power lines.",
        date: "2023-05-01")
        == [
          "BRA supports ARG ?", "CHL supports ARG ?", "BRA negotiates-with ARG",
          "BRA negotiates-with CHL", "ARG negotiates-with CHL",
        ])
    // (Was SDN opposes KEN and UGA.)
    #expect(
      try builtInRelations(
        "The summit, hosted by Kenyan President William Ruto with the leaders of Uganda and Tanzania, ended with Kenya and Uganda backing a new rail line. Sudan accused the three countries of interfering in its affairs.",
        date: "2023-05-01")
        == ["SDN opposes KEN", "SDN opposes UGA", "SDN opposes TZA"])
  }

  @Test func arabicTakesNoSentenceOfThree() throws {
    // guard: an Arabic sentence's three actors named apart are not "الدول الثلاث".
    #expect(
      try builtInRelations(
        "وقال وزير الدفاع الأسترالي إن الفرقاطة اليابانية هي الأنسب لبلاده، في إشارة إلى الصين. واتفقت الدول الثلاث على تطوير مقاتلة.",
        date: "2023-05-01"
      ).isEmpty)
  }

  @Test func ambassadorsRecalledFromTwo() throws {
    // (Was nothing.)
    #expect(
      try builtInRelations(
        "Algeria recalled its ambassadors to France and Spain on Monday.", date: "2023-05-01")
        == ["DZA opposes FRA", "DZA opposes ESP"])
  }
}
