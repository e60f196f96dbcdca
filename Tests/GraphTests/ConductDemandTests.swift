import Foundation
import Testing

@testable import Graph

/// Asking an actor to stop what it does to others ("to stop interfering", "to stop its
/// destabilising behaviour") opposes it.
@Suite("Relations: a demand to stop an actor's conduct")
struct ConductDemandTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2021-04-16").sorted()
  }

  @Test func stopItsDestabilisingBehaviour() throws {
    #expect(
      try relations("NATO called on Russia to stop its destabilising behaviour.")
        == ["NATO opposes RUS"])
  }

  @Test func stopInterfering() throws {
    #expect(
      try relations("The United States urged Iran to stop interfering in Iraq.")
        == ["USA opposes IRN"])
  }
}
