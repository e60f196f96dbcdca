import Testing

@testable import Graph

/// English: "it" before an auxiliary ("has", "had", "will", "would", ...) and a verb of its own
/// ("It has designated ...") refers back like any subject pronoun; before "been", "be", "seem",
/// "take" or "not" ("it has been reported") it is no actor.
@Suite("English: it before an auxiliary")
struct PronounBeforeAuxiliaryTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2020-10-02").sorted()
  }

  @Test func itBeforeAnAuxiliaryAndItsOwnVerbRefersBack() throws {
    // (Gave nothing.)
    #expect(
      try relations(
        "Ethiopia's government has fought rebels in two regions. It has designated both the Tigray People's Liberation Front and the Oromo Liberation Army terrorist organisations."
      ) == ["ETH opposes OLA", "ETH opposes TPLF"])
    // Guard: "it has been" is no actor.
    #expect(
      try relations("France backs Mali. It has been reported that Russia backs Mali.") == [
        "FRA supports MLI", "RUS supports MLI",
      ])
  }
}
