import Testing

@testable import Graph

/// "أطلقت فصائل الجيش الوطني السوري المدعومة من تركيا عملية ضد قوات سوريا الديمقراطية": the
/// subject of the light verb acts; the agent of the participle that describes it backs it and
/// does not act.
@Suite("Relations: the backer of a light verb's subject does not act")
struct BackedSubjectActsTests {
  /// Relations with the built-in gazetteer, lexicon and titles, in the order they appear.
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2024-11-30")
  }

  @Test func theBackedSubjectActs() throws {
    #expect(
      try relations(
        "وأطلقت فصائل الجيش الوطني السوري المدعومة من تركيا عملية ضد قوات سوريا الديمقراطية في "
          + "منطقة تل رفعت.") == ["TUR supports SNA_SYR", "SNA_SYR strikes SDF"])
    // An unnamed subject: nobody named acts.
    #expect(try relations("وشنت الفصائل المدعومة من تركيا هجوما على قوات سوريا الديمقراطية.") == [])
    // Guard: the state itself.
    #expect(try relations("وشنت تركيا هجوما على قوات سوريا الديمقراطية.") == ["TUR strikes SDF"])
  }
}
