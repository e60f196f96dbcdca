import Testing

@testable import Graph

/// A time between the participle and its agent ("the treaty signed on Monday by Armenia and
/// Azerbaijan", "signed in 2003 by"), and a place between the noun and the participle ("talks
/// in Doha mediated by Qatar"), leave the agent phrase read (`joint-signed-by`,
/// `joint-mediated-by`).
@Suite("Relations: signed or mediated, a time or place between")
struct SignedWhenByTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2024-06-21").sorted()
  }

  @Test func aTimeBeforeTheAgent() throws {
    #expect(
      try relations("The treaty signed on Monday by Armenia and Azerbaijan ended the war.")
        == ["ARM negotiates-with AZE"])
    #expect(
      try relations("The deal signed in 2003 by Russia and Ukraine set the border.")
        == ["RUS negotiates-with UKR"])
  }

  @Test func aPlaceBeforeTheParticiple() throws {
    #expect(
      try relations(
        "Pakistan and Afghanistan agreed to a ceasefire after talks in Doha mediated by Qatar.")
        == ["PAK negotiates-with AFG", "QAT negotiates-with AFG", "QAT negotiates-with PAK"])
  }
}
