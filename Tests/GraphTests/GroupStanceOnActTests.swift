import Foundation
import Testing

@testable import Graph

/// A plural description as subject ("Both capitals") takes a stance on an act named with its
/// author in a relative clause ("the test that the Pentagon carried out"): each opposes the
/// author. Sanctions with a modifier after their author ("US economic sanctions") are still
/// the author's.
@Suite("Relations: a group's stance on an act, and modified sanctions")
struct GroupStanceOnActTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2001-07-17").sorted()
  }

  @Test func bothCapitalsCriticiseTheTestThePentagonCarriedOut() throws {
    #expect(
      try relations(
        "Russia and China met. Both capitals also criticised the interceptor test that the "
          + "Pentagon carried out over the Pacific.")
        == ["CHN opposes USA", "RUS negotiates-with CHN", "RUS opposes USA"])
  }

  @Test func underUSEconomicSanctions() throws {
    #expect(
      try relations("Syria has been under US economic sanctions since 2004.")
        == ["USA opposes SYR"])
  }
}
