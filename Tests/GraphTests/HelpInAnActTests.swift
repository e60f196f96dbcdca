import Foundation
import Testing

@testable import Graph

/// Arabic: help given "في" an act ("مساعدة واشنطن في منع عودة تنظيم الدولة") does not go to the
/// act's object named after the act's noun.
@Suite("Arabic: help in an act")
struct HelpInAnActTests {
  @Test func theActsObjectIsNotHelped() throws {
    // (Gave USA supports ISIS.)
    #expect(
      try builtInRelations(
        "وطالبه بمساعدة واشنطن في منع عودة تنظيم الدولة الإسلامية.", date: "2025-05-14"
      ).allSatisfy { !$0.hasSuffix("supports ISIS") })
  }

  @Test func theHelpedComesFirst() throws {
    // guard: the one helped right after the noun.
    #expect(
      try builtInRelations(
        "أعلنت فرنسا مساعدة النيجر في التصدي لتنظيم القاعدة.", date: "2022-05-14")
        == ["FRA supports NER"])
  }
}
