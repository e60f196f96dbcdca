import Testing

@testable import Graph

/// A one-word name that is also a common word ("فتح", to open) names its armed group or party
/// when و joins it to another armed group or party ("فتح وحماس", "بين حماس وفتح"), and nothing
/// elsewhere.
@Suite("Actors: ambiguous group names joined to another group")
struct AmbiguousNameTests {
  /// Relations with the built-in gazetteer, lexicon and titles ("?" marks a hypothetical one).
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2018-06-01").sorted()
  }

  @Test func aGroupsAmbiguousNameNextToAnotherGroupIsTheGroup() throws {
    #expect(
      try relations("رعت مصر اتفاق المصالحة بين فتح وحماس.") == ["FATAH negotiates-with HAMAS"])
    #expect(try relations("الاتفاق بين حماس وفتح.") == ["HAMAS negotiates-with FATAH"])
    #expect(
      try relations("اشتبك عناصر من فتح وحماس في غزة.") == [
        "FATAH strikes HAMAS", "HAMAS strikes FATAH",
      ])
    // Guards: the verb and the noun "open" name no one.
    #expect(try relations("فتح الجيش النار على حماس.") == [])
    #expect(try relations("قررت مصر فتح معبر رفح.") == [])
  }
}
