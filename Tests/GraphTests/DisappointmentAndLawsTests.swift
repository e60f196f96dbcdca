import Foundation
import Testing

@testable import Graph

/// English disappointment ("was disappointed by", "expressed disappointment with") opposes the
/// one who disappointed; Arabic laws in the plural ("قوانين") are a decision a later reaction
/// names ("ورحبت واشنطن بالتشريع").
@Suite("Disappointment, and laws in the plural")
struct DisappointmentAndLawsTests {
  @Test func disappointmentOpposes() throws {
    // (Each was nothing.)
    #expect(
      try builtInRelations(
        "The State Department expressed disappointment with Seoul's decision.",
        date: "2019-12-20") == ["USA opposes KOR"])
    #expect(
      try builtInRelations("Pompeo said he was disappointed with South Korea.", date: "2019-12-20")
        == ["USA opposes KOR"])
  }

  @Test func lawsInThePluralAreADecision() throws {
    // (Each was nothing.)
    #expect(
      try builtInRelations(
        "وأقر البرلمان الياباني قوانين أمنية جديدة تسمح بنشر قوات في الخارج. ورحبت واشنطن بالتشريع.",
        date: "2015-09-19") == ["USA supports JPN"])
    #expect(
      try builtInRelations(
        "وأقر البرلمان الهندي قوانين جديدة للجنسية. وانتقدت باكستان القوانين.", date: "2019-12-20")
        == ["PAK opposes IND"])
  }
}
