import Testing

@testable import Graph

/// "fought for" a cause ("self-determination", "independence") names no enemy: the object
/// search does not go on past the cause to an actor further on. "fought for years against X"
/// still names X, and "fought for Assad" supports him.
@Suite("Relations: fighting for a cause")
struct FoughtForCauseTests {
  /// Relations with the built-in gazetteer, lexicon and titles ("?" marks a hypothetical one).
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2007-04-25").sorted()
  }

  @Test func aCauseNamesNoEnemy() throws {
    // (Each gave the group striking and opposing the state of the region it fights for.)
    #expect(
      try relations("The ONLF has fought for self-determination for the Somali region since 1984.")
        == [])
    #expect(
      try relations(
        "The MNLF has fought for autonomy for the Muslim regions of the Philippines since 1972.")
        == [])
  }

  @Test func anEnemyAfterAgainstAndAnActorAfterForStay() throws {
    // Guards.
    #expect(
      try relations("The ONLF has fought for years against Ethiopia.") == [
        "ONLF opposes ETH", "ONLF strikes ETH",
      ])
    #expect(try relations("Hezbollah fought for Assad.") == ["HEZBOLLAH supports SYR"])
  }
}
