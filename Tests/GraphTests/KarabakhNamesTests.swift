import Testing

@testable import Graph

/// The Karabakh Armenian authorities and forces under the names wire copy gives them ("Armenian
/// separatists", "الانفصاليين الأرمن", "سلطات إقليم ناغورني قره باغ"), not Armenia.
@Suite("Gazetteer: the Karabakh authorities")
struct KarabakhNamesTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2023-09-20")
  }

  @Test func separatistsAreTheKarabakhAuthorities() throws {
    #expect(
      try relations(
        "وأعلنت وزارة الدفاع الأذربيجانية أن قواتها قصفت مواقع عسكرية للانفصاليين الأرمن بالمدفعية."
      )
        == ["AZE strikes ARM_KARABAKH"])
    #expect(
      try relations("Azerbaijani forces shelled positions of Armenian separatists in Karabakh.")
        == ["AZE strikes ARM_KARABAKH"])
  }
}
