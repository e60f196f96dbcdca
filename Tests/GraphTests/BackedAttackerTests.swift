import Testing

@testable import Graph

/// A backing named after an act of force goes to the attacker, not to the one it hit.
@Suite("Relations: the attacker is the one backed")
struct BackedAttackerTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2017-09-20")
  }

  @Test func arabicBackingAfterAnAttack() throws {
    #expect(
      try relations("هاجمت قوات البيشمركة تنظيم داعش بدعم من التحالف الدولي.")
        == ["KRG strikes ISIS", "US_COALITION supports KRG"])
    #expect(
      try relations("قصفت القوات العراقية مواقع داعش بدعم من التحالف الدولي.")
        == ["IRQ strikes ISIS", "US_COALITION supports IRQ"])
  }

  @Test func englishBackingAfterAnAttack() throws {
    // Every attacker of a coordinated subject is backed; lower-case "peshmerga" is the group.
    #expect(
      try relations(
        "Iraqi and Kurdish peshmerga forces attacked the Islamic State with support from the US-led coalition."
      ) == [
        "IRQ strikes ISIS", "KRG strikes ISIS", "US_COALITION supports IRQ",
        "US_COALITION supports KRG",
      ])
    #expect(
      try relations(
        "The peshmerga fought the Islamic State with air support from the U.S.-led coalition.")
        == ["KRG strikes ISIS", "KRG opposes ISIS", "US_COALITION supports KRG"])
    // Guard: with no act of force the actor before the backing is the one backed.
    #expect(
      try relations("Iraqi troops advanced on Mosul with support from the US-led coalition.")
        == ["US_COALITION supports IRQ"])
  }
}
