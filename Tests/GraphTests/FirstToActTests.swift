import Foundation
import Testing

@testable import Graph

/// "was among the first to congratulate Kibaki", "the first country to recognise Kosovo": the
/// one who was first did the act, no mere intention; and an English sentence adverb between
/// commas (", however,") keeps its clause whole.
@Suite("The first to act")
struct FirstToActTests {
  @Test func theFirstToCongratulate() throws {
    // (Gave UGA supports KEN as hypothetical.)
    #expect(
      try builtInRelations("Uganda was among the first to congratulate Kibaki.", date: "2007-12-31")
        == ["UGA supports KEN"])
    // (Gave TUR supports XKX as hypothetical.)
    #expect(
      try builtInRelations("Turkey was the first country to recognise Kosovo.", date: "2008-02-18")
        == ["TUR supports XKX"])
  }

  @Test func anAdverbBetweenCommas() throws {
    // (Gave nothing: the comma after the subject had closed its clause.)
    #expect(
      try builtInRelations(
        "Uganda's President Yoweri Museveni, however, was among the first to congratulate Kibaki.",
        date: "2007-12-31") == ["UGA supports KEN"])
  }

  @Test func stillAnIntention() throws {
    // Guards: "the only way to" and an infinitive of plans stay hypothetical.
    #expect(
      try builtInRelations(
        "The only way to defeat Hamas is to strike Gaza, Netanyahu said.", date: "2024-01-01"
      )
      .allSatisfy { $0.hasSuffix(" ?") })
    #expect(
      try builtInRelations("Israel plans to strike Iran.", date: "2024-01-01") == [
        "ISR strikes IRN ?"
      ])
  }
}
