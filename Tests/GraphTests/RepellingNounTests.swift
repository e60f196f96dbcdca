import Testing

@testable import Graph

/// "أعلنت القوة المشتركة تصديها لهجوم شنته قوات الدعم السريع": the verbal noun of repelling
/// ("تصديها") is a word of repelling as its verbs are; the attack's agent strikes the one who
/// repels it.
@Suite("Relations: the verbal noun of repelling")
struct RepellingNounTests {
  /// Relations with the built-in gazetteer, lexicon and titles, in the order they appear.
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2024-09-26")
  }

  @Test func theAttackerStrikesTheOneWhoRepels() throws {
    // ("المتحالفة مع الجيش السوداني" names the army last: the pronoun of "شنته" took it.)
    #expect(
      try relations(
        "وفي الفاشر، أعلنت القوة المشتركة لحركات الكفاح المسلح المتحالفة مع الجيش السوداني "
          + "تصديها لهجوم جديد شنته قوات الدعم السريع على مواقعها جنوبي المدينة."
      ).contains(
        "RSF strikes SDN_JOINT_FORCE"))
  }
}
