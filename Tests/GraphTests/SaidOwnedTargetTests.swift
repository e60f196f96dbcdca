import Testing

@testable import Graph

/// Arabic: targets whose owner the attacker names after a comma ("، قالت إنها تابعة لـ X"):
/// the attacker strikes that owner.
@Suite("Relations: targets said to belong to an actor")
struct SaidOwnedTargetTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2024-02-03")
  }

  @Test func theOwnerNamedAfterTheTargetsIsStruck() throws {
    #expect(
      try relations("قصفت إسرائيل عشرات الأهداف، قالت إنها تابعة لحزب الله.") == [
        "ISR strikes HEZBOLLAH"
      ])
    #expect(
      try relations(
        "شنت الطائرات الأمريكية غارات على عدة مواقع، قالت إنها مخازن أسلحة تابعة للحوثيين.")
        == ["USA strikes HOUTHIS"])
    // guard: no word of belonging after the speech verb.
    #expect(try relations("قصفت إسرائيل عشرات الأهداف، قالت إنها دمرتها بالكامل.") == [])
  }
}
