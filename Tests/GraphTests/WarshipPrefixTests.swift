import Foundation
import Testing

@testable import Graph

/// English: a warship named with its navy's prefix ("USS Harry S Truman", "HMS Diamond") is
/// its state's (gazetteer organs `USA_NAVY`, `GBR_ROYAL_NAVY`), so an attack on it strikes the
/// state.
@Suite("English: warships by prefix")
struct WarshipPrefixTests {
  @Test func anAmericanCarrier() throws {
    // (Gave nothing: the carrier named no actor.)
    let found = try builtInRelations(
      "The Houthis said they had targeted the aircraft carrier USS Dwight D Eisenhower in the Red Sea.",
      date: "2024-05-31")
    #expect(found.contains("HOUTHIS strikes USA"))
  }

  @Test func aBritishDestroyer() throws {
    let found = try builtInRelations(
      "The Houthis fired a missile at HMS Diamond in the Gulf of Aden.", date: "2024-04-24")
    #expect(found.contains("HOUTHIS strikes GBR"))
  }
}
