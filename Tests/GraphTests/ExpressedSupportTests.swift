import Foundation
import Testing

@testable import Graph

/// A call or a meeting, then support expressed with no actor of its own ("to express his
/// support", "معربا عن دعمه"): the caller backs the one called.
@Suite("Relations: support expressed in a call")
struct ExpressedSupportTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2019-01-24")
  }

  @Test func callerBacksTheOneCalled() throws {
    // (Was the call alone: the support named no actor.)
    #expect(
      try relations(
        "President Vladimir Putin telephoned Maduro on Thursday to express his support, the Kremlin said."
      ) == ["RUS negotiates-with VEN", "RUS supports VEN"])
    #expect(
      try relations("واتصل بوتين بمادورو معربا عن دعمه.")
        == ["RUS negotiates-with VEN", "RUS supports VEN"])
  }

  @Test func supportForAnotherStaysUnread() throws {
    // Guard: support for something named after it is not the one called's.
    #expect(
      try relations(
        "Putin telephoned Maduro on Thursday to express his support for the government.")
        == ["RUS negotiates-with VEN"])
  }
}
