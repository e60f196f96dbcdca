import Foundation
import Testing

@testable import Graph

/// "in regular contact with", "in close touch with" meet; "urged Venezuela to explain" asks an
/// actor to explain itself, which opposes it.
@Suite("Relations: contact, and a demand to explain")
struct ContactAndExplanationTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2005-01-24").sorted()
  }

  @Test func inRegularContact() throws {
    #expect(
      try relations("Taylor's Liberia has been in regular contact with RUF field commanders.")
        == ["LBR negotiates-with SLE_RUF"])
    #expect(
      try relations("Britain said it was in close touch with Ottawa.") == [
        "GBR negotiates-with CAN"
      ])
  }

  @Test func urgedToExplain() throws {
    #expect(
      try relations(
        "The State Department has urged Venezuela to explain why a wanted rebel was living "
          + "freely in its capital.") == ["USA opposes VEN"])
  }
}
