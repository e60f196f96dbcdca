import Testing

@testable import Graph

/// Arabic: "الهدنة التي وقعها X وY": the pronoun on "وقع" stands for the agreement named before
/// the relative pronoun, so the bare verb signs an agreement and its subjects are its parties.
@Suite("Arabic: an agreement signed in a relative clause")
struct RelativeSignedAgreementTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2023-06-01").sorted()
  }

  @Test func theSignersOfTheAgreementNamedBeforeArePartners() throws {
    // (Each gave nothing.)
    #expect(
      try relations(
        "وصمدت الهدنة الإنسانية التي وقعها الجيش السوداني وقوات الدعم السريع في جدة.")
        == ["SDN negotiates-with RSF"])
    #expect(
      try relations(
        "ورحبت مصر بالاتفاق الذي وقعه الرئيس الإثيوبي وجبهة تحرير تيغراي في بريتوريا.")
        == ["ETH negotiates-with TPLF"])
    // Guard: no agreement before the relative pronoun.
    #expect(try relations("وزار الرئيس الذي وقعها الجيش السوداني.") == [])
  }
}
