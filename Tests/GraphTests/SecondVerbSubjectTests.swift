import Testing

@testable import Graph

/// English: a verb after "and" with words between it and an actor in the object of the verb
/// before ("It sanctioned Eritrea's army chief in August and this month suspended Ethiopia")
/// shares the first verb's subject.
@Suite("English: a second verb after \"and\" shares the first one's subject")
struct SecondVerbSubjectTests {
  @Test func objectIsNoSubject() throws {
    // (Gave ERI opposes ETH.)
    #expect(
      try builtInRelations(
        "Washington has turned up the pressure on Ethiopia. It sanctioned Eritrea's army chief in August and this month suspended Ethiopia from a U.S. trade preference programme over human rights abuses.",
        date: "2021-11-10") == ["USA opposes ERI", "USA opposes ETH"])
  }

  @Test func guards() throws {
    // guard: an infinitive after a list joined by "and" is the object's own act.
    #expect(
      try builtInRelations(
        "Kiev and Western governments accuse Moscow of sending soldiers and weapons across the border to back the pro-Russian separatists.",
        date: "2014-09-01"
      ).contains("RUS supports UKR_SEPARATISTS ?"))
    // guard: the first verb's subject, as before.
    #expect(
      try builtInRelations(
        "Militia commander Eurico Guterres called the Australian troops invaders and vowed to fight them.",
        date: "1999-09-21"
      ).contains("TLS_PRO_INDONESIA_MILITIAS opposes AUS"))
  }
}
