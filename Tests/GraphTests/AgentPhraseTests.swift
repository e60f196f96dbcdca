import Testing

@testable import Graph

/// Arabic agent phrases of an attack: the one who claimed it ("في تفجير تبناه تنظيم الدولة",
/// "في كمين تبنته", with the defective verb's ى written ا before the pronoun), and an act whose
/// positions of an actor follow it ("ردت إسرائيل بقصف مواقع لحزب الله": the subject strikes), or
/// a post seized ("سيطرت قوات الدعم السريع على مقر للجيش السوداني").
@Suite("Relations: agent phrases of claimed attacks, acts on an actor's positions")
struct AgentPhraseTests {
  /// Relations with the built-in gazetteer, lexicon and titles ("?" marks a hypothetical one).
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2018-06-01").sorted()
  }

  @Test func theOneWhoClaimedTheAttackStruck() throws {
    #expect(
      try relations("أصيب عشرة من عناصر الشرطة العراقية في تفجير تبناه تنظيم الدولة.") == [
        "ISIS strikes IRQ"
      ])
    #expect(
      try relations("قتل جنديان نيجيريان في كمين تبنته جماعة بوكو حرام.") == [
        "BOKO_HARAM strikes NGA"
      ])
    // Guard: the suicide attack was read before.
    #expect(
      try relations("قتل خمسة جنود صوماليين في هجوم انتحاري تبنته حركة الشباب.") == [
        "SHABAAB strikes SOM"
      ])
  }

  @Test func anActOnAnActorsPositionsHitsTheActor() throws {
    #expect(try relations("ردت إسرائيل بقصف مواقع لحزب الله.") == ["ISR strikes HEZBOLLAH"])
    #expect(
      try relations("ردت إسرائيل بقصف مواقع تابعة لحركة حماس في غزة.") == ["ISR strikes HAMAS"])
    // Guard: with no actor acting, nothing.
    #expect(try relations("قتل ثلاثة مدنيين بقصف مواقع لحزب الله.") == [])
  }

  @Test func seizingAnActorsPostsStrikesIt() throws {
    #expect(
      try relations("سيطرت قوات الدعم السريع على مقر للجيش السوداني.") == ["RSF strikes SDN"])
    #expect(
      try relations("استولت قوات الدعم السريع على مقر قيادة الجيش السوداني في نيالا.") == [
        "RSF strikes SDN"
      ])
    // Guard: without a post, base or position seized, nothing ("سيطر على" is also to control).
    #expect(try relations("سيطرت حركة طالبان على العاصمة الأفغانية كابل.") == [])
  }
}
