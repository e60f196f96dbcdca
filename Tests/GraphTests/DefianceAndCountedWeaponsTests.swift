import Foundation
import Testing

@testable import Graph

/// "، متحديا واشنطن": a participle of defiance after a comma tells how the sentence's subject
/// acts (list `clause_participle`); a sale of a counted aircraft ("اثنتي عشرة طائرة") sells a
/// weapon, as "طائرات" does.
@Suite("Relations: defiance and counted weapons")
struct DefianceAndCountedWeaponsTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2005-11-29").sorted()
  }

  @Test func defying() throws {
    #expect(
      try relations("وقال شافيز إن الطائرات ستستخدم في مكافحة التهريب، متحديا واشنطن.")
        == ["VEN opposes USA"])
  }

  @Test func aCountedAircraftSold() throws {
    #expect(
      try relations("باعت إسبانيا للجيش الفنزويلي اثنتي عشرة طائرة نقل.") == ["ESP supports VEN"])
  }
}
