import Testing

@testable import Graph

/// Arabic: after a verb of accusing, "بالتراجع عن", "بالانسحاب من" name the accused's act, no
/// demand: a verb after a comma that shares the sentence's subject still accuses its object.
@Suite("Relations: accused of backing down")
struct AccusedOfBackingDownTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2025-01-15")
  }

  @Test func theAccusedIsTheObjectPastACommaSharedSubject() throws {
    #expect(
      try relations("وقال الرئيس المصري إن الوضع خطير، واتهم حركة حماس بالتراجع عن تفاهمات سابقة.")
        == ["EGY opposes HAMAS"])
    #expect(
      try relations(
        "وقال وزير الخارجية التركي إن المحادثات متعثرة، واتهم روسيا بالانسحاب من الاتفاق.")
        == ["TUR opposes RUS"])
    // guard: the accuser named after the verb.
    #expect(try relations("واتهمت إسرائيل حماس بالتراجع عن الاتفاق.") == ["ISR opposes HAMAS"])
  }
}
