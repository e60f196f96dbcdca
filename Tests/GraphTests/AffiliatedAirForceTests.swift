import Testing

@testable import Graph

/// Arabic: "الطيران الحربي التابع للجيش" (a definite noun, its adjective and the definite word
/// of belonging) acts for the army; a bare "الجيش" belongs to the state of the place phrases
/// that alone are named before it in its sentence ("تواصلت الاشتباكات في الخرطوم وأم درمان").
@Suite("Relations: the air force that belongs to the army")
struct AffiliatedAirForceTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2023-05-21")
  }

  @Test func theDefinitePhraseActsForItsOwner() throws {
    #expect(
      try relations("قصف الطيران الحربي التابع للجيش السوداني قوات الدعم السريع.") == [
        "SDN strikes RSF"
      ])
    // guard: an indefinite phrase, as before.
    #expect(
      try relations("قصفت طائرات تابعة للجيش السوداني مواقع لقوات الدعم السريع.") == [
        "SDN strikes RSF"
      ])
  }

  @Test func theArmyOfThePlace() throws {
    #expect(
      try relations(
        "وأشاد وزير الخارجية الأمريكي بالاتفاق، محذرا من أن الولايات المتحدة قد تفرض عقوبات. غير أن الاشتباكات تواصلت في الخرطوم وأم درمان، حيث قصف الطيران الحربي التابع للجيش مواقع للدعم السريع."
      ) == ["SDN strikes RSF"])
    // guard: another actor named before, the army is not the place's.
    #expect(
      try relations("قصفت إسرائيل مواقع في لبنان، وقال الجيش إنه دمر مخازن أسلحة.") == [
        "ISR strikes LBN"
      ])
  }
}
