import Testing

@testable import Graph

/// A threat or a warning phrased as a verdict ("would pay a heavy price", "a very serious
/// mistake") is a stance taken now, whatever "would" or "warned" says; and "called it <verdict>"
/// judges the attack "it" stands for.
@Suite("Relations: threats as verdicts, and a verdict on \"it\"")
struct ThreatAndPronounVerdictTests {
  /// Relations with the built-in gazetteer, lexicon and titles (" ?" marks a hypothetical one),
  /// in the order they appear.
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2025-06-01")
  }

  @Test func aThreatInAWarningIsAStanceNow() throws {
    #expect(
      try relations("The Houthis warned that Washington would pay a heavy price.") == [
        "HOUTHIS opposes USA"
      ])
    #expect(
      try relations("Moscow warned that Seoul would be making a very serious mistake.") == [
        "RUS opposes KOR"
      ])
    #expect(
      try relations("Putin warned that South Korea would be making a very big mistake.") == [
        "RUS opposes KOR"
      ])
    // Guard: a condition proper still makes the verdict one that may not hold.
    #expect(
      try relations("Iran said that if Israel attacked, Israel would pay a heavy price.") == [
        "IRN opposes ISR ?"
      ])
  }

  @Test func vowedThatReportsWhatWasSaid() throws {
    #expect(
      try relations("The Houthis vowed that Washington and London would pay a heavy price.") == [
        "HOUTHIS opposes USA", "HOUTHIS opposes GBR",
      ])
    // Guard: "vowed to" pledges an act, and what it pledges is still to come.
    #expect(
      try relations("Hezbollah vowed to continue its war in support of Palestine.") == [
        "HEZBOLLAH supports PSE ?"
      ])
  }

  @Test func itAfterAVerbOfNamingIsTheAttackToldBefore() throws {
    let strike = "Israel carried out an air strike on Hamas leaders in Doha on Tuesday. "
    #expect(
      try relations(
        strike + "UN Secretary-General Antonio Guterres called it a flagrant violation of "
          + "Qatar's sovereignty.") == ["ISR strikes HAMAS", "UN opposes ISR"])
    // The act named again in the same sentence, a clause before.
    #expect(
      try relations(
        strike + "Turkey condemned the strike, and Guterres called it a flagrant violation of "
          + "international law.") == ["ISR strikes HAMAS", "TUR opposes ISR", "UN opposes ISR"])
    // Guard: "it" two sentences on, with another sentence between, is not read.
    #expect(
      try relations(
        strike + "Qatar has hosted talks for months. Guterres called it a flagrant violation of "
          + "international law.") == ["ISR strikes HAMAS"])
  }

  @Test func regretsAndEscalationsAreVerdicts() throws {
    #expect(try relations("China called the Indian strikes regrettable.") == ["CHN opposes IND"])
    #expect(
      try relations("Iran called the US strikes a dangerous escalation.") == ["IRN opposes USA"])
    #expect(
      try relations("NATO called the deployment of North Korean troops a significant escalation.")
        == ["NATO opposes PRK"])
    // Guard: a declaration of war that an intervention would be judges no one named (the
    // intervener is not Niger).
    #expect(
      try relations(
        "Mali warned that any intervention in Niger would be considered a declaration of war.")
        == [])
  }

  @Test func anEscalationOfAnActorsActJudgesTheActor() throws {
    #expect(
      try relations(
        "NATO chief Mark Rutte confirmed that North Korean troops had been deployed to Russia's "
          + "Kursk region, calling it \"a significant escalation\" of Pyongyang's involvement.")
        == ["NATO opposes PRK"])
    // Guard: a violation of a state's sovereignty does not judge that state.
    #expect(
      try relations("Guterres called the strike a flagrant violation of Qatar's sovereignty.") == []
    )
  }

  @Test func anInterventionIsAnActItsAuthorAnswersFor() throws {
    #expect(
      try relations("Mali said any military intervention by ECOWAS in Niger would be unacceptable.")
        == ["MLI opposes ECOWAS"])
    // The intervention's place is not judged (its author, "لإيكواس", is not read here).
    #expect(
      try relations(
        "وحذرت حكومتا مالي وبوركينا فاسو من أن أي تدخل عسكري لإيكواس في النيجر سيعد بمثابة إعلان "
          + "حرب عليهما.") == [])
  }

  @Test func anEscalationOfANameThatEndsTheTextIsRead() throws {
    // The owner's name runs to the document's last token: its "'s" is past the end. (Was a
    // crash: the token after the name was read out of range.)
    #expect(
      try relations(
        "Rwanda called it a dangerous escalation of Democratic Republic of the Congo"
      ).allSatisfy { !$0.isEmpty })
  }
}
