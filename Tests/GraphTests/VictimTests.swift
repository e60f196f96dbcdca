import Testing

@testable import Graph

/// Victims of an act told by its agent phrase: a member of a group ("قيادي في حركة الشباب") and
/// one who died ("died in an Israeli air strike"); the dead an act resulted in, past the place it
/// hit ("أسفرت غارة إسرائيلية على غزة عن مقتل خمسة من عناصر حماس").
@Suite("Relations: victims named by membership or by dying")
struct VictimTests {
  /// Relations with the built-in gazetteer, lexicon and titles ("?" marks a hypothetical one).
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2020-06-01").sorted()
  }

  @Test func theDeadOfAnActResultingInThemPastThePlaceItHit() throws {
    #expect(
      try relations("أسفرت غارة إسرائيلية على مخيم الشاطئ عن مقتل خمسة من عناصر حماس.") == [
        "ISR strikes HAMAS"
      ])
    // Gaza names Palestine: the place hit is struck, and so are the dead past it.
    #expect(
      try relations("أسفرت غارة إسرائيلية على غزة عن مقتل خمسة من عناصر حماس.") == [
        "ISR strikes HAMAS", "ISR strikes PSE",
      ])
    #expect(
      try relations("أدت غارة روسية على ريف إدلب إلى مقتل عشرة من مقاتلي هيئة تحرير الشام.") == [
        "RUS strikes HTS"
      ])
    // Guard: dead no actor names (the place hit, Gaza, names Palestine).
    #expect(
      try relations("أسفرت غارة إسرائيلية على غزة عن مقتل خمسة مدنيين.") == ["ISR strikes PSE"])
  }

  @Test func aMembersGroupIsTheVictimsSide() throws {
    #expect(try relations("قتل قيادي في حركة الشباب في غارة أمريكية.") == ["USA strikes SHABAAB"])
    #expect(
      try relations("قتل قيادي بارز في حزب الله في غارة إسرائيلية على جنوب لبنان.") == [
        "ISR strikes HEZBOLLAH"
      ])
  }

  @Test func whoDiedInAnActIsItsTarget() throws {
    #expect(
      try relations("Five Hamas militants died in an Israeli air strike.") == ["ISR strikes HAMAS"])
    #expect(
      try relations("Three Iraqi soldiers died in an attack by Islamic State militants.") == [
        "ISIS strikes IRQ"
      ])
    // With no act of an actor, dying is nothing.
    #expect(try relations("The Egyptian president died in Cairo.").isEmpty)
    #expect(try relations("The Iranian president died in a helicopter crash.").isEmpty)
  }

  @Test func irregularPastsOfForce() throws {
    #expect(try relations("Israeli troops shot two Palestinians in Hebron.") == ["ISR strikes PSE"])
    #expect(
      try relations("ISIS militants blew up a Syrian army checkpoint.") == ["ISIS strikes SYR"])
    #expect(try relations("Taliban fighters overran Afghan army posts.") == ["TALIBAN strikes AFG"])
    // A film shot somewhere is no act of force.
    #expect(try relations("The film was shot in Egypt.").isEmpty)
  }

  @Test func anAttackRepelledIsAFightBothWays() throws {
    #expect(
      try relations("صد الجيش السوداني هجوما لقوات الدعم السريع على الفاشر.") == [
        "RSF strikes SDN", "SDN strikes RSF",
      ])
    #expect(
      try relations("تصدى الجيش السوري لهجوم شنته هيئة تحرير الشام على ريف حماة.") == [
        "HTS strikes SYR", "SYR strikes HTS",
      ])
    // An attack launched is one way.
    #expect(try relations("شن الجيش السوداني هجوما على قوات الدعم السريع.") == ["SDN strikes RSF"])
    // The attacker named by the nisba or genitive right after the noun; the one who repels
    // before it, here a force with a pronoun that refers to the speaker.
    #expect(
      try relations("أعلنت وزارة الدفاع الروسية أن قواتها صدت هجوما أوكرانيا على مقاطعة كورسك.")
        == ["RUS strikes UKR", "UKR strikes RUS"])
    #expect(
      try relations("أحبط الجيش المصري هجوم داعش على كمين في سيناء.") == [
        "EGY strikes ISIS", "ISIS strikes EGY",
      ])
    // The English verb of repelling with the attacker as its object.
    #expect(
      try relations("Ukraine's military said it had repelled Russian assaults near Pokrovsk.")
        == ["RUS strikes UKR", "UKR strikes RUS"])
  }
}
