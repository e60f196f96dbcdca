import Testing

@testable import Graph

/// English: the person a sentence is about, its subject before a relative clause, stays the
/// referent of the next sentence's first "he" ("Chavez, who met Ivan Marquez, ... Only on
/// Tuesday he met Sarkozy"); and "X, whose hard line against Y is backed by Z" backs X, up to
/// eight words after "whose".
@Suite("English: the subject before its relative clause")
struct SubjectBeforeItsRelativeTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2007-11-23").sorted()
  }

  @Test func heBeforeAnyActorIsTheSubjectBefore() throws {
    // (Gave FARC negotiates-with FRA: "he" was the FARC negotiator, named last.)
    #expect(
      try relations(
        "Chavez, who met FARC negotiator Ivan Marquez in Caracas earlier this month, had been trying to broker an exchange. Only on Tuesday he met French President Nicolas Sarkozy in Paris."
      ) == ["VEN negotiates-with FARC", "VEN negotiates-with FRA"])
  }

  @Test func whatIsBackedIsTheOwnersBeforeWhose() throws {
    // (Gave USA supports FARC: the guerrillas, right before the verb.)
    #expect(
      try relations(
        "Uribe, whose hard line against the guerrillas is backed by Washington with billions of dollars in military aid, has refused to pull troops out."
      ) == ["USA supports COL"])
  }
}
