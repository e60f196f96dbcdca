import Testing

@testable import Graph

/// English: "back" after a verb it is the particle of ("scale back", "pulled back") is no
/// support; aid under review ("reviewing its assistance to") is no support stated.
@Suite("Relations: 'scale back' and aid under review")
struct BackParticleAndReviewTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2022-03-29")
  }

  @Test func aParticleIsNoSupport() throws {
    #expect(
      try relations("Moscow said it would drastically scale back military activity around Kyiv.")
        == [])
    // guard: the verb, and a particle that was no support before either.
    #expect(try relations("Russia pulled back troops from Kyiv.") == [])
    #expect(try relations("Iran strongly backs Hezbollah.") == ["IRN supports HEZBOLLAH"])
  }

  @Test func aidUnderReviewIsNoSupport() throws {
    #expect(
      try relations("The United States said it was reviewing its assistance to Burkina Faso.")
        == [])
    #expect(try relations("The EU is reconsidering its aid to Niger.") == [])
    // guard: aid given.
    #expect(
      try relations("The United States provides assistance to Jordan.") == ["USA supports JOR"])
  }
}
