import Testing

@testable import Graph

/// A condemnation that names the target of an attack told before the last one ("condemned the
/// attack on the UAE" after the coalition's strikes on Sanaa) opposes that attack's agent.
@Suite("Relations: the older attack named by its target")
struct OlderAttackTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2022-01-18")
  }

  @Test func quotedAdjectivesMayStandBeforeTheTarget() throws {
    // "بالهجمات "الإرهابية الشنيعة" على الإمارات": the quoted adjectives do not hide the "على".
    // (Was UN opposes SAUDI_COALITION.)
    #expect(
      try relations(
        "شن الحوثيون هجوما على الإمارات. وشن التحالف بقيادة السعودية غارات على صنعاء. وندد مجلس الأمن بالهجمات \"الإرهابية الشنيعة\" على الإمارات."
      ).last == "UN opposes HOUTHIS")
    #expect(
      try relations(
        "شن الحوثيون هجوما على الإمارات. وشن التحالف بقيادة السعودية غارات على صنعاء. وندد مجلس الأمن بالهجمات الإرهابية على الإمارات."
      ).last == "UN opposes HOUTHIS")
  }

  @Test func theTargetNamesTheOlderAttack() throws {
    #expect(
      try relations(
        "Houthi rebels attacked Abu Dhabi with drones on Monday. The Saudi-led coalition then launched air strikes on Sanaa. Saudi Arabia condemned the attack on the UAE."
      ) == ["HOUTHIS strikes ARE", "SAU opposes HOUTHIS", "HOUTHIS strikes ARE"])
    #expect(
      try relations(
        "أعلنت جماعة الحوثي مسؤوليتها عن هجوم بطائرات مسيرة استهدف أبوظبي. وشن التحالف بقيادة السعودية غارات جوية على صنعاء. ودانت السعودية وجامعة الدول العربية الهجوم على الإمارات."
      ) == [
        "HOUTHIS strikes ARE", "SAUDI_COALITION strikes HOUTHIS", "SAU opposes HOUTHIS",
        "ARAB_LEAGUE opposes HOUTHIS", "HOUTHIS strikes ARE",
      ])
    // guard: a bare noun names the last attack.
    #expect(
      try relations(
        "Houthi rebels attacked Abu Dhabi with drones on Monday. The Saudi-led coalition then launched air strikes on Sanaa. Saudi Arabia condemned the attack."
      ) == ["HOUTHIS strikes ARE", "SAU opposes SAUDI_COALITION"])
  }
}
