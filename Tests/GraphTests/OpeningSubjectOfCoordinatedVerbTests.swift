import Foundation
import Testing

@testable import Graph

/// English: a coordinated verb with no subject of its own takes the actor that opens its
/// sentence before the speaker of an earlier sentence, and finds its object close by; a gerund
/// joined to one after a preposition ("accused X of sheltering and supporting them") is that
/// phrase's act, not the sentence subject's.
@Suite("Relations: the opening subject of an English coordinated verb")
struct OpeningSubjectOfCoordinatedVerbTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2009-07-05")
  }

  let obama = "President Barack Obama has said Zelaya remains the legitimate president. "

  @Test func theOpeningSubjectBeforeAnEarlierSpeaker() throws {
    // (Was USA supports HND: Obama, the speaker of the sentence before, supplied the plane.)
    #expect(
      try relations(
        obama
          + "Hugo Chavez has been Zelaya's loudest backer, calling the coup a \"gorillazo\" and "
          + "supplying the plane Zelaya plans to use.")
        == ["VEN supports HND"])
    // (Was USA supports NIC_FSLN; then, to the fifty-eighth stop, hypothetical: the supply
    // joined by "and" to "calling" is told as a fact, `participleJoinedByAnd`.)
    #expect(
      try relations(
        obama
          + "Hugo Chavez has been Zelaya's loudest backer, calling the coup a \"gorillazo\" and "
          + "supplying weapons to the Sandinistas.")
        == ["VEN supports HND", "VEN supports NIC_FSLN"])
  }

  @Test func theObjectComesSoon() throws {
    // guard: the opening subject's verb takes no actor from a phrase that qualifies its
    // object's noun (nothing at the start too, where the speaker's reading gave none either).
    #expect(
      try relations(
        obama
          + "Hugo Chavez has been Zelaya's loudest backer, calling the coup a \"gorillazo\" and "
          + "supplying ships used by the navy of Nicaragua.")
        == ["VEN supports HND"])
  }

  @Test func anAccusationAfterALongFirstClause() throws {
    // (Was nothing: no subject was found for "accused" after the long first clause.)
    #expect(
      try relations(
        "Ivan Duque ordered a unit to hunt down former FARC commanders who announced they were "
          + "taking up arms again, and accused Venezuela's Nicolas Maduro of sheltering and "
          + "supporting them.")
        == ["COL opposes VEN"])
    // guard: a short first clause, as before.
    #expect(
      try relations(
        "Ivan Duque ordered a unit to hunt down the commanders on Thursday, and accused Maduro "
          + "of sheltering them.")
        == ["COL opposes VEN"])
  }
}
