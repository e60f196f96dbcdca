import Foundation
import Testing

@testable import Graph

/// English: places "Houthi-held" or "-controlled" after "across", "near" or another locative
/// word are the holding group's, the object of an act of force, as after "in".
@Suite("English: areas a group holds")
struct HeldAreasTests {
  @Test func acrossHouthiHeldAreas() throws {
    let found = try builtInRelations(
      "The United States and Britain struck more than 60 targets across Houthi-held areas of Yemen overnight.",
      date: "2024-01-12")
    #expect(found.contains("USA strikes HOUTHIS"))
    #expect(found.contains("GBR strikes HOUTHIS"))
  }

  @Test func aStateHeldTerritoryStaysAPlace() throws {
    // Guard: only a group or party holds places so; a state's are read as before.
    #expect(
      try builtInRelations(
        "Ukraine struck targets across Russian-held territory.", date: "2024-01-12"
      )
      .isEmpty)
  }
}
