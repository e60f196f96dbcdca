import Foundation
import Testing

@testable import Graph

/// "helped broker" helps in an act (the act's cue reads the parties); "even as it" is the
/// subject; "state terrorism" judges an attack told before; a side that reports its own members
/// killed in an attack told before is struck by that attack's agents.
@Suite("Helped acts, 'as it', verdicts of terrorism, reported dead")
struct HelpedActsAndReportedDeadTests {
  @Test func helpedBrokerIsMediation() throws {
    #expect(
      try builtInRelations(
        "Egypt helped broker a truce between Israel and Hamas.", date: "2024-01-01")
        == ["EGY negotiates-with ISR", "EGY negotiates-with HAMAS", "ISR negotiates-with HAMAS"])
    // guard: "helped" with an actor after it still supports.
    #expect(
      try builtInRelations("Turkey helped Ukraine.", date: "2024-01-01") == ["TUR supports UKR"])
  }

  @Test func evenAsItIsTheSubject() throws {
    let found = try builtInRelations(
      "Qatar condemned Iran's missile attack on Al Udeid Air Base, the largest US military "
        + "installation in the Middle East, even as it helped broker a ceasefire between Iran "
        + "and Israel hours later.", date: "2025-06-24")
    #expect(found.contains("QAT negotiates-with IRN"))
    #expect(!found.contains { $0.hasPrefix("USA") })
  }

  @Test func stateTerrorismJudgesTheAttack() throws {
    #expect(
      try builtInRelations(
        "Israel carried out an air strike in Doha on Tuesday. Qatar called the strike \"state terrorism\".",
        date: "2025-09-10"
      ).contains("QAT opposes ISR"))
  }

  @Test func itsMembersKilledInTheAttack() throws {
    #expect(
      try builtInRelations(
        "شنت القوات الأمريكية غارات على مواقع في العراق. "
          + "وقالت هيئة الحشد الشعبي إن عددا من منتسبيها قتلوا في القصف.", date: "2024-02-03"
      ).contains("USA strikes PMF"))
    #expect(
      try builtInRelations(
        "شنت القوات الأمريكية غارات على مواقع في العراق. "
          + "وأعلنت هيئة الحشد الشعبي مقتل عدد من عناصرها في قصف استهدف مقارها.",
        date: "2024-02-03"
      ).contains("USA strikes PMF"))
    // guard: no attack told before, nobody to strike.
    #expect(
      try builtInRelations("أعلنت حماس مقتل عدد من عناصرها في القصف.", date: "2024-02-03")
        .isEmpty)
  }
}
