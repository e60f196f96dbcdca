import Foundation
import Testing

@testable import Graph

/// English demands: one asked who opens the sentence ("Serbia refused to withdraw") has no word
/// before it (reading one crashed), and "back down" and "stand down" are demands of retreat.
@Suite("English: demands at a sentence's start")
struct DemandAtSentenceStartTests {
  @Test func aRefusalThatOpensTheSentence() throws {
    // (Crashed: the word before the first token was read.)
    #expect(try builtInRelations("Serbia refused to withdraw.", date: "2022-07-31").isEmpty)
    #expect(try builtInRelations("Hamas refused to leave.", date: "2022-07-31").isEmpty)
  }

  @Test func urgedToBackDown() throws {
    #expect(
      try builtInRelations("Vucic urged Pristina to back down.", date: "2022-07-31")
        .contains("SRB opposes XKX"))
  }
}
