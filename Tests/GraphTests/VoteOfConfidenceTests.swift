import Testing

@testable import Graph

/// "منح مجلس النواب الثقة لحكومة باشاغا": a vote of confidence supports the government it is
/// given to; "reaffirmed its commitment to Ukraine", a commitment supports its object.
@Suite("Relations: a vote of confidence")
struct VoteOfConfidenceTests {
  /// Relations with the built-in gazetteer, lexicon and titles, in the order they appear.
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2022-05-01")
  }

  @Test func theHouseSupportsTheGovernmentItGaveConfidence() throws {
    #expect(
      try relations("وكان مجلس النواب الليبي قد منح الثقة لحكومة باشاغا في مارس.") == [
        "LBY_HOR supports LBY_GNS"
      ])
  }

  @Test func aCommitmentToAnActorSupportsIt() throws {
    #expect(
      try builtInRelations("The US reaffirmed its commitment to Ukraine.", date: "2024-01-01")
        == ["USA supports UKR"])
  }
}
