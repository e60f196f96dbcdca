import Foundation
import Testing

@testable import Graph

/// English: a day or time between a verb and its infinitive ("agreed on Monday to impose") is
/// no preposition's object: the verb still says the act happened, and the light verb's subject
/// still stands before it.
@Suite("English: a day before an infinitive")
struct EnglishDayBeforeInfinitiveTests {
  @Test func agreedOnMonday() throws {
    // (Gave the relation as hypothetical.)
    let found = try builtInRelations(
      "EU leaders agreed on Monday to impose sanctions on Belarus.", date: "2021-05-24")
    #expect(found.contains("EU opposes BLR"))
  }

  @Test func newSanctionsAfterADay() throws {
    // (Gave nothing: "on Monday" stood between the subject and the noun.)
    let found = try builtInRelations(
      "European Union leaders agreed on Monday to impose new sanctions on Belarus.",
      date: "2021-05-24")
    #expect(found.contains("EU opposes BLR"))
  }

  @Test func plansStayPlans() throws {
    // Guard: a verb of intention past a day still leaves the act hypothetical.
    let found = try builtInRelations(
      "Russia plans on Monday to impose sanctions on Latvia.", date: "2021-05-24")
    #expect(found.contains("RUS opposes LVA ?"))
  }
}
