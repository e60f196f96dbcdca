import Testing

@testable import Graph

/// English: the places an act of force hits may be several heads with their modifiers
/// ("power stations and water infrastructure in Kyiv"); the state they lie in is the target.
@Suite("Relations: English places hit, several heads")
struct EnglishPlacesHitTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2022-10-20")
  }

  @Test func projectilesAtPlaces() throws {
    #expect(
      try relations(
        "Russia has launched dozens of Iranian-made kamikaze drones against power stations and water infrastructure in Kyiv."
      ) == ["RUS strikes UKR"])
    #expect(
      try relations("Russia launched drones against the main power stations in Ukraine.") == [
        "RUS strikes UKR"
      ])
    #expect(
      try relations("Iran fired missiles at the bases and airfields in Iraq.") == [
        "IRN strikes IRQ"
      ])
  }

  @Test func verbsOfForceOnPlaces() throws {
    #expect(
      try relations("Israel struck the power stations and water infrastructure in Gaza.") == [
        "ISR strikes PSE"
      ])
    #expect(try relations("Israel struck stations and bridges in Gaza.") == ["ISR strikes PSE"])
    // guard: a place with a preposition of its own between names no target.
    #expect(try relations("Israel struck the stations of the militia in Gaza.") == [])
  }
}
