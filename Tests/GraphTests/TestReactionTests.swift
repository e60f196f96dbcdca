import Foundation
import Testing

@testable import Graph

/// A weapons test told as a noun after a verb of conducting ("أجرت ... تجربتها", "conducted
/// ... test") is remembered as a decision is: a later reaction to "the test" concerns whoever
/// conducted it.
@Suite("Relations: reactions to a weapons test")
struct TestReactionTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2017-09-04").sorted()
  }

  @Test func arabicTest() throws {
    #expect(
      try relations("أجرت كوريا الشمالية تجربتها النووية الثانية. ودانت كوريا الجنوبية التجربة.")
        == ["KOR opposes PRK"])
  }

  @Test func englishTestWithModifiersBetween() throws {
    #expect(
      try relations(
        "North Korea conducted its sixth and most powerful nuclear test on Sunday. Russia also "
          + "condemned the test while urging restraint.") == ["RUS opposes PRK"])
  }

  @Test func arabicNounsOfOpposition() throws {
    #expect(
      try relations("أجرت كوريا الشمالية تجربة نووية. وأعلنت الصين معارضتها الحازمة للتجربة.")
        == ["CHN opposes PRK"])
    #expect(
      try relations("أجرت الهند تجربة صاروخية. وسارعت باكستان إلى انتقاد التجربة.")
        == ["PAK opposes IND"])
  }

  @Test func aProtestNamesNoOneBeforeIt() throws {
    // guard: the states named before "احتجاجا" own the embassies; without the test of a
    // pronoun or "إلى", this gave SAU and QAT opposes ARAB_LEAGUE.
    #expect(
      try relations(
        "قرر مجلس جامعة الدول العربية اليوم السبت تعليق مشاركة وفود الحكومة السورية في "
          + "اجتماعاته. واقتحم موالون للحكومة السورية مساء اليوم سفارتي السعودية وقطر في دمشق "
          + "احتجاجا على القرار.")
        == ["ARAB_LEAGUE negotiates-with SYR", "ARAB_LEAGUE opposes SYR"])
  }
}
