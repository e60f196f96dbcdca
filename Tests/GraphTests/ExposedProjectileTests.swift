import Testing

@testable import Graph

/// Arabic: "تعرضت X لهجمات بطائرات مسيرة أطلقتها Y": the projectiles of an attack someone was
/// exposed to; the one who launched them strikes the one exposed.
@Suite("Relations: projectiles of an attack suffered")
struct ExposedProjectileTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2025-05-06")
  }

  @Test func theLauncherStrikesTheOneExposed() throws {
    #expect(
      try relations("وتعرضت إسرائيل لهجوم بطائرات مسيرة أطلقتها إيران.") == ["IRN strikes ISR"])
    #expect(
      try relations(
        "وتعرضت السعودية لليوم الثاني على التوالي لهجمات بطائرات مسيرة أطلقها الحوثيون.")
        == ["HOUTHIS strikes SAU"])
    #expect(
      try relations("أوكرانيا تعرضت ليلا لهجوم بطائرات مسيرة أطلقتها روسيا.") == ["RUS strikes UKR"]
    )
  }
}
