import Foundation
import Testing

@testable import Graph

/// English: "the suspension of its aid to X" states a stance against X, as "suspended its aid
/// to X" does ("suspension" in lists `cessation` and `suspension`).
@Suite("English: the suspension of aid")
struct SuspensionNounTests {
  @Test func theSuspensionOfAid() throws {
    // (Gave FRA supports NER.)
    let found = try builtInRelations(
      "France announced the suspension of its aid to Niger.", date: "2023-07-31")
    #expect(found == ["FRA opposes NER"])
  }

  @Test func theSuspensionOfMilitaryAid() throws {
    // (Gave USA supports EGY.)
    let found = try builtInRelations(
      "The United States announced the suspension of its military aid to Egypt.",
      date: "2013-10-09")
    #expect(found == ["USA opposes EGY"])
  }
}
