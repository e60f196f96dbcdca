import Testing

@testable import Graph

/// Arabic: a force noun that opens a verb's object, with its genitives, before the nisba that
/// names it ("قوات حفظ السلام الروسية") is no step away from the verb.
@Suite("Relations: a force noun opening the object")
struct ForceNounObjectTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2023-09-20")
  }

  @Test func theNisbaAfterTheGenitive() throws {
    #expect(
      try relations("واتهم رئيس الوزراء الأرمني قوات حفظ السلام الروسية بالتقصير.") == [
        "ARM opposes RUS"
      ])
    #expect(
      try relations("انتقد رئيس الوزراء الأرمني قوات حفظ السلام الروسية.") == ["ARM opposes RUS"])
    // guard: the nisba right after the force noun, as before.
    #expect(try relations("انتقد رئيس الوزراء الأرمني القوات الروسية.") == ["ARM opposes RUS"])
  }
}
