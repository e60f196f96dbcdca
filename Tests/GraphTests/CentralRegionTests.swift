import Foundation
import Testing

@testable import Graph

/// "وسط" (the centre of) is a word of direction like "شمال" and "شرق": a place "في وسط الصومال"
/// is the state's, and an act on it strikes the state.
@Suite("Arabic: the centre of a state")
struct CentralRegionTests {
  @Test func aTownInTheCentre() throws {
    // (Was nothing.)
    #expect(
      try builtInRelations("سيطرت حركة الشباب على بلدة في وسط الصومال.", date: "2025-04-17")
        == ["SHABAAB strikes SOM"])
  }

  @Test func fireAtTheCentre() throws {
    // guard: fire aimed at a region hits it.
    #expect(
      try builtInRelations("أطلق حزب الله صواريخ على وسط إسرائيل.", date: "2024-10-01")
        == ["HEZBOLLAH strikes ISR"])
  }
}
