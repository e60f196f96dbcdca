import Testing

@testable import Graph

/// English: "rejected mediation (efforts) by X": the mediator after "by" is the object of a
/// stance on its mediation (a plain "by" names an agent, no object).
@Suite("Relations: mediation rejected")
struct RejectedMediationTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2023-08-10")
  }

  @Test func theMediatorAfterByIsTheObject() throws {
    #expect(
      try relations("Sudan rejected mediation efforts by the African Union.") == ["SDN opposes AU"])
    #expect(try relations("Israel rejected mediation by Turkey.") == ["ISR opposes TUR"])
    // guard: "by" after a participle of mediation is read as before (no author of a deal).
    #expect(try relations("The junta rejected the deal brokered by Qatar.") == [])
  }
}
