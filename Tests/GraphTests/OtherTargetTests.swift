import Foundation
import Testing

@testable import Graph

/// A condemned attack named with a target of its own ("الهجوم على الشركة", "the attack on the
/// base") that the sentence before named away from the remembered attack's target is another
/// attack: its condemnation does not oppose the remembered agent (`namesOtherTarget`).
@Suite("Attack memory: an attack on another target")
struct OtherTargetTests {
  @Test func arabicAnotherTarget() throws {
    // (Gave FRA opposes TUR.)
    #expect(
      try builtInRelations(
        "شنت طائرات تركية غارات على أهداف لحزب العمال الكردستاني بعد ساعات من هجوم استهدف مقر شركة للطيران قرب أنقرة. ودانت فرنسا الهجوم على الشركة.",
        date: "2024-10-24") == ["TUR strikes PKK"])
  }

  @Test func englishAnotherTarget() throws {
    // (Gave FRA opposes ISR.)
    #expect(
      try builtInRelations(
        "Israeli jets struck Hezbollah positions hours after a drone attack on a military base near Haifa. France condemned the attack on the base.",
        date: "2024-10-24") == ["ISR strikes HEZBOLLAH"])
  }

  @Test func theSameTargetIsTheSameAttack() throws {
    // guard: the word names the remembered target's own phrase.
    #expect(
      try builtInRelations(
        "استهدف الحوثيون سفينة أمريكية في البحر الأحمر. ودانت فرنسا الهجوم على السفينة.",
        date: "2024-01-10") == ["HOUTHIS strikes USA", "FRA opposes HOUTHIS"])
    #expect(
      try builtInRelations(
        "Houthi rebels attacked an American ship in the Red Sea. France condemned the attack on the ship.",
        date: "2024-01-10") == ["HOUTHIS strikes USA", "FRA opposes HOUTHIS"])
  }
}
