import Testing

@testable import Graph

/// A claim told in reported speech and denied or rejected in the next sentence: the one who
/// denies opposes the speaker who made the claim (who accused no one by a verb of accusing).
@Suite("Relations: claims denied")
struct DeniedClaimTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2024-10-15")
  }

  @Test func theSpeakerOfTheClaimIsOpposed() throws {
    #expect(
      try relations(
        "Israel said Iran had supplied weapons to Hezbollah. Tehran rejected the claim.")
        == ["IRN supports HEZBOLLAH", "IRN opposes ISR"])
    #expect(
      try relations(
        "The Sudanese army said the UAE had armed the RSF. Abu Dhabi dismissed the allegations.")
        == ["ARE supports RSF", "ARE opposes SDN"])
    #expect(
      try relations("وقالت إسرائيل إن إيران زودت حزب الله بالأسلحة. ونفت طهران هذه المزاعم.") == [
        "IRN supports HEZBOLLAH", "IRN opposes ISR",
      ])
    // guard: an act told in the narrator's voice has no speaker; its actor is no target.
    #expect(
      try relations("Iran supplied weapons to Hezbollah. Tehran rejected the claim.") == [
        "IRN supports HEZBOLLAH"
      ])
  }
}
