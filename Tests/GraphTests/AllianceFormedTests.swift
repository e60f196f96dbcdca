import Testing

@testable import Graph

/// Arabic: groups that form an alliance together ("أعلنت X وY تشكيل تحالف") take part in it
/// with each other, and back each other.
@Suite("Relations: an alliance formed together")
struct AllianceFormedTests {
  /// Relations with the built-in gazetteer, lexicon and titles ("?" marks a hypothetical one).
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2021-11-06").sorted()
  }

  @Test func groupsThatFormAnAllianceTakePartTogether() throws {
    // (Each gave nothing.)
    #expect(
      try relations("أعلنت جبهة تحرير شعب تيغراي وجيش تحرير أورومو تشكيل تحالف.") == [
        "TPLF negotiates-with OLA", "TPLF supports OLA",
      ])
  }
}
