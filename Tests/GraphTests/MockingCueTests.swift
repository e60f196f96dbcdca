import Foundation
import Testing

@testable import Graph

/// Mocking an actor opposes it: Arabic "سخر من" (cues-ar.jsonl: the verb, its object after
/// من), English "mocked", "ridiculed", "scoffed at" (cues-en.jsonl).
@Suite("Lexicon: mocking an actor")
struct MockingCueTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2003-06-13").sorted()
  }

  @Test func arabicMockingOpposes() throws {
    #expect(try relations("سخرت موسكو من الرئيس الأوكراني.") == ["RUS opposes UKR"])
    // A coordinated verb shares the subject.
    #expect(
      try relations(
        "واتهم كاسترو رئيس الوزراء الإسباني بقيادة حملة على كوبا، وسخر من رئيس الحكومة "
          + "الإيطالية سيلفيو برلسكوني.") == ["CUB opposes ESP", "CUB opposes ITA"])
  }

  @Test func englishMockingOpposes() throws {
    #expect(try relations("Putin ridiculed the Ukrainian government.") == ["RUS opposes UKR"])
    #expect(try relations("Havana scoffed at Madrid.") == ["CUB opposes ESP"])
  }

  @Test func harnessingIsNoMocking() throws {
    // guard: "سخّر" with no من before an actor: resources harnessed for a support.
    #expect(
      try relations("وسخرت الحكومة المصرية كل إمكاناتها لدعم السودان.") == ["EGY supports SDN"])
  }
}
