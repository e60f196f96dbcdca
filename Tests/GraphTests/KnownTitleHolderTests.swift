import Foundation
import Testing

@testable import Graph

/// A known person named after a title whose body is another actor ("المتحدث باسم حزب العدالة
/// والتنمية التركي عمر جليك") holds the title: the body is no actor of the sentence of its own.
@Suite("Titles: a known person after a body's title")
struct KnownTitleHolderTests {
  @Test func theSpokesmanIsThePerson() throws {
    // (Was TUR_AKP opposes TUR: the party and the spokesman were two actors.)
    #expect(
      try builtInRelations(
        "وانتقد المتحدث باسم حزب العدالة والتنمية التركي عمر جليك إسرائيل.", date: "2025-03-11")
        == ["TUR opposes ISR"])
  }

  @Test func coordinatedHoldersStayApart() throws {
    // guard: "الرئيس التركي رجب أردوغان والروسي فلاديمير بوتين" are two people.
    #expect(
      try builtInRelations(
        "وعقد الرئيس التركي رجب أردوغان والروسي فلاديمير بوتين محادثات في سوتشي.",
        date: "2020-01-01") == ["TUR negotiates-with RUS"])
  }

  @Test func aBodyAfterTheTitleIsNoHolder() throws {
    // guard: the Security Council after "السفير الاميركي" is where he sits, no person.
    #expect(
      try builtInRelations(
        "من جهته رفض السفير الاميركي بمجلس الامن اقتراح انان بوقف فوري لاطلاق النار.",
        date: "2006-07-20") == ["USA opposes UN"])
  }
}
