import Foundation
import Testing

@testable import Graph

/// Arabic: a meeting verb after "ثم" (then) or "كما" (also), with no subject of its own, is the
/// act of the subject of the verb that opens the sentence, not of the object named last.
@Suite("Arabic: a meeting after ثم or كما")
struct ThenSharedSubjectTests {
  @Test func metThenMet() throws {
    // (Gave SDN negotiates-with SPLM for the second meeting.)
    let found = try builtInRelations(
      "والتقى باول على هامش الحفل الرئيس البشير ثم اجتمع بقرنق.", date: "2005-01-09")
    #expect(found == ["USA negotiates-with SDN", "USA negotiates-with SPLM"])
  }

  @Test func alsoSigned() throws {
    // (Gave no meeting with Egypt.)
    let found = try builtInRelations(
      "وطردت الحكومة الصومالية السفير الإثيوبي، كما وقعت اتفاقا دفاعيا مع مصر.",
      date: "2024-08-14")
    #expect(found.contains("SOM negotiates-with EGY"))
  }
}
