import Foundation
import Testing

@testable import Graph

/// English: a light verb after "and" that follows a verb of meeting and its partner ("spoke to
/// Poroshenko by phone and expressed full support for") shares the sentence's subject, as it
/// does after another verb cue.
@Suite("English: a light verb after a meeting")
struct LightVerbAfterMeetingTests {
  @Test func spokeAndExpressedSupport() throws {
    // (Gave only NATO negotiates-with UKR.)
    let found = try builtInRelations(
      "NATO Secretary General Jens Stoltenberg spoke to Poroshenko by phone and expressed full support for Ukraine's territorial integrity.",
      date: "2018-11-26")
    #expect(found.contains("NATO supports UKR"))
  }

  @Test func spokeAndExpressedSolidarity() throws {
    // (Gave only DEU negotiates-with UKR.)
    let found = try builtInRelations(
      "German Chancellor Angela Merkel spoke with Poroshenko on Monday and expressed full solidarity with Ukraine.",
      date: "2018-11-26")
    #expect(found.contains("DEU supports UKR"))
  }
}
