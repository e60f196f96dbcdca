import Foundation
import Testing

@testable import Graph

/// A people named by its nisba ("الشعب اللبناني") is no actor; an actor joined to it by و
/// after a stance noun is the stance's object ("تضامنها مع الشعب اللبناني وحزب الله").
@Suite("Relations: an actor joined to a people")
struct PeopleBeforeActorTests {
  /// Relations with the built-in gazetteer, lexicon and titles ("?" marks a hypothetical one).
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2006-08-01").sorted()
  }

  @Test func theActorAfterAPeopleIsTheObject() throws {
    #expect(
      try relations("اعلنت ايران تضامنها مع الشعب اللبناني وحزب الله.")
        == ["IRN supports HEZBOLLAH"])
    #expect(
      try relations("أكدت سوريا دعمها للشعب الفلسطيني وحركة حماس.") == ["SYR supports HAMAS"])
    // guard: the people alone is no actor.
    #expect(try relations("أكدت سوريا دعمها للشعب الفلسطيني.") == [])
  }
}
