import Foundation
import Testing

@testable import Graph

/// A body named with its other name in brackets or in quote marks, and its known leader right
/// after ("وقائد "قوات سوريا الديمقراطية" (قسد) مظلوم عبدي"), is one item of a coordination.
@Suite("A body, its bracketed name and its leader are one item")
struct BodyAndItsLeaderTests {
  @Test func bracketsAndQuotesBeforeTheLeader() throws {
    for text in [
      "وقّع الرئيس السوري أحمد الشرع وقائد \"قوات سوريا الديمقراطية\" (قسد) مظلوم عبدي، مساء الاثنين، اتفاقاً.",
      "وقّع الرئيس السوري أحمد الشرع وقائد قوات سوريا الديمقراطية (قسد) مظلوم عبدي اتفاقاً.",
      "وقّع الرئيس السوري أحمد الشرع وقائد \"قوات سوريا الديمقراطية\" مظلوم عبدي اتفاقاً.",
    ] {
      #expect(try builtInRelations(text, date: "2025-03-11") == ["SYR negotiates-with SDF"])
    }
  }

  @Test func aBodyAndAnotherBodysLeaderStayApart() throws {
    // guard: the leader of another body is no item of the first.
    #expect(
      try builtInRelations(
        "وقّع الرئيس السوري أحمد الشرع وقائد قوات سوريا الديمقراطية (قسد) اتفاقاً مع أحمد الشرع.",
        date: "2025-03-11"
      ).allSatisfy { !$0.contains("SDF negotiates-with SDF") })
  }
}
