import Foundation
import Testing

@testable import Graph

/// Arabic: an actor right after agent words ("برصاص", "بنيران", "على يد", "من قبل") is the
/// agent of a verb read in the passive ("قتلوا برصاص القوات الكينية": they were killed), never
/// the object of the same verb read in the active.
@Suite("Arabic: no object after agent words")
struct ArabicAgentWordsObjectTests {
  @Test func killedByTheBulletsOf() throws {
    // (Also gave SHABAAB strikes KEN: "قتلوا" read as "they killed" the Kenyan forces.)
    let found = try builtInRelations(
      "وقال مسعفون إن عشرة من مقاتلي حركة الشباب قتلوا برصاص القوات الكينية.",
      date: "2013-07-05")
    #expect(found.contains("KEN strikes SHABAAB"))
    #expect(!found.contains("SHABAAB strikes KEN"))
  }

  @Test func theAgentStillStrikes() throws {
    // Guards: the agent phrases keep their agent.
    let hands = try builtInRelations(
      "أصيب جنود أتراك على يد مسلحي حزب العمال الكردستاني.", date: "2016-08-01")
    #expect(hands == ["PKK strikes TUR"])
    let fire = try builtInRelations(
      "قتل ثلاثة من عناصر حماس بنيران الجيش الإسرائيلي.", date: "2014-07-20")
    #expect(fire == ["ISR strikes HAMAS"])
  }
}
