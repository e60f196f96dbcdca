import Foundation
import Testing

@testable import Graph

/// Arabic: a cue of several words whose first word is written with its pronoun ("وقوفها إلى
/// جانب") after a verb with no subject of its own takes the subject of the clause before, like
/// a cue whose pronoun the match splits off; not the actor that clause ended with.
@Suite("Relations: a pronoun written on a cue after a verb with no subject")
struct WrittenPronounAfterSubjectlessVerbTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2016-07-18")
  }

  @Test func theOpeningSubjectAfterAComma() throws {
    // (Was nothing.)
    #expect(
      try relations("أدانت إيران الهجوم، وأكدت وقوفها إلى جانب سوريا.") == ["IRN supports SYR"])
  }

  @Test func notTheNisbaTheClauseEndedWith() throws {
    // (Was ESP supports MAR: the Spanish operation's nisba read as the one who stood by.)
    #expect(
      try relations(
        "وانتقدت جامعة الدول العربية العملية العسكرية الإسبانية وأعلنت وقوفها إلى جانب المغرب.")
        == ["ARAB_LEAGUE opposes ESP", "ARAB_LEAGUE supports MAR"])
    // guard: the subject right before the noun, as before.
    #expect(try relations("وأكدت إيران وقوفها إلى جانب سوريا.") == ["IRN supports SYR"])
    // guard: a masculine pronoun after a nisba of an attack, as before.
    #expect(
      try relations("انتقد الاتحاد الأوروبي الغارات الروسية وأعلن وقوفه إلى جانب أوكرانيا.")
        == ["EU opposes RUS", "EU supports UKR"])
  }
}
