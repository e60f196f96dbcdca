import Foundation
import Testing

@testable import Graph

/// A verb (or a light verb's noun) with no subject of its own after a verb whose subject was a
/// list shares the whole list ("ودانت السعودية والإمارات ومصر وتركيا الغارة، وأعلنت تضامنها مع
/// الدوحة", "Egypt and Jordan condemned Israel and backed ..."), not its first actor.
@Suite("Relations: a shared subject that was a list")
struct SharedCoordinatedSubjectTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2025-09-09")
  }

  @Test func aLightVerbsNounAfterAComma() throws {
    // (Was SAU supports QAT alone.)
    #expect(
      try relations(
        "ودانت السعودية والإمارات ومصر وتركيا الغارة الإسرائيلية، وأعلنت تضامنها مع الدوحة.")
        == [
          "SAU opposes ISR", "ARE opposes ISR", "EGY opposes ISR", "TUR opposes ISR",
          "SAU supports QAT", "ARE supports QAT", "EGY supports QAT", "TUR supports QAT",
        ])
  }

  @Test func aCoordinatedVerb() throws {
    // (Was EGY supports PSE alone.)
    #expect(
      try relations("Egypt and Jordan condemned Israel and backed the Palestinian Authority.") == [
        "EGY opposes ISR", "JOR opposes ISR", "EGY supports PSE", "JOR supports PSE",
      ])
  }

  @Test func oneSubjectStaysOne() throws {
    // Guard.
    #expect(
      try relations("أدانت إيران الهجوم، وأكدت دعمها للحكومة السورية.") == ["IRN supports SYR"])
  }
}
