import Foundation
import Testing

@testable import Graph

/// A plain negation of recognition refuses it ("does not recognise", "لا تعترف"); "they" after
/// a list and an aside set off by commas names the list ("Cuba and Bolivia, Maduro's leftist
/// allies, said they ..."); "the armed forces" are the state's where they are.
@Suite("Relations: negated recognition, the subject before an aside")
struct NegatedRecognitionTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2019-01-24")
  }

  @Test func notRecognisingOpposes() throws {
    // (Was nothing: a negated cue gave no relation unless a verb of refusal negated it.)
    #expect(try relations("Venezuela does not recognise Guaido.") == ["VEN opposes VEN_OPP"])
    #expect(
      try relations(
        "Caracas insisted it does not recognise the jurisdiction of the International Court of Justice."
      ) == ["VEN opposes UN"])
    #expect(try relations("وقالت روسيا إنها لا تعترف بحكومة طالبان.") == ["RUS opposes TALIBAN"])
  }

  @Test func otherNegatedSupportStaysDenied() throws {
    // Guard: "not support" is no refusal.
    #expect(try relations("Venezuela does not support Guaido.") == [])
  }

  @Test func theyAfterAnAsideNamesTheList() throws {
    // (Was TUR supports VEN_OPP: "they" after a verb of saying took the sentence's subject.)
    let found = try relations(
      "Erdogan called Maduro, telling him to stand tall, while Cuba and Bolivia, Maduro's leftist allies, said they continued to recognise Guaido."
    )
    #expect(found.contains("CUB supports VEN_OPP"))
    #expect(found.contains("BOL supports VEN_OPP"))
    #expect(!found.contains("TUR supports VEN_OPP"))
    // (The list ends at its "and": Maduro after the comma is no partner.)
    #expect(!found.contains("VEN supports VEN_OPP"))
  }

  @Test func armedForcesAreTheStates() throws {
    // (Was nothing: "armed forces" named no actor.)
    #expect(
      try relations("The armed forces attacked the Houthis in Yemen.") == ["YEM strikes HOUTHIS"])
  }
}
