import Testing

@testable import Graph

/// A dual description ("both sides", "الطرفين") after a pair named with "between" in its own
/// sentence refers to that pair: "a ceasefire between Israel and Iran ... in which both sides
/// accused each other".
@Suite("Relations: 'both sides' of a pair in the same sentence")
struct SentencePairTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2025-06-24")
  }

  @Test func bothSidesAreThePair() throws {
    #expect(
      try relations(
        "A ceasefire between Israel and Iran appeared to hold on Tuesday after a shaky start in which both sides accused each other of violations."
      ) == ["ISR negotiates-with IRN", "ISR opposes IRN", "IRN opposes ISR"])
    #expect(
      try relations("صمدت الهدنة بين الهند وباكستان رغم أن الطرفين تبادلا الاتهامات بخرقها.") == [
        "IND negotiates-with PAK", "IND opposes PAK", "PAK opposes IND",
      ])
    // guard: the pair in the sentence before.
    #expect(
      try relations(
        "A ceasefire between Israel and Iran appeared to hold. Both sides accused each other of violations."
      ) == ["ISR negotiates-with IRN", "ISR opposes IRN", "IRN opposes ISR"])
  }
}
