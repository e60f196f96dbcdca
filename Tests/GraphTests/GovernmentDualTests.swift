import Foundation
import Testing

@testable import Graph

/// Arabic: a dual or plural of "الحكومة" before "في" and states ("الحكومتان الانتقاليتان في
/// مالي وبوركينا فاسو") names the states' governments, as "الحكومة في" does: the states are the
/// subject, no place.
@Suite("Arabic: governments named by where they rule, dual and plural")
struct GovernmentDualTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2023-07-31")
  }

  @Test func theTwoGovernmentsInTwoStates() throws {
    // (Was nothing: the states read as places after "في".)
    #expect(
      try relations(
        "حذرت الحكومتان الانتقاليتان في مالي وبوركينا فاسو، في بيان مشترك الاثنين، من أي تدخل عسكري في النيجر."
      ) == ["MLI negotiates-with BFA"])
  }

  @Test func theSingularStays() throws {
    // Guard: "المجالس العسكرية الحاكمة في" as before.
    #expect(
      try relations(
        "أعلنت المجالس العسكرية الحاكمة في مالي وبوركينا فاسو والنيجر انسحابها من إيكواس.")
        == ["MLI opposes ECOWAS", "BFA opposes ECOWAS", "NER opposes ECOWAS"])
  }
}
