import Testing

@testable import Graph

/// A description that names an actor again ("الجيش" after "الجيش الإسرائيلي") is the actor
/// named last for a possessive pronoun after it ("قال الجيش إن قواته دمرت").
@Suite("Anaphora: a possessive after a description")
struct DescribedAgainPossessiveTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2023-07-04")
  }

  @Test func thePronounFollowsTheDescription() throws {
    #expect(
      try relations(
        "واصل الجيش الإسرائيلي عمليته في جنين. وأعلنت وزارة الصحة الفلسطينية ارتفاع عدد القتلى، فيما قال الجيش إن قواته دمرت مخازن أسلحة لحركة الجهاد الإسلامي."
      ) == ["ISR strikes PIJ"])
    // Two sentences after the name: the description brings it near again.
    #expect(
      try relations(
        "واصل الجيش الإسرائيلي عمليته في جنين. وأعلنت وزارة الصحة الفلسطينية ارتفاع عدد القتلى. وقال الجيش إن قواته هاجمت حركة الجهاد الإسلامي."
      ) == ["ISR strikes PIJ"])
    // guard: with no description between, the actor named last.
    #expect(
      try relations(
        "واصل الجيش الإسرائيلي عمليته في جنين. وقال الجيش إن قواته دمرت مخازن أسلحة لحركة الجهاد الإسلامي."
      ) == ["ISR strikes PIJ"])
  }
}
