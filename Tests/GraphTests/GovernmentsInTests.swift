import Foundation
import Testing

@testable import Graph

/// Plural heads of government ("المجالس العسكرية في مالي وبوركينا فاسو", "the juntas in Mali and
/// Burkina Faso") stand for the states named after "في"/"in", as the singular heads do.
@Suite("Plural heads of government before في/in")
struct GovernmentsInTests {
  @Test func arabicCouncilsIn() throws {
    // (Was nothing: the states were read as places.)
    #expect(
      try builtInRelations(
        "وطردت المجالس العسكرية في مالي وبوركينا فاسو القوات الفرنسية.",
        date: "2023-12-30") == ["MLI opposes FRA", "BFA opposes FRA"])
  }

  @Test func englishJuntasIn() throws {
    // (Was nothing.)
    #expect(
      try builtInRelations(
        "The juntas in Mali and Burkina Faso expelled French troops last year.",
        date: "2023-12-30") == ["MLI opposes FRA", "BFA opposes FRA"])
  }
}
