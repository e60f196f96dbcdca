import Testing

@testable import Graph

/// An actor named by an agent phrase of backing after an act noun ("بتنفيذ الهجوم بدعم من
/// طهران", "هجوما ... بدعم جوي فرنسي") backs the act; it is not the act's target
/// (`nounRule`).
@Suite("A backer named after an act noun is not its target")
struct BackerAfterActTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2015-01-20").sorted()
  }

  @Test func theBackerIsNotStruck() throws {
    #expect(
      try relations("وتتهم إسرائيل حزب الله بتنفيذ الهجوم بدعم من طهران.")
        == ["ISR opposes HEZBOLLAH"])
    #expect(
      try relations("وشن الجيش المالي هجوما بريا مضادا لاستعادة البلدة بدعم جوي فرنسي.")
        == ["FRA supports MLI"])
  }
}
