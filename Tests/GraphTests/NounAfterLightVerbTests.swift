import Testing

@testable import Graph

/// A word right after a light verb's subject is the verb's object, a verbal noun, even without
/// a pronoun suffix: "قدمت السعودية دعما للسودان" is support given, not the dual verb "دعما".
@Suite("Relations: the noun after a light verb's subject")
struct NounAfterLightVerbTests {
  /// Relations with the built-in gazetteer, lexicon and titles ("?" marks a hypothetical one).
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2024-06-01").sorted()
  }

  @Test func anAccusativeNounAfterALightVerbsSubjectIsItsObject() throws {
    #expect(try relations("قدمت السعودية دعما للسودان.") == ["SAU supports SDN"])
    #expect(
      try relations("قدمت قطر دعما ماليا وعسكريا للجيش السوداني.") == ["QAT supports SDN"])
    #expect(try relations("أعلنت الصين دعما قويا لروسيا.") == ["CHN supports RUS"])
    // Guard: a verb after a subject with no light verb before it.
    #expect(try relations("الولايات المتحدة دعمت أوكرانيا.") == ["USA supports UKR"])
  }
}
