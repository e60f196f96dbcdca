import Foundation
import Testing

@testable import Graph

/// A count before the object ("more than a dozen", "at least 15", "ما لا يقل عن 15") is no step
/// between a cue and its object, and its "at" or "عن" is no place's. English: "its" before what
/// an attack hits stands for the sentence's subject, and a light verb in a relative clause set
/// off by a comma takes the antecedent ("Russia, which has carried out dozens of strikes on").
@Suite("Relations: counted objects, possessed targets, relative light verbs")
struct CountedAndPossessedObjectsTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2025-02-01")
  }

  @Test func anApproximateCountBeforeTheObject() throws {
    // (Each was nothing.)
    #expect(
      try relations("Britain launched air and sea strikes against more than a dozen Houthi sites.")
        == ["GBR strikes HOUTHIS"])
    #expect(
      try relations("Israeli jets carried out raids against at least 20 Hamas positions.") == [
        "ISR strikes HAMAS"
      ])
    #expect(
      try relations("Israel bombed at least 15 Hezbollah sites overnight.") == [
        "ISR strikes HEZBOLLAH"
      ])
    #expect(
      try relations("The Pentagon said it struck over 30 Houthi targets.") == [
        "USA strikes HOUTHIS"
      ])
    #expect(
      try relations("قصفت الطائرات البريطانية ما لا يقل عن 12 موقعا للحوثيين.") == [
        "GBR strikes HOUTHIS"
      ])
  }

  @Test func aCountIsNoAdjacency() throws {
    // guard: a verbal noun's genitive stays the one right after it, a count not passed over
    // ("قتل عشرات المحتجين الفلسطينيين" names the victims, not the author).
    #expect(
      try relations(
        "شجعت الخطوة القوات الإسرائيلية على قتل عشرات المحتجين الفلسطينيين على حدود غزة."
      )
      .contains("PSE strikes ISR") == false)
    // guard: "كل" counts nothing.
    #expect(try relations("قال إن الخلاف بين كل منهما وبين تيار المستقبل يتسع.") == [])
  }

  @Test func itsBeforeWhatIsHitIsTheSubjects() throws {
    // (Was nothing.)
    #expect(
      try relations("Ukraine said Russian drone attacks on its power stations had cut electricity.")
        == ["RUS strikes UKR"])
    // (Was HAMAS strikes PSE, from Rafah.)
    #expect(
      try relations("Israel said Hamas fighters attacked its positions near Rafah.") == [
        "HAMAS strikes ISR"
      ])
    // guard: an author is no target of its own act.
    #expect(try relations("Russia said its troops struck their positions overnight.") == [])
  }

  @Test func aLightVerbInARelativeClauseTakesTheAntecedent() throws {
    // (Each was nothing.)
    #expect(
      try relations(
        "Russia, which has carried out dozens of strikes on Ukrainian energy sites, denied the claim."
      ) == ["RUS strikes UKR"])
    #expect(
      try relations("Qatar, which has been at odds with Saudi Arabia for years, hosted the talks.")
        == ["QAT opposes SAU"])
    // (Was nothing: a noun of talks or truce in such a clause takes the antecedent too.)
    #expect(
      try relations(
        "Egypt, which has observed a shaky truce with Hamas since May, welcomed the announcement.")
        == ["EGY negotiates-with HAMAS"])
    // guard: a sentence that opens with the noun has no antecedent to take.
    #expect(try relations("Strikes on Ukrainian cities went on.") == [])
  }
}
