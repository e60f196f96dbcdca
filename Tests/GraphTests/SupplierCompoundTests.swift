import Foundation
import Testing

@testable import Graph

/// English compounds of supply ("US-supplied rockets", "Iran-funded militia", "US-trained
/// rebels"): the actor before the hyphen backs what the compound qualifies; it is no object of
/// the verb before it.
@Suite("English: compounds of supply")
struct SupplierCompoundTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2022-11-11")
  }

  @Test func theSupplierIsNoTarget() throws {
    // (Was UKR strikes USA.)
    #expect(try relations("Ukraine carried out strikes with US-supplied rockets.") == [])
  }

  @Test func theSupplierBacksANamedHead() throws {
    // Guard: the same reading as "trained" alone gave.
    #expect(
      try relations("US-trained Syrian rebels fought the Islamic State.") == [
        "USA supports SYR_OPP", "SYR_OPP strikes ISIS", "SYR_OPP opposes ISIS",
      ])
  }
}
