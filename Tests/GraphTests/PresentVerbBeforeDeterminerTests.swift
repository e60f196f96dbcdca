import Testing

@testable import Graph

/// English: a present-tense verb after a name that takes "the" ("The United States condemns")
/// is a verb when a determiner follows it ("condemns the attack", "condemn the group"), unless
/// the word is a noun of attack ("the US strikes" may be one).
@Suite("English: a present-tense verb before a determiner")
struct PresentVerbBeforeDeterminerTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2006-12-26").sorted()
  }

  @Test func theVerbTakesTheDeterminedObject() throws {
    // (Each gave nothing: the verb after "the" and a name was read as a noun, "the US strikes",
    // unless a name followed it.)
    #expect(
      try relations("Hamas fired rockets overnight. The United States condemns the group.")
        == ["USA opposes HAMAS"])
    #expect(
      try relations("The United States condemns the attack by Hamas.") == ["USA opposes HAMAS"])
    #expect(
      try relations("Hamas fired rockets overnight. The Egyptians condemn the group.")
        == ["EGY opposes HAMAS"])
    // Guard: a name after the determiner was read before.
    #expect(
      try relations("The UAE supports the Libyan National Army.") == ["ARE supports LNA"])
  }

  @Test func aNounOfAttackStaysANoun() throws {
    // Guard: "the Houthi attacks the previous week" names the attacks.
    #expect(try relations("The Houthi attacks the previous week killed ten.") == [])
  }
}
