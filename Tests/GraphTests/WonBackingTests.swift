import Foundation
import Testing

@testable import Graph

/// English: backing won, gained or secured from an actor (list `receipt`: "won", "gained",
/// "secured", "garnered", "drew" beside "received") is support the giver after "from" gives
/// the subject; and Latin American leaders of 2006-2018 in the gazetteer.
@Suite("English: backing won from an actor")
struct WonBackingTests {
  @Test func wonBackingFrom() throws {
    // (Gave nothing: "won" was no verb of receiving.)
    #expect(
      try builtInRelations(
        "Ecuador's decision won backing from Venezuela and Bolivia.", date: "2012-08-16")
        == ["VEN supports ECU", "BOL supports ECU"])
    #expect(
      try builtInRelations("Ecuador gained support from Venezuela.", date: "2012-08-16")
        == ["VEN supports ECU"])
  }

  @Test func leadersOfThoseYears() throws {
    // (Gave nothing: Correa and Morales were not in the gazetteer.)
    #expect(
      try builtInRelations(
        "President Rafael Correa's decision won backing from Venezuela and Bolivia.",
        date: "2012-08-16") == ["VEN supports ECU", "BOL supports ECU"])
    #expect(
      try builtInRelations("Evo Morales condemned the United States.", date: "2012-08-16")
        == ["BOL opposes USA"])
  }
}
