import Foundation
import Testing

@testable import Graph

/// Bringing an actor before a court opposes it: English "took X to the International Court of
/// Justice", "hauled X before a tribunal" (a verb that needs a word of `court_word` after its
/// object's "to" or "before"); Arabic "رفعت دعوى على X", "قضية ضد X".
@Suite("Lexicon: a case brought before a court")
struct CourtCaseTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2019-11-11").sorted()
  }

  @Test func englishTakingAnActorToCourt() throws {
    #expect(
      try relations("The Gambia took Myanmar to the International Court of Justice.")
        == ["GMB opposes MMR"])
    #expect(
      try relations(
        "The Philippines has taken China before an international arbitral tribunal over the sea.")
        == ["PHL opposes CHN"])
  }

  @Test func arabicCaseAgainstAnActor() throws {
    #expect(
      try relations("رفعت الفلبين دعوى على الصين أمام محكمة التحكيم.") == ["PHL opposes CHN"])
    #expect(
      try relations("رفعت غامبيا قضية ضد ميانمار أمام محكمة العدل الدولية.")
        == ["GMB opposes MMR"])
  }

  @Test func tookWithNoActorBeforeTheCourtIsNoCase() throws {
    // guard: "before" after the object's noun, not the object: no case taken to court.
    #expect(try relations("Russia took Ukrainian towns before the court ruled.") == [])
  }
}
