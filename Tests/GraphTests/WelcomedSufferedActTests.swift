import Foundation
import Testing

@testable import Graph

/// English: a welcome of what an actor suffered (list `suffered_act`: "capture", "arrest",
/// "ouster") does not back the actor: "welcomed Ocalan's capture", "welcomed the ouster of
/// Gaddafi".
@Suite("English: welcoming an actor's capture or ouster")
struct WelcomedSufferedActTests {
  @Test func welcomedTheCapture() throws {
    // (Gave USA supports PKK.)
    let found = try builtInRelations(
      "The United States welcomed Ocalan's capture.", date: "1999-02-17")
    #expect(found.isEmpty)
  }

  @Test func welcomedTheOuster() throws {
    // (Gave GBR supports LBY.)
    let found = try builtInRelations("Britain welcomed the ouster of Gaddafi.", date: "2011-08-23")
    #expect(found.isEmpty)
  }

  @Test func welcomedTheDecisionOf() throws {
    // Guard: a decision of the actor is its own act.
    let found = try builtInRelations(
      "The United States welcomed the decision of Moldova.", date: "2003-11-25")
    #expect(found == ["USA supports MDA"])
  }
}
