import Foundation
import Testing

@testable import Graph

/// Arabic: a definite word right after an act noun without the article is the noun's genitive,
/// no nisba agreeing with it ("رفضها تهجير الفلسطينيين": whom the act is done to), so a judgement
/// of the act is not aimed at it.
@Suite("Arabic: an act noun's genitive is no nisba")
struct ActGenitiveTests {
  @Test func theDisplacedAreNotOpposed() throws {
    // (Gave EGY opposes PSE.)
    #expect(
      try builtInRelations("أعلنت مصر رفضها تهجير الفلسطينيين من غزة.", date: "2025-02-10")
        .isEmpty)
  }

  @Test func anAgreeingNisbaIsTheAuthor() throws {
    // guard: "لقصف إسرائيلي", both without the article.
    #expect(
      try builtInRelations("أعربت مصر عن رفضها لقصف إسرائيلي على غزة.", date: "2025-02-10")
        .contains("EGY opposes ISR"))
  }
}
