import Testing

@testable import Graph

/// Arabic: "مالي" (also "financial") names Mali with a preposition's ل or ب on it ("لمالي",
/// "بمالي"), as after a separate preposition ("في مالي"); no adjective takes one.
@Suite("Arabic: Mali with a clitic preposition")
struct MaliWithPrepositionTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2020-10-09").sorted()
  }

  @Test func theStateAfterLam() throws {
    // (Gave nothing: "لمالي" named no actor.)
    #expect(try relations("وأعربت إيطاليا عن شكرها لمالي.") == ["ITA supports MLI"])
    #expect(try relations("أكدت فرنسا دعمها لمالي في حربها على الإرهاب.") == ["FRA supports MLI"])
  }

  @Test func theAdjectiveStaysAWord() throws {
    // Guards: "financial" after a noun, and with the article, names no state.
    #expect(try relations("أعلنت فرنسا تقديم دعم مالي للنيجر.") == ["FRA supports NER"])
    #expect(try relations("أعلنت فرنسا تقديم الدعم المالي للنيجر.") == ["FRA supports NER"])
  }
}
