import Testing

@testable import Graph

/// A group named as another's tie ("deny any link with al-Qaeda", "ties to Hezbollah") is not the
/// group a later description ("the rebels", "the group") refers back to, when one was named
/// before it.
@Suite("A group named as another's tie")
struct GroupNamedAsTieTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2006-12-26").sorted()
  }

  @Test func theDescriptionSkipsTheTie() throws {
    // (Gave ERI supports AQ as the charge.)
    #expect(
      try relations(
        "The Islamic Courts deny any link with al-Qaeda. A U.N. report accused Eritrea of shipping weapons to the rebels."
      ) == ["ERI supports ICU ?", "UN opposes ERI"])
    // (Gave IRN supports HEZBOLLAH as the charge.)
    #expect(
      try relations(
        "Hamas has denied ties to Hezbollah. Israel accused Iran of arming the group.")
        == ["IRN supports HAMAS ?", "ISR opposes IRN"])
  }

  @Test func aTieNamedFirstIsStillTheGroup() throws {
    // Guard: with no group named before it, the tie is the one referred back to.
    #expect(
      try relations(
        "Officials spoke of links with al-Qaeda. Washington accused the group of plotting attacks on Americans."
      ) == ["USA opposes AQ"])
  }
}
