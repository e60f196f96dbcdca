import Testing

@testable import Graph

/// An act done despite an actor's opposition ("رغم معارضة بغداد", "despite objections from
/// Ankara"): the one whose opposition is defied opposes the clause's subject.
@Suite("Relations: opposition defied")
struct DefiedOppositionTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2017-09-20")
  }

  @Test func arabicOppositionAfterDespite() throws {
    #expect(
      try relations("أجرت حكومة إقليم كردستان الاستفتاء رغم معارضة بغداد وأنقرة وطهران.")
        == ["IRQ opposes KRG", "TUR opposes KRG", "IRN opposes KRG"])
    #expect(
      try relations("أجرت حكومة إقليم كردستان الاستفتاء على الرغم من اعتراض الولايات المتحدة.")
        == ["USA opposes KRG"])
    // Guard: no actor opposes.
    #expect(try relations("أجرت حكومة إقليم كردستان الاستفتاء رغم الضغوط.").isEmpty)
  }

  @Test func englishOppositionFrom() throws {
    #expect(
      try relations(
        "The Kurdistan Regional Government held the referendum despite objections from Baghdad and Ankara."
      ) == ["IRQ opposes KRG", "TUR opposes KRG"])
    #expect(
      try relations(
        "The Kurdistan Regional Government went ahead with the vote despite strong opposition from Washington."
      ) == ["USA opposes KRG"])
  }
}
